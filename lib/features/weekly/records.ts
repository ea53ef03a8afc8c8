/** What Handoff records locally during the week and the weekly update is built from. */
import type { CommitmentRow } from '@/lib/storage/schema';

export type { CommitmentRow, RecordKind, WinRow } from '@/lib/storage/schema';

export function isOverdue(row: CommitmentRow, now: number): boolean {
  return row.status === 'open' && row.dueAt !== undefined && row.dueAt < now;
}
