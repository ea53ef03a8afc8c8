import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HandoffDb } from '@/lib/storage/db';
import { deleteAll, exportAll, importAll, parseExport, ImportError } from '@/lib/storage/export';
import { getSettings, updateSettings } from '@/lib/storage/settings';
import { newDraft, emptySections } from '@/lib/features/weekly/draft';

const NAME = 'handoff-export-test';
let db: HandoffDb;

async function fill(database: HandoffDb) {
  await database.people.add({ name: 'Ana Weber', emails: ['ana@example.com'], slackIds: ['U1'], timeZone: 'Europe/Berlin', zoneSource: 'user' });
  await database.channelZones.put({ channelId: 'C1', zones: ['Asia/Tokyo'] });
  await database.meta.put({ key: 'onboarded', value: true });
  await database.wins.add({ at: 10, text: 'Shipped search' });
  await database.commitments.add({ at: 11, kind: 'commitment', text: "I'll send the deck by Friday.", status: 'open', dueAt: 99, host: 'slack' });
  await database.focusSessions.add({ at: 12, plannedMinutes: 25, plannedEnd: 1_500_012, endedAt: 1_500_012, interrupted: false });
  await database.weeklyDrafts.put(newDraft('2026-W48', { ...emptySections(), progress: [{ id: 'win:1', text: 'Shipped search', source: { kind: 'win', label: 'Win logged Mon' } }] }, 13));
}

describe('export, import and delete', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    db = new HandoffDb(NAME);
    await fill(db);
    await updateSettings({ homeZone: 'America/Chicago', disabledRules: ['no-hello'], sites: { docs: false } });
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(NAME);
  });

  it('round-trips everything exactly: export → delete all → import → the same export', async () => {
    const before = await exportAll(db, 1);
    const text = JSON.stringify(before);
    await deleteAll(db);
    expect(await db.wins.count()).toBe(0);
    expect((await getSettings()).disabledRules).toEqual([]);

    const counts = await importAll(db, parseExport(text));
    expect(counts).toMatchObject({ people: 1, weeklyDrafts: 1, wins: 1, commitments: 1, focusSessions: 1, meta: 1, channelZones: 1 });
    const after = await exportAll(db, 1);
    expect(after).toEqual(before);
    expect((await getSettings()).sites.docs).toBe(false);
    // Ids survive, so the draft's "win:1" still points at the same win.
    expect(await db.wins.get(1)).toMatchObject({ text: 'Shipped search' });
  });

  it('rejects a corrupt file with a clear message and keeps the existing data', async () => {
    expect(() => parseExport('{"format":"handoff-export",')).toThrow(/not valid JSON/);
    expect(() => parseExport('{"hello":1}')).toThrow(/not a Handoff export/);
    expect(() => parseExport(JSON.stringify({ format: 'handoff-export', version: 2, tables: { wins: [{ text: 'x' }] } }))).toThrow('"tables.wins" item 1 has no "id".');
    expect(() => parseExport(JSON.stringify({ format: 'handoff-export', version: 9, tables: {} }))).toThrow(/newer Handoff/);

    // Valid shape, but two wins with the same id: the database refuses half-way, nothing changes.
    const clash = parseExport(JSON.stringify({ format: 'handoff-export', version: 2, tables: { people: [{ id: 7, emails: ['z@example.com'], slackIds: [] }], wins: [{ id: 1, at: 1, text: 'a' }, { id: 1, at: 2, text: 'b' }] } }));
    await expect(importAll(db, clash)).rejects.toBeInstanceOf(ImportError);
    expect(await db.people.count()).toBe(1);
    expect((await db.people.toArray())[0]!.name).toBe('Ana Weber');
    expect(await db.wins.toArray()).toEqual([{ id: 1, at: 10, text: 'Shipped search' }]);
    expect((await getSettings()).homeZone).toBe('America/Chicago');
  });

  it('migrates a file written by version 1, whose drafts kept one text block per section', async () => {
    const v1File = {
      format: 'handoff-export',
      version: 1,
      exportedAt: 5,
      settings: { homeZone: 'Asia/Kolkata' },
      tables: { weeklyDrafts: [{ week: '2026-W40', updatedAt: 3, progress: '- Shipped v1\n- Wrote docs', blockers: '' }], wins: [{ id: 4, at: 1, text: 'Old win' }] },
    };
    await importAll(db, parseExport(JSON.stringify(v1File)));
    const draft = await db.weeklyDrafts.get('2026-W40');
    expect(draft!.schema).toBe(2);
    expect(draft!.sections.progress.map((i) => i.text)).toEqual(['Shipped v1', 'Wrote docs']);
    expect(await db.people.count()).toBe(0);
    expect(await db.wins.toArray()).toEqual([{ id: 4, at: 1, text: 'Old win' }]);
    expect((await getSettings()).homeZone).toBe('Asia/Kolkata');
    expect((await getSettings()).focus.hideUnreadCounts).toBe(true);
  });

  it('reports a full disk clearly and keeps the existing data', async () => {
    const file = parseExport(JSON.stringify(await exportAll(db, 1)).replace('Shipped search', 'Replaced'));
    const spy = vi.spyOn(db.table('wins'), 'bulkAdd').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await expect(importAll(db, file)).rejects.toThrow('Not enough storage space for this import. Nothing was changed: your data is as it was.');
    spy.mockRestore();
    expect(await db.wins.toArray()).toEqual([{ id: 1, at: 10, text: 'Shipped search' }]);
    expect(await db.people.count()).toBe(1);
  });
});
