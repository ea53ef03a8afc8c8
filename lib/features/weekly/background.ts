/** Records what a sent message commits the user to, for the weekly update and the popup. */
import { db } from '@/lib/storage/db';
import { getSettings } from '@/lib/storage/settings';
import { findCommitments } from '@/lib/analysis/commitments';
import type { CommitmentRow } from '@/lib/features/weekly/records';
import type { HostId } from '@/lib/analysis/types';

export async function recordSentMessage(message: { host: HostId; text: string; to?: string }, now = Date.now()): Promise<number> {
  const { homeZone } = await getSettings();
  const found = findCommitments(message.text, { now, timeZone: homeZone });
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
