/** What Handoff records locally during the week and the weekly update is built from. */
import type { CommitmentRow } from '@/lib/storage/schema';

export type { CommitmentRow, RecordKind, WinRow } from '@/lib/storage/schema';

/**
 * What one sent message may record (issue 16): the first 20,000 characters are read (a long email is
 * ~3,000 words), and at most 20 rows are written. A pasted log or a hostile page's giant "message"
 * cannot flood the table the weekly update is built from.
 */
export const MAX_RECORDED_TEXT = 20_000;
export const MAX_ROWS_PER_MESSAGE = 20;

export function isOverdue(row: CommitmentRow, now: number): boolean {
  return row.status === 'open' && row.dueAt !== undefined && row.dueAt < now;
}
