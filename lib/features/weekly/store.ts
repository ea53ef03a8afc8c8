/**
 * Weekly drafts, wins and commitments in the extension's IndexedDB. Each write is one transaction
 * over the row as stored now, so concurrent popups and the background merge rather than overwrite.
 */
import { db, type HandoffDb } from '@/lib/storage/db';
import { applyEdit, newDraft, refreshDraft, type DraftEdit, type WeeklyDraft } from './draft';
import { buildPrefill } from './builder';
import { weekBounds } from './week';
import type { CommitmentRow, WinRow } from './records';
import type { FocusSessionRow } from '@/lib/storage/schema';
import { upgradeDraftToV2 } from '@/lib/storage/migrations/v2-draft-sections';
import { isValidRow } from '@/lib/storage/validate-rows';

/** How long before a week a session that reaches into it may have started: a week (one left running for days still counts). */
const FOCUS_LOOKBACK_MS = 7 * 86_400_000;

/**
 * The focus sessions that may overlap [start, end) (epoch ms), by the `at` index: those started
 * in the week or the week before it, and the newest session if it is still running however long ago
 * it started (only one runs at a time). Not the whole history, which grows by a few rows a day.
 */
async function focusSessionsOverlapping(db: HandoffDb, start: number, end: number): Promise<FocusSessionRow[]> {
  const recent = await db.focusSessions.where('at').between(start - FOCUS_LOOKBACK_MS, end).toArray();
  const newest = await db.focusSessions.orderBy(':id').last();
  if (newest && newest.endedAt === undefined && newest.at < start - FOCUS_LOOKBACK_MS) recent.push(newest);
  return recent;
}

/** Creates the draft of `week`, or reopens it with new records merged in. */
export async function openDraft(db: HandoffDb, week: string, zone: string, now: number): Promise<WeeklyDraft> {
  const { start, end } = weekBounds(week, zone);
  return db.transaction('rw', [db.weeklyDrafts, db.wins, db.commitments, db.focusSessions, db.rituals], async () => {
    const prefill = buildPrefill({
      week,
      zone,
      now,
      // Only this week's wins, by the `at` index; the builder keeps [start, end) too.
      wins: await db.wins.where('at').between(start, end).toArray(),
      // The open ones and those done this week (the `doneAt` index, database version 4): the builder needs no others.
      commitments: [...(await db.commitments.where('status').equals('open').toArray()), ...(await db.commitments.where('doneAt').between(start, end).toArray())],
      focusSessions: await focusSessionsOverlapping(db, start, end),
      rituals: await db.rituals.where('kind').equals('decision').toArray(),
    });
    const existing = await db.weeklyDrafts.get(week);
    const draft = existing ? refreshDraft(existing, prefill, now) : newDraft(week, prefill, now);
    if (draft !== existing) await db.weeklyDrafts.put(draft);
    return draft;
  });
}

/** The stored draft of `week`; a row whose sections are broken is read repaired, so the popup never breaks on it. */
export async function getDraft(db: HandoffDb, week: string): Promise<WeeklyDraft | undefined> {
  const row = await db.weeklyDrafts.get(week);
  if (!row) return undefined;
  const draft = upgradeDraftToV2(row) as unknown as WeeklyDraft;
  // 'made' is new in database version 3 (issue 15): a draft stored before it is read with an empty one.
  return { ...draft, sections: { ...draft.sections, made: draft.sections.made ?? [] } };
}

export async function editDraft(db: HandoffDb, week: string, edit: DraftEdit, now: number): Promise<WeeklyDraft> {
  return db.transaction('rw', db.weeklyDrafts, async () => {
    const current = await db.weeklyDrafts.get(week);
    if (!current) throw new Error(`No draft for ${week}`);
    const next = applyEdit(current, edit, now);
    await db.weeklyDrafts.put(next);
    return next;
  });
}

/** Weeks that have a draft, newest first. */
export async function draftWeeks(db: HandoffDb): Promise<string[]> {
  const keys = (await db.weeklyDrafts.toCollection().primaryKeys()) as string[];
  return keys.sort().reverse();
}

export async function logWin(db: HandoffDb, text: string, now: number): Promise<WinRow> {
  const clean = text.trim();
  if (!clean) throw new Error('A win needs a few words');
  const row: WinRow = { at: now, text: clean };
  row.id = (await db.wins.add(row)) as number;
  return row;
}

export async function setCommitmentStatus(db: HandoffDb, id: number, status: 'open' | 'done', now: number): Promise<void> {
  await db.commitments.update(id, status === 'done' ? { status, doneAt: now } : { status, doneAt: undefined });
}

/**
 * The weekly store as the pages use it, over the extension's database (tests pass their own
 * database to the functions above). Live queries (`useLive`) may call these readers.
 */
export const weeklyStore = {
  openDraft: (week: string, zone: string, now: number) => openDraft(db(), week, zone, now),
  getDraft: (week: string) => getDraft(db(), week),
  editDraft: (week: string, edit: DraftEdit, now: number) => editDraft(db(), week, edit, now),
  draftWeeks: () => draftWeeks(db()),
  logWin: (text: string, now: number) => logWin(db(), text, now),
  setCommitmentStatus: (id: number, status: 'open' | 'done', now: number) => setCommitmentStatus(db(), id, status, now),
  /** Wins logged in [start, end), epoch ms. */
  winsBetween: (start: number, end: number): Promise<WinRow[]> => db().wins.where('at').between(start, end).toArray(),
  /** The latest `limit` commitments, asks and blockers, newest first. */
  /** The latest `limit` commitments, newest first; a corrupt stored row (a due time that is not a number) is left out rather than breaking the popup. */
  recentCommitments: async (limit: number): Promise<CommitmentRow[]> =>
    (await db().commitments.orderBy('at').reverse().limit(limit).toArray()).filter((c) => isValidRow('commitments', c)),
};
