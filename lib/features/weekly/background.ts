/** Records what a sent message commits the user to, for the weekly update and the popup. */
import { db } from '@/lib/storage/db';
import { getSettings } from '@/lib/storage/settings';
import { findCommitments } from '@/lib/analysis/commitments';
import { MAX_RECORDED_TEXT, MAX_ROWS_PER_MESSAGE, type CommitmentRow } from '@/lib/features/weekly/records';
import type { HostId } from '@/lib/analysis/types';

export async function recordSentMessage(message: { host: HostId; text: string; to?: string }, now = Date.now()): Promise<number> {
  const { homeZone } = await getSettings();
  // Bounded whatever the sender: the first MAX_RECORDED_TEXT characters, at most MAX_ROWS_PER_MESSAGE rows.
  const found = findCommitments(message.text.slice(0, MAX_RECORDED_TEXT), { now, timeZone: homeZone }).slice(0, MAX_ROWS_PER_MESSAGE);
  const rows: CommitmentRow[] = found.map((f) => ({
    at: now,
    kind: f.kind,
    text: f.text,
    status: 'open',
    host: message.host,
    ...(f.dueAt !== undefined ? { dueAt: f.dueAt } : {}),
    ...(message.to ? { to: message.to } : {}),
  }));
  if (rows.length) await db().commitments.bulkAdd(rows);
  return rows.length;
}
