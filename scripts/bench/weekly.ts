/**
 * The popup's own work: building a week's draft from a heavy year of local records, formatting it,
 * and finding commitments in a sent message (1 KB and 10 KB of real email text from
 * ../shared/eval/ask-train.tsv with promises mixed in). Medians over repeated runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPrefill } from '@/lib/weekly/builder';
import { formatDraft } from '@/lib/weekly/format';
import { newDraft } from '@/lib/weekly/draft';
import { findCommitments } from '@/lib/analysis/commitments';
import type { CommitmentRow, WinRow } from '@/lib/weekly/records';
import type { FocusSessionRow } from '@/lib/focus/session';

const FILE = join(import.meta.dirname, '..', '..', '..', 'shared', 'eval', 'ask-train.tsv');
const PROMISES = ["I'll send the deck by Friday.", 'Still waiting on legal for the DPA.', 'Could you review the contract by Thursday 3pm?'];

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

function corpus(bytes: number): string {
  const sentences = existsSync(FILE)
    ? readFileSync(FILE, 'utf8').split('\n').map((l) => l.split('\t')[1] ?? '').filter(Boolean)
    : ['We will meet on Friday to go over the numbers.', 'Thanks for the update.'];
  let text = '';
  for (let i = 0; text.length < bytes; i++) {
    text += `${sentences[i % sentences.length]} `;
    if (i % 5 === 4) text += `${PROMISES[i % PROMISES.length]} `;
  }
  return text.slice(0, bytes);
}

export default async function run(): Promise<void> {
  const now = Date.parse('2026-11-25T12:00:00Z');
  const yearAgo = now - 365 * 86_400_000;
  const spread = (i: number, n: number) => yearAgo + Math.floor(((now - yearAgo) * i) / n);
  const wins: WinRow[] = Array.from({ length: 2_000 }, (_, i) => ({ id: i + 1, at: spread(i, 2_000), text: `Win number ${i}` }));
  const commitments: CommitmentRow[] = Array.from({ length: 3_000 }, (_, i) => ({
    id: i + 1,
    at: spread(i, 3_000),
    kind: (['commitment', 'ask', 'blocker'] as const)[i % 3]!,
    text: `Promise ${i} by Friday`,
    status: i % 4 === 0 ? 'open' : 'done',
    doneAt: spread(i, 3_000) + 86_400_000,
    dueAt: spread(i, 3_000) + 3 * 86_400_000,
  }));
  const focusSessions: FocusSessionRow[] = Array.from({ length: 1_500 }, (_, i) => ({ id: i + 1, at: spread(i, 1_500), plannedMinutes: 50, plannedEnd: null, endedAt: spread(i, 1_500) + 50 * 60_000 }));
  const input = { week: '2026-W48', zone: 'Europe/Berlin', now, wins, commitments, focusSessions };

  const build = median(() => buildPrefill(input), 50);
  const draft = newDraft('2026-W48', buildPrefill(input), now);
  const format = median(() => formatDraft(draft, 'markdown'), 200);
  const ctx = { now, timeZone: 'Europe/Berlin' };
  const text1 = corpus(1_024);
  const text10 = corpus(10_240);
  const find1 = median(() => findCommitments(text1, ctx), 50);
  const find10 = median(() => findCommitments(text10, ctx), 20);
  console.log('weekly (popup), medians:');
  console.log(`  buildPrefill, a year of records (2,000 wins, 3,000 commitments, 1,500 sessions): ${build.toFixed(2)} ms`);
  console.log(`  formatDraft as Markdown (${draft.sections.progress.length + draft.sections.next.length + draft.sections.blockers.length} lines): ${format.toFixed(3)} ms`);
  console.log(`  findCommitments on a sent message: 1 KB ${find1.toFixed(2)} ms (${findCommitments(text1, ctx).length} found), 10 KB ${find10.toFixed(2)} ms (${findCommitments(text10, ctx).length} found)`);
}
