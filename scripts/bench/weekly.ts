/**
 * The popup's own work: building a week's draft from a heavy year of local records, formatting it,
 * and finding commitments in a sent message (1 KB and 10 KB of real email text from
 * ../shared/eval/ask-train.tsv with promises mixed in). Medians over repeated runs.
 */
import { emailCorpus, medianMs } from '../lib/measure';
import { buildPrefill } from '@/lib/features/weekly/builder';
import { formatDraft } from '@/lib/features/weekly/format';
import { newDraft } from '@/lib/features/weekly/draft';
import { findCommitments } from '@/lib/analysis/commitments';
import type { CommitmentRow, WinRow } from '@/lib/features/weekly/records';
import type { FocusSessionRow } from '@/lib/features/focus/model';

const PROMISES = ["I'll send the deck by Friday.", 'Still waiting on legal for the DPA.', 'Could you review the contract by Thursday 3pm?'];



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

  const build = medianMs(() => buildPrefill(input), 50);
  const draft = newDraft('2026-W48', buildPrefill(input), now);
  const format = medianMs(() => formatDraft(draft, 'markdown'), 200);
  const ctx = { now, timeZone: 'Europe/Berlin' };
  const text1 = emailCorpus(1_024, PROMISES, 5);
  const text10 = emailCorpus(10_240, PROMISES, 5);
  const find1 = medianMs(() => findCommitments(text1, ctx), 50);
  const find10 = medianMs(() => findCommitments(text10, ctx), 20);
  console.log('weekly (popup), medians:');
  console.log(`  buildPrefill, a year of records (2,000 wins, 3,000 commitments, 1,500 sessions): ${build.toFixed(2)} ms`);
  console.log(`  formatDraft as Markdown (${draft.sections.progress.length + draft.sections.next.length + draft.sections.blockers.length} lines): ${format.toFixed(3)} ms`);
  console.log(`  findCommitments on a sent message: 1 KB ${find1.toFixed(2)} ms (${findCommitments(text1, ctx).length} found), 10 KB ${find10.toFixed(2)} ms (${findCommitments(text10, ctx).length} found)`);
}
