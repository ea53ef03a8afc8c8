/**
 * Latency of the deadline layer on 1 KB and 10 KB of real email text (Enron sentences from
 * ../shared/eval/ask-train.tsv, with a few deadline phrases mixed in), medians over repeated runs,
 * with chrono-node's parse on the same inputs in the same run.
 */
import { emailCorpus, medianMs } from '../lib/measure';
import { en } from 'chrono-node';
import { findDeadlines, parseTimes } from '@/lib/analysis/deadlines';
import type { AnalysisContext } from '@/lib/analysis/types';

const EXTRA = ['Can you send the deck by EOD Thursday?', 'Need this ASAP.', 'Let us sync tomorrow at 3pm CET.', 'Please review by end of week.', 'Due Nov 30.'];



export default async function run(): Promise<void> {
  const now = Date.parse('2026-11-23T19:00:00Z');
  const ctx: AnalysisContext = {
    now,
    sender: { timeZone: 'America/New_York', locale: 'en-US' },
    recipients: [{ name: 'Ana', timeZone: 'Europe/Berlin' }, { name: 'Raj', timeZone: 'Asia/Kolkata' }],
    host: 'cli',
  };
  console.log('\n== Deadline layer latency (median ms) ==');
  console.log(`  ${'input'.padEnd(8)} ${'parseTimes'.padStart(11)} ${'findDeadlines'.padStart(14)} ${'chrono-node'.padStart(12)}  mentions`);
  for (const bytes of [1024, 10 * 1024]) {
    const text = emailCorpus(bytes, EXTRA, 4);
    const iterations = bytes > 2048 ? 30 : 100;
    const parse = medianMs(() => parseTimes(text, { now, timeZone: 'America/New_York', locale: 'en-US' }), iterations);
    const deadlines = medianMs(() => findDeadlines(text, ctx), iterations);
    const chrono = medianMs(() => en.casual.parse(text, { instant: new Date(now), timezone: -300 }), iterations);
    const count = parseTimes(text, { now, timeZone: 'America/New_York' }).length;
    console.log(`  ${`${bytes / 1024} KB`.padEnd(8)} ${parse.toFixed(2).padStart(11)} ${deadlines.toFixed(2).padStart(14)} ${chrono.toFixed(2).padStart(12)}  ${count}`);
  }
}
