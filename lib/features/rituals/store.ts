/**
 * The ritual log in the extension's IndexedDB (`rituals` table, database version 3). Runs in
 * extension pages and the background (a content script reaches it only through messages). Every
 * write is one transaction over the row as stored now, so two open popups merge rather than
 * overwrite each other's fields.
 */
import { db as database, type HandoffDb } from '@/lib/storage/db';
import { emptyDraft, type Channel, type RitualDraft } from './model';
import type { DecisionStatus, RitualRow } from './log';
import type { RitualKind } from './window';

/** Starts a ritual (optionally from a prefilled draft, e.g. `proposalFromMessage`); returns the stored row. */
export async function createRitual(db: HandoffDb, kind: RitualKind, now: number, draft: RitualDraft = emptyDraft(kind), channel?: Channel): Promise<RitualRow> {
  if (draft.kind !== kind) throw new Error(`A ${kind} cannot start from a ${draft.kind} draft`);
  const row: RitualRow = { kind, draft: channel ? { ...draft, channel } : draft, status: 'open', createdAt: now, updatedAt: now };
  row.id = (await db.rituals.add(row)) as number;
  return row;
}

/** Applies `change` to the draft as stored now. Throws when the row is gone. */
export async function editRitual(db: HandoffDb, id: number, change: (draft: RitualDraft) => RitualDraft, now: number): Promise<RitualRow> {
  return db.transaction('rw', db.rituals, async () => {
    const row = await db.rituals.get(id);
    if (!row) throw new Error('This draft was deleted in another window.');
    const next: RitualRow = { ...row, draft: change(row.draft), updatedAt: now };
    await db.rituals.put(next);
    return next;
  });
}

/**
 * Marks a ritual as posted (copied, inserted, or recorded by hand) the first time: its window opens
 * at `now` and closes at `closesAt`. Posting again keeps the first opening but takes a new close
 * (readers may have changed).
 */
export async function markPosted(db: HandoffDb, id: number, now: number, closesAt: number | undefined): Promise<RitualRow> {
  return db.transaction('rw', db.rituals, async () => {
    const row = await db.rituals.get(id);
    if (!row) throw new Error('This draft was deleted in another window.');
    const next: RitualRow = { ...row, opensAt: row.opensAt ?? now, updatedAt: now };
    if (closesAt !== undefined) next.closesAt = closesAt;
    await db.rituals.put(next);
    return next;
  });
}

export interface Outcome {
  status: DecisionStatus;
  decision?: string;
  link?: string;
  supersededBy?: number;
}

/** Records a decision's outcome: decided/rejected/superseded stamp `decidedAt`; reopening clears it. */
export async function recordOutcome(db: HandoffDb, id: number, outcome: Outcome, now: number): Promise<RitualRow> {
  return db.transaction('rw', db.rituals, async () => {
    const row = await db.rituals.get(id);
    if (!row) throw new Error('This proposal was deleted in another window.');
    if (row.kind !== 'decision') throw new Error('Only a decision proposal has an outcome.');
    const next: RitualRow = { ...row, status: outcome.status, updatedAt: now };
    if (outcome.decision !== undefined) next.decision = outcome.decision.trim();
    if (outcome.link !== undefined) next.link = outcome.link.trim();
    if (outcome.status === 'superseded' && outcome.supersededBy !== undefined) next.supersededBy = outcome.supersededBy;
    if (outcome.status === 'open') delete next.decidedAt;
    else if (row.status !== outcome.status || row.decidedAt === undefined) next.decidedAt = now;
    await db.rituals.put(next);
    return next;
  });
}

/** Closes a kick-off or retro (its window is over and the summary was posted). */
export async function closeRitual(db: HandoffDb, id: number, now: number): Promise<void> {
  await db.rituals.update(id, { status: 'closed', updatedAt: now });
}

export async function deleteRitual(db: HandoffDb, id: number): Promise<void> {
  await db.rituals.delete(id);
}

/** Every row of one kind (or all), newest first. */
export async function listRituals(db: HandoffDb, kind?: RitualKind): Promise<RitualRow[]> {
  const rows = kind ? await db.rituals.where('kind').equals(kind).toArray() : await db.rituals.toArray();
  return rows.sort((a, b) => b.createdAt - a.createdAt);
}

/** A row by id, or undefined when it is gone. */
export async function getRitual(db: HandoffDb, id: number): Promise<RitualRow | undefined> {
  return db.rituals.get(id);
}

/**
 * The ritual log as the pages use it, over the extension's database (tests pass their own database
 * to the functions above). Live queries (`useLive`) may call the readers.
 */
export const ritualsStore = {
  createRitual: (kind: RitualKind, now: number, draft?: RitualDraft, channel?: Channel) => createRitual(database(), kind, now, draft, channel),
  editRitual: (id: number, change: (draft: RitualDraft) => RitualDraft, now: number) => editRitual(database(), id, change, now),
  markPosted: (id: number, now: number, closesAt: number | undefined) => markPosted(database(), id, now, closesAt),
  recordOutcome: (id: number, outcome: Outcome, now: number) => recordOutcome(database(), id, outcome, now),
  closeRitual: (id: number, now: number) => closeRitual(database(), id, now),
  deleteRitual: (id: number) => deleteRitual(database(), id),
  getRitual: (id: number) => getRitual(database(), id),
  listRituals: (kind?: RitualKind) => listRituals(database(), kind),
};
