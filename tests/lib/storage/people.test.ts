import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers } from '@/lib/background/handlers';
import { db, HandoffDb } from '@/lib/storage/db';
import { deletePerson, findPersonByEmail, findPersonBySlackId, listPeople, resolveRecipients, savePerson, setZone, upsertPerson } from '@/lib/storage/people';
import { importRoster } from '@/lib/storage/roster';

let database: HandoffDb;
let n = 0;
beforeEach(() => {
  database = new HandoffDb(`people-test-${n++}`);
});
afterEach(async () => {
  await database.delete();
});

describe('people directory', () => {
  it('finds a person by email whatever the case', async () => {
    await upsertPerson({ name: 'Ana Weber', emails: ['Ana@Example.com'], timeZone: 'Europe/Berlin' }, 1, database);
    const found = await findPersonByEmail('  ANA@example.COM ', database);
    expect(found?.name).toBe('Ana Weber');
    expect(found?.timeZone).toBe('Europe/Berlin');
    expect(found?.zoneSource).toBe('user');
    expect(found?.zoneUpdatedAt).toBe(1);
  });

  it('merges aliases into one person', async () => {
    await upsertPerson({ name: 'Ana', emails: ['ana@example.com'] }, 1, database);
    await upsertPerson({ emails: ['ana@example.com', 'ana.weber@corp.example'], slackIds: ['U123'] }, 2, database);
    expect(await database.people.count()).toBe(1);
    const bySlack = await findPersonBySlackId('U123', database);
    expect(bySlack?.emails).toEqual(['ana@example.com', 'ana.weber@corp.example']);
    expect((await findPersonByEmail('ANA.WEBER@corp.example', database))?.id).toBe(bySlack?.id);
  });

  it('refuses an invalid zone with a clear error and stores nothing', async () => {
    await expect(setZone({ email: 'bo@example.com' }, 'Mars/Olympus', 'user', 1, database)).rejects.toThrow(/not a known IANA time zone/);
    expect(await database.people.count()).toBe(0);
  });

  it('keeps a zone the user set when the page later suggests another', async () => {
    await setZone({ email: 'bo@example.com' }, 'America/New_York', 'user', 1, database);
    await setZone({ email: 'bo@example.com' }, 'America/Chicago', 'page', 2, database);
    const bo = await findPersonByEmail('bo@example.com', database);
    expect(bo?.timeZone).toBe('America/New_York');
    await setZone({ email: 'bo@example.com' }, 'Asia/Kolkata', 'user', 3, database);
    expect((await findPersonByEmail('bo@example.com', database))?.timeZone).toBe('Asia/Kolkata');
    expect((await findPersonByEmail('bo@example.com', database))?.zoneUpdatedAt).toBe(3);
  });

  it('accepts the alias zone names Intl knows, stored under the current IANA name', async () => {
    const row = await setZone({ slackId: 'U9' }, 'Asia/Calcutta', 'user', 1, database);
    expect(row.timeZone).toBe('Asia/Kolkata');
    expect((await setZone({ slackId: 'U10' }, 'europe/berlin', 'user', 1, database)).timeZone).toBe('Europe/Berlin');
    await expect(setZone({ slackId: 'U11' }, 'EST', 'user', 1, database)).rejects.toThrow(/abbreviation.*America\/New_York/);
  });

  it('resolves page recipients, leaving unknown zones unknown', async () => {
    await upsertPerson({ name: 'Ana Weber', emails: ['ana@example.com'], timeZone: 'Europe/Berlin', workingHours: { start: '08:00', end: '16:00', days: [1, 2, 3, 4] } }, 1, database);
    await setZone({ slackId: 'U42' }, 'Asia/Tokyo', 'page', 1, database);
    const people = await resolveRecipients([{ email: 'ANA@example.com', name: 'A. Weber' }, { email: 'new@example.com', name: 'New Person' }, { slackId: 'U42' }], database);
    expect(people[0]).toMatchObject({ name: 'Ana Weber', email: 'ana@example.com', timeZone: 'Europe/Berlin', zoneSource: 'user' });
    expect(people[0]?.workingHours?.days).toEqual([1, 2, 3, 4]);
    expect(people[1]).toEqual({ name: 'New Person', email: 'new@example.com' });
    expect(people[1]?.timeZone).toBeUndefined();
    expect(people[2]).toMatchObject({ slackId: 'U42', timeZone: 'Asia/Tokyo', zoneSource: 'page' });
  });

  it('lists and deletes people', async () => {
    await upsertPerson({ name: 'Zoe', emails: ['zoe@example.com'] }, 1, database);
    const ana = await upsertPerson({ name: 'Ana', emails: ['ana@example.com'] }, 1, database);
    expect((await listPeople(database)).map((p) => p.name)).toEqual(['Ana', 'Zoe']);
    await deletePerson(ana.id!, database);
    expect((await listPeople(database)).map((p) => p.name)).toEqual(['Zoe']);
  });

  it('needs an email or a Slack id', async () => {
    await expect(upsertPerson({ name: 'Nobody' }, 1, database)).rejects.toThrow(/email or a Slack member id/);
  });
});

describe("the options form's person: working hours", () => {
  const form = { name: 'Ana', emails: ['ana@example.com'], slackIds: [], timeZone: 'Europe/Berlin' };

  it('stores the working day the form gives, keeps the stored days, and clears it when both fields are emptied', async () => {
    const saved = await savePerson({ ...form, workStart: '07:30', workEnd: '15:30' }, 1, database);
    expect(saved.workingHours).toEqual({ start: '07:30', end: '15:30', days: [1, 2, 3, 4, 5] });
    await database.people.update(saved.id!, { workingHours: { start: '07:30', end: '15:30', days: [7, 1, 2, 3, 4] } });
    const again = await savePerson({ ...form, id: saved.id, workStart: '08:00', workEnd: '16:00' }, 2, database);
    expect(again.workingHours).toEqual({ start: '08:00', end: '16:00', days: [7, 1, 2, 3, 4] });
    // The deadline policy then reads her hours, not the default.
    expect((await resolveRecipients([{ email: 'ana@example.com' }], database))[0]?.workingHours?.start).toBe('08:00');
    const cleared = await savePerson({ ...form, id: saved.id, workStart: '', workEnd: '' }, 3, database);
    expect(cleared.workingHours).toBeUndefined();
  });

  it('refuses half a working day, a backwards one and a time that is not a time, storing nothing', async () => {
    await expect(savePerson({ ...form, workStart: '09:00', workEnd: '' }, 1, database)).rejects.toThrow(/both the start and the end/);
    await expect(savePerson({ ...form, workStart: '17:00', workEnd: '09:00' }, 1, database)).rejects.toThrow(/start before it ends/);
    await expect(savePerson({ ...form, workStart: '9am', workEnd: '17:00' }, 1, database)).rejects.toThrow(/times such as 09:00/);
    expect(await database.people.count()).toBe(0);
  });
});

describe('people messages in the background, and the store the options page uses', () => {
  it('set a zone, then resolve the page recipients with it; upsert, import and list; delete', async () => {
    await db().people.clear();
    await handlers['people/setZone']({ type: 'people/setZone', recipient: { email: 'Ana@example.com', name: 'Ana' }, timeZone: 'Europe/Berlin' });
    const people = await handlers['people/resolve']({ type: 'people/resolve', recipients: [{ email: 'ana@EXAMPLE.com' }, { email: 'x@example.com' }] });
    expect(people).toEqual([{ name: 'Ana', email: 'ana@example.com', timeZone: 'Europe/Berlin', zoneSource: 'user' }, { email: 'x@example.com' }]);
    const person = await upsertPerson({ emails: ['ana@example.com'], slackIds: ['U1'], workingHours: { start: '08:00', end: '16:00', days: [1, 2, 3, 4] } });
    expect(person).toMatchObject({ name: 'Ana', slackIds: ['U1'], timeZone: 'Europe/Berlin', workingHours: { start: '08:00' } });
    const imported = await importRoster('email,timeZone\nbo@example.com,Asia/Tokyo', 'csv');
    expect(imported).toEqual({ imported: 1, errors: [] });
    const listed = { people: await listPeople() };
    expect(listed.people.map((p) => p.emails[0])).toEqual(['ana@example.com', 'bo@example.com']);
    await deletePerson(listed.people[0]!.id!);
    expect(await listPeople()).toHaveLength(1);
  });
});
