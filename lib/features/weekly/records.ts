/** What Handoff records locally during the week and the weekly update is built from. */
import type { LoggedRow } from '@/lib/storage/db';
import type { HostId } from '@/lib/analysis/types';

/** A win logged with the popup's "log it" box. */
export interface WinRow extends LoggedRow {
  at: number;
  text: string;
}

/**
 * Something found in a message the user sent: a commitment they made ("I'll send the deck by
 * Friday"), a deadline they asked of someone else, or a "blocked by / waiting on" phrase.
 */
export type RecordKind = 'commitment' | 'ask' | 'blocker';

export interface CommitmentRow extends LoggedRow {
  at: number;
  kind: RecordKind;
  /** The sentence as sent. */
  text: string;
  dueAt?: number;
  status: 'open' | 'done';
  doneAt?: number;
  host?: HostId;
  /** Who it was sent to, as the page showed them ("Ana Weber", "#launch"). */
  to?: string;
}

export function isOverdue(row: CommitmentRow, now: number): boolean {
  return row.status === 'open' && row.dueAt !== undefined && row.dueAt < now;
}
