/**
 * Latency of the deadline layer on 1 KB and 10 KB of real email text (Enron sentences from
 * ../shared/eval/ask-train.tsv, with a few deadline phrases mixed in), medians over repeated runs,
 * with chrono-node's parse on the same inputs in the same run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { en } from 'chrono-node';
import { findDeadlines, parseTimes } from '@/lib/analysis/deadlines';
import type { AnalysisContext } from '@/lib/analysis/types';

const FILE = join(import.meta.dirname, '..', '..', '..', 'shared', 'eval', 'ask-train.tsv');
const EXTRA = ['Can you send the deck by EOD Thursday?', 'Need this ASAP.', 'Let us sync tomorrow at 3pm CET.', 'Please review by end of week.', 'Due Nov 30.'];

function corpus(bytes: number): string {
  const sentences = existsSync(FILE)
    ? readFileSync(FILE, 'utf8').split('\n').map((l) => l.split('\t')[1] ?? '').filter(Boolean)
    : ['We will meet on Friday to go over the numbers.', 'Thanks for the update.'];
  let text = '';
  for (let i = 0; text.length < bytes; i++) {
    text += `${sentences[i % sentences.length]} `;
    if (i % 4 === 3) text += `${EXTRA[i % EXTRA.length]} `;
  }
  return text.slice(0, bytes);
}

function median(run: () => unknown, iterations: number): number {
  for (let i = 0; i < 3; i++) run();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

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
    const text = corpus(bytes);
    const iterations = bytes > 2048 ? 30 : 100;
    const parse = median(() => parseTimes(text, { now, timeZone: 'America/New_York', locale: 'en-US' }), iterations);
    const deadlines = median(() => findDeadlines(text, ctx), iterations);
    const chrono = median(() => en.casual.parse(text, { instant: new Date(now), timezone: -300 }), iterations);
    const count = parseTimes(text, { now, timeZone: 'America/New_York' }).length;
    console.log(`  ${`${bytes / 1024} KB`.padEnd(8)} ${parse.toFixed(2).padStart(11)} ${deadlines.toFixed(2).padStart(14)} ${chrono.toFixed(2).padStart(12)}  ${count}`);
  }
}
