import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { HandoffDb } from '@/lib/storage/db';
import { upgradeDraftToV2 } from '@/lib/storage/migrations/v2-draft-sections';

const NAME = 'handoff-migration-test';

/** The database exactly as version 1 of Handoff declared it. */
function openV1(): Dexie {
  const v1 = new Dexie(NAME);
  v1.version(1).stores({
    meta: 'key',
    people: '++id, *emails, *slackIds, name',
    channelZones: 'channelId',
    weeklyDrafts: 'week, updatedAt',
    wins: '++id, at',
    commitments: '++id, at, dueAt, status',
    focusSessions: '++id, at',
  });
  return v1;
}

describe('database migrations', () => {
  afterEach(async () => {
    await Dexie.delete(NAME);
  });

  it('opens a version 1 database and finds every draft intact, reshaped into lines', async () => {
    const v1 = openV1();
    await v1.table('weeklyDrafts').bulkPut([
      { week: '2026-W47', updatedAt: 1000, progress: '- Shipped search\n- Hired Ana\n', blockers: 'Waiting on legal', next: '1. Plan Q1' },
      { week: '2026-W48', updatedAt: 2000, progress: '', decisions: '* Pick a vendor' },
    ]);
    await v1.table('wins').add({ at: 5, text: 'Shipped search' });
    await v1.table('people').add({ emails: ['ana@example.com'], slackIds: [], timeZone: 'Europe/Berlin' });
    v1.close();

    const db = new HandoffDb(NAME);
    await db.open();
    expect(db.verno).toBe(4);
    const drafts = await db.weeklyDrafts.orderBy('week').toArray();
    expect(drafts).toHaveLength(2);
    expect(drafts[0]).toMatchObject({ week: '2026-W47', schema: 2, updatedAt: 1000, createdAt: 1000, dismissed: [] });
    expect(drafts[0]!.sections.progress.map((i) => i.text)).toEqual(['Shipped search', 'Hired Ana']);
    expect(drafts[0]!.sections.blockers.map((i) => i.text)).toEqual(['Waiting on legal']);
    expect(drafts[0]!.sections.next.map((i) => i.text)).toEqual(['Plan Q1']);
    expect(drafts[1]!.sections.decisions.map((i) => i.text)).toEqual(['Pick a vendor']);
    expect(drafts[1]!.sections.progress).toEqual([]);
    // The other tables come through untouched.
    expect(await db.wins.toArray()).toEqual([{ id: 1, at: 5, text: 'Shipped search' }]);
    expect((await db.people.toArray())[0]).toMatchObject({ emails: ['ana@example.com'], timeZone: 'Europe/Berlin' });
    db.close();
  });

  it('leaves a draft that is already version 2 as it is', () => {
    const v2 = upgradeDraftToV2({ week: '2026-W48', progress: 'a\nb' });
    expect(upgradeDraftToV2(v2)).toBe(v2);
    expect(v2.sections.progress.map((i) => i.id)).toEqual(['v1:progress:0', 'v1:progress:1']);
  });

  it('repairs a version 1 row already shaped like version 2 whose sections are null or broken', async () => {
    const v1 = openV1();
    await v1.table('weeklyDrafts').bulkPut([
      { week: '2026-W45', schema: 2, createdAt: 1, updatedAt: 2, sections: null, dismissed: [] },
      { week: '2026-W46', schema: 2, updatedAt: 3, sections: { progress: [{ id: 'a', text: 'Kept' }, 'junk'], blockers: 'x' } },
    ]);
    v1.close();
    const db = new HandoffDb(NAME);
    await db.open();
    const [w45, w46] = await db.weeklyDrafts.orderBy('week').toArray();
    expect(w45).toEqual({ week: '2026-W45', schema: 2, createdAt: 1, updatedAt: 2, sections: { progress: [], blockers: [], next: [], decisions: [] }, dismissed: [] });
    expect(w46).toEqual({ week: '2026-W46', schema: 2, createdAt: 3, updatedAt: 3, sections: { progress: [{ id: 'a', text: 'Kept' }], blockers: [], next: [], decisions: [] }, dismissed: [] });
    db.close();
  });
});
