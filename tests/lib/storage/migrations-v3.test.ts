import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { HandoffDb } from '@/lib/storage/db';
import { createRitual } from '@/lib/features/rituals/store';

const NAME = 'handoff-migration-v3-test';

/** The database exactly as version 2 of Handoff declared it (v1's stores; v2 changed rows only). */
function openV2(): Dexie {
  const v2 = new Dexie(NAME);
  v2.version(2).stores({
    meta: 'key',
    people: '++id, *emails, *slackIds, name',
    channelZones: 'channelId',
    weeklyDrafts: 'week, updatedAt',
    wins: '++id, at',
    commitments: '++id, at, dueAt, status',
    focusSessions: '++id, at',
  });
  return v2;
}

describe('database version 3 (the ritual log)', () => {
  afterEach(async () => {
    await Dexie.delete(NAME);
  });

  it('opens a version 2 database with every row intact, and an empty, writable ritual log', async () => {
    const v2 = openV2();
    const draft = { week: '2026-W48', schema: 2, createdAt: 1, updatedAt: 2, sections: { progress: [{ id: 'win:1', text: 'Shipped search' }], blockers: [], next: [], decisions: [] }, dismissed: [] };
    await v2.table('weeklyDrafts').put(draft);
    await v2.table('wins').add({ at: 5, text: 'Shipped search' });
    await v2.table('commitments').add({ at: 6, kind: 'ask', text: 'Send the deck by Friday', status: 'open', dueAt: 9 });
    await v2.table('focusSessions').add({ at: 7, plannedMinutes: 25, plannedEnd: 8, interrupted: false });
    await v2.table('people').add({ emails: ['ana@example.com'], slackIds: ['U1'], timeZone: 'Europe/Berlin', zoneSource: 'user' });
    await v2.table('channelZones').put({ channelId: 'C1', zones: ['Asia/Tokyo'] });
    await v2.table('meta').put({ key: 'onboarded', value: true });
    v2.close();

    const db = new HandoffDb(NAME);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.weeklyDrafts.toArray()).toEqual([draft]);
    expect(await db.wins.toArray()).toEqual([{ id: 1, at: 5, text: 'Shipped search' }]);
    expect(await db.commitments.toArray()).toEqual([{ id: 1, at: 6, kind: 'ask', text: 'Send the deck by Friday', status: 'open', dueAt: 9 }]);
    expect(await db.focusSessions.count()).toBe(1);
    expect(await db.people.toArray()).toEqual([{ id: 1, emails: ['ana@example.com'], slackIds: ['U1'], timeZone: 'Europe/Berlin', zoneSource: 'user' }]);
    expect(await db.channelZones.get('C1')).toEqual({ channelId: 'C1', zones: ['Asia/Tokyo'] });
    expect(await db.meta.get('onboarded')).toEqual({ key: 'onboarded', value: true });
    expect(await db.rituals.count()).toBe(0);
    const row = await createRitual(db, 'decision', 100);
    expect(await db.rituals.where('status').equals('open').primaryKeys()).toEqual([row.id]);
    db.close();
  });
});
