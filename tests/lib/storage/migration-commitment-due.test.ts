import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HandoffDb } from '@/lib/storage/db';
import { COMMITMENT_DUE_RULE_KEY, migrateCommitmentDue } from '@/lib/storage/migrations/commitment-due';

const NAME = 'handoff-commitment-due-test';
let db: HandoffDb;

/** The instant of a Berlin wall-clock time, computed with Intl (not the code under test). */
function berlin(y: number, mo: number, d: number, h: number, mi = 0): number {
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  const shown = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(guess);
  const part = (t: string) => Number(shown.find((p) => p.type === t)!.value);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return guess - (asUtc - guess);
}

describe('commitments stored under the old due-time rule', () => {
  const sent = berlin(2026, 11, 24, 10); // Tuesday
  beforeEach(async () => {
    fakeBrowser.reset();
    db = new HandoffDb(NAME);
    await db.commitments.bulkAdd([
      { at: sent, kind: 'commitment', text: "I'll send the deck by Friday.", dueAt: berlin(2026, 11, 27, 23, 59), status: 'open' },
      { at: sent, kind: 'commitment', text: 'I will look into the flaky test.', status: 'open' },
      { at: sent, kind: 'commitment', text: 'I can have the numbers ready tomorrow at 3pm', dueAt: berlin(2026, 11, 25, 15), status: 'done', doneAt: sent + 1 },
    ]);
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(NAME);
  });

  it('are recomputed once to the end of the working day, as the hint card says; the rest is untouched', async () => {
    expect(await migrateCommitmentDue(db, { timeZone: 'Europe/Berlin' })).toBe(1);
    const rows = await db.commitments.orderBy('id').toArray();
    expect(rows[0]!.dueAt).toBe(berlin(2026, 11, 27, 17));
    expect(rows[1]!.dueAt).toBeUndefined();
    expect(rows[2]).toMatchObject({ dueAt: berlin(2026, 11, 25, 15), status: 'done', doneAt: sent + 1 });
    expect(await db.meta.get(COMMITMENT_DUE_RULE_KEY)).toEqual({ key: COMMITMENT_DUE_RULE_KEY, value: 2 });
  });

  it('run again, change nothing (a row the user since moved by hand keeps its time)', async () => {
    await migrateCommitmentDue(db, { timeZone: 'Europe/Berlin' });
    await db.commitments.update(1, { dueAt: berlin(2026, 11, 27, 23, 59) });
    expect(await migrateCommitmentDue(db, { timeZone: 'Europe/Berlin' })).toBe(0);
    expect((await db.commitments.get(1))!.dueAt).toBe(berlin(2026, 11, 27, 23, 59));
  });

  it('follow the working hours from settings', async () => {
    await migrateCommitmentDue(db, { timeZone: 'Europe/Berlin', workingHours: { start: '08:00', end: '16:30', days: [1, 2, 3, 4, 5] } });
    expect((await db.commitments.get(1))!.dueAt).toBe(berlin(2026, 11, 27, 16, 30));
  });
});
