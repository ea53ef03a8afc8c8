import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { HandoffDb } from '@/lib/storage/db';
import { draftWeeks, editDraft, logWin, openDraft, setCommitmentStatus } from '@/lib/features/weekly/store';

const NAME = 'handoff-store-test';
const now = Date.parse('2026-11-25T12:00:00Z');
let db: HandoffDb;

describe('weekly drafts in IndexedDB', () => {
  beforeEach(() => {
    db = new HandoffDb(NAME);
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(NAME);
  });

  it('creates the week’s draft once, then reopens it with new records merged in', async () => {
    await logWin(db, 'Shipped search', now - 3_600_000);
    const first = await openDraft(db, '2026-W48', 'UTC', now);
    expect(first.sections.progress.map((i) => i.text)).toEqual(['Shipped search']);
    await editDraft(db, '2026-W48', { type: 'add', section: 'blockers', itemId: 'b1', text: 'Waiting on legal' }, now + 1);
    const commitmentId = (await db.commitments.add({ at: now, kind: 'commitment', text: "I'll send the deck", status: 'open' })) as number;
    const reopened = await openDraft(db, '2026-W48', 'UTC', now + 2);
    expect(reopened.createdAt).toBe(now);
    expect(reopened.sections.blockers.map((i) => i.text)).toEqual(['Waiting on legal']);
    expect(reopened.sections.next.map((i) => i.text)).toEqual(["I'll send the deck"]);

    await setCommitmentStatus(db, commitmentId, 'done', now + 3);
    const afterDone = await openDraft(db, '2026-W48', 'UTC', now + 4);
    expect(afterDone.sections.next).toEqual([]);
    expect(afterDone.sections.progress.map((i) => i.text)).toEqual(['Shipped search', "Done: I'll send the deck"]);
    expect(await draftWeeks(db)).toEqual(['2026-W48']);
  });

  it('reads the week’s focus sessions by their index, not the whole history, and still counts one left running', async () => {
    const hour = 3_600_000;
    // Two years of history, a session this week, and one started before the week and still running.
    for (let i = 1; i <= 700; i++) await db.focusSessions.add({ at: now - 20 * 86_400_000 - i * 86_400_000, plannedMinutes: 25, plannedEnd: null, endedAt: now - 20 * 86_400_000 - i * 86_400_000 + hour / 2 });
    await db.focusSessions.add({ at: now - 2 * hour, plannedMinutes: 60, plannedEnd: now - hour, endedAt: now - hour });
    await db.focusSessions.add({ at: now - 12 * 86_400_000, plannedMinutes: null, plannedEnd: null });
    db.focusSessions.toArray = () => {
      throw new Error('the whole focus history was read');
    };
    const draft = await openDraft(db, '2026-W48', 'UTC', now);
    // 1 h this week, plus the running one from Monday 00:00 to now (2 days 12 h).
    expect(draft.sections.progress.map((i) => i.text)).toEqual(['61 h of focused work in 2 sessions']);
  });

  it('applies interleaved edits from two writers to the stored row, losing neither', async () => {
    await openDraft(db, '2026-W48', 'UTC', now);
    await Promise.all([
      editDraft(db, '2026-W48', { type: 'add', section: 'next', itemId: 'a', text: 'Plan Q1' }, now + 1),
      editDraft(db, '2026-W48', { type: 'add', section: 'decisions', itemId: 'b', text: 'Pick a vendor' }, now + 1),
    ]);
    const stored = await db.weeklyDrafts.get('2026-W48');
    expect(stored!.sections.next.map((i) => i.text)).toEqual(['Plan Q1']);
    expect(stored!.sections.decisions.map((i) => i.text)).toEqual(['Pick a vendor']);
  });

  it('refuses an empty win and an edit of a week that has no draft', async () => {
    await expect(logWin(db, '   ', now)).rejects.toThrow(/few words/);
    await expect(editDraft(db, '2026-W01', { type: 'remove', itemId: 'x' }, now)).rejects.toThrow(/No draft/);
  });
});
