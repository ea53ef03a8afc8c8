import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HandoffDb } from '@/lib/storage/db';
import { findPersonByEmail, setZone } from '@/lib/storage/people';
import { importRoster, parseWorkDays } from '@/lib/storage/roster';

let database: HandoffDb;
let n = 0;
beforeEach(() => {
  database = new HandoffDb(`roster-test-${n++}`);
});
afterEach(async () => {
  await database.delete();
});

const GOOD_CSV = [
  'email,name,timeZone,workStart,workEnd,workDays',
  'Ana@Example.com,"Weber, Ana",Europe/Berlin,08:30,16:30,Mon-Fri',
  'omar@example.com,Omar,Asia/Dubai,8:00,16:00,Sun-Thu',
  'raj@example.com,Raj,Asia/Kolkata,,,',
].join('\n');

describe('importRoster (CSV)', () => {
  it('imports every line with its zone, hours and source', async () => {
    const result = await importRoster(GOOD_CSV, 'csv', 5, database);
    expect(result).toEqual({ imported: 3, errors: [] });
    const ana = await findPersonByEmail('ana@example.com', database);
    expect(ana).toMatchObject({ name: 'Weber, Ana', timeZone: 'Europe/Berlin', zoneSource: 'imported', zoneUpdatedAt: 5 });
    expect(ana?.workingHours).toEqual({ start: '08:30', end: '16:30', days: [1, 2, 3, 4, 5] });
    expect((await findPersonByEmail('omar@example.com', database))?.workingHours).toEqual({ start: '08:00', end: '16:00', days: [1, 2, 3, 4, 7] });
    expect((await findPersonByEmail('raj@example.com', database))?.workingHours).toEqual({ start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] });
  });

  it('reports every bad line with its number and imports nothing', async () => {
    const csv = [
      'email,name,timeZone,workStart,workEnd,workDays',
      'ana@example.com,Ana,Europe/Berlin,09:00,17:00,Mon-Fri',
      'not-an-email,Bo,America/New_York,09:00,17:00,Mon-Fri',
      'kim@example.com,Kim,Europe/Atlantis,09:00,17:00,Mon-Fri',
      'lee@example.com,Lee,America/Los_Angeles,18:00,09:00,Mon-Fri',
      'max@example.com,Max,Europe/Paris,09:00,17:00,Funday',
      'ANA@example.com,Ana again,Europe/Berlin,,,',
    ].join('\n');
    const result = await importRoster(csv, 'csv', 1, database);
    expect(result.imported).toBe(0);
    expect(result.errors).toEqual([
      { line: 3, message: '"not-an-email" is not an email address' },
      { line: 4, message: '"Europe/Atlantis" is not a known IANA time zone or a city or country that names one: type a big city near them, their country, or an IANA zone such as "Europe/Berlin"' },
      { line: 5, message: 'workStart 18:00 is not before workEnd 09:00' },
      { line: 6, message: 'workDays "Funday" is not a list of days like Mon-Fri or 1-5' },
      { line: 7, message: 'ana@example.com is already on line 2' },
    ]);
    expect(await database.people.count()).toBe(0);
  });

  it('needs a header naming email and timeZone', async () => {
    const result = await importRoster('ana@example.com,Ana,Europe/Berlin', 'csv', 1, database);
    expect(result.errors[0]?.line).toBe(1);
    expect(result.errors[0]?.message).toMatch(/header/);
  });

  it('does not overwrite a zone the user set by hand', async () => {
    await setZone({ email: 'ana@example.com' }, 'America/Sao_Paulo', 'user', 1, database);
    await importRoster(GOOD_CSV, 'csv', 2, database);
    const ana = await findPersonByEmail('ana@example.com', database);
    expect(ana?.timeZone).toBe('America/Sao_Paulo');
    expect(ana?.workingHours?.start).toBe('08:30');
  });
});

describe('aliases', () => {
  it('takes several emails in one cell as one person', async () => {
    const csv = 'email,name,timeZone\n"ana@example.com; Ana.Weber@corp.example",Ana,Europe/Berlin';
    expect(await importRoster(csv, 'csv', 1, database)).toEqual({ imported: 1, errors: [] });
    expect((await findPersonByEmail('ana.weber@CORP.example', database))?.emails).toEqual(['ana@example.com', 'ana.weber@corp.example']);
  });

  it('refuses an alias that another line already uses', async () => {
    const csv = 'email,timeZone\nana@example.com,Europe/Berlin\nbo@example.com;ana@example.com,Asia/Tokyo';
    expect(await importRoster(csv, 'csv', 1, database)).toEqual({ imported: 0, errors: [{ line: 3, message: 'ana@example.com is already on line 2' }] });
  });
});

describe('importRoster (JSON)', () => {
  it('imports an array of people', async () => {
    const json = JSON.stringify([
      { email: 'ana@example.com', name: 'Ana', timeZone: 'Europe/Berlin', workDays: ['Mon', 'Tue', 'Wed'] },
      { email: 'bo@example.com', timeZone: 'America/New_York', workStart: '10:00', workEnd: '18:00' },
    ]);
    expect(await importRoster(json, 'json', 1, database)).toEqual({ imported: 2, errors: [] });
    expect((await findPersonByEmail('ana@example.com', database))?.workingHours?.days).toEqual([1, 2, 3]);
    expect((await findPersonByEmail('bo@example.com', database))?.workingHours).toEqual({ start: '10:00', end: '18:00', days: [1, 2, 3, 4, 5] });
  });

  it('refuses broken JSON and entries without a zone, importing nothing', async () => {
    expect((await importRoster('[{', 'json', 1, database)).errors[0]?.message).toMatch(/Not valid JSON/);
    const result = await importRoster(JSON.stringify([{ email: 'ana@example.com', timeZone: 'Europe/Berlin' }, { email: 'bo@example.com' }]), 'json', 1, database);
    expect(result).toEqual({ imported: 0, errors: [{ line: 2, message: 'timeZone is missing' }] });
    expect(await database.people.count()).toBe(0);
  });
});

describe('parseWorkDays', () => {
  it.each([
    ['Mon-Fri', [1, 2, 3, 4, 5]],
    ['1-5', [1, 2, 3, 4, 5]],
    ['Sun-Thu', [1, 2, 3, 4, 7]],
    ['Fri-Mon', [1, 5, 6, 7]],
    ['Mon Tue Thu', [1, 2, 4]],
    ['Sun;Mon', [1, 7]],
  ])('%s', (text, days) => expect(parseWorkDays(text)).toEqual(days));

  it('refuses what is not a day', () => expect(parseWorkDays('Monday-Someday')).toBeUndefined());
});

describe('roster files as people write them', () => {
  it('keeps quoted cells with line breaks and quotes, numbering lines as the file does', async () => {
    const csv = 'email,name,timeZone\n"ana@example.com","Ana ""The Closer""\nWeber",Europe/Berlin\nbo@example.com,Bo,Mars/Base';
    const result = await importRoster(csv, 'csv', 1, database);
    expect(result).toEqual({ imported: 0, errors: [{ line: 4, message: '"Mars/Base" is not a known IANA time zone or a city or country that names one: type a big city near them, their country, or an IANA zone such as "Europe/Berlin"' }] });
    expect(await importRoster(csv.replace('Mars/Base', 'Asia/Tokyo'), 'csv', 1, database)).toEqual({ imported: 2, errors: [] });
    expect((await findPersonByEmail('ana@example.com', database))?.name).toBe('Ana "The Closer"\nWeber');
  });

  it('refuses a quote that is never closed, naming its line', async () => {
    const result = await importRoster('email,name,timeZone\nana@example.com,"Ana,Europe/Berlin\nbo@example.com,Bo,Asia/Tokyo', 'csv', 1, database);
    expect(result).toEqual({ imported: 0, errors: [{ line: 2, message: 'A quote (") opened on this line is never closed' }] });
  });

  it('stores zones normalised and refuses abbreviations and offsets with a suggestion', async () => {
    const ok = 'email,timeZone\nana@example.com,europe/berlin\nraj@example.com,Asia/Calcutta';
    expect(await importRoster(ok, 'csv', 1, database)).toEqual({ imported: 2, errors: [] });
    expect((await findPersonByEmail('ana@example.com', database))?.timeZone).toBe('Europe/Berlin');
    expect((await findPersonByEmail('raj@example.com', database))?.timeZone).toBe('Asia/Kolkata');
    const bad = await importRoster('email,timeZone\nkim@example.com,EST\nlee@example.com,+05:30', 'csv', 1, database);
    expect(bad.errors.map((e) => e.line)).toEqual([2, 3]);
    expect(bad.errors[0]!.message).toMatch(/"EST" is an abbreviation.*"America\/New_York"/);
    expect(bad.errors[1]!.message).toMatch(/"\+05:30" is a UTC offset/);
  });

  it('merges into existing people in one pass and reports progress up to the total', async () => {
    await setZone({ email: 'person3@example.com' }, 'America/Sao_Paulo', 'user', 1, database);
    const lines = ['email,name,timeZone', ...Array.from({ length: 4_500 }, (_, i) => `person${i}@example.com,Person ${i},Asia/Tokyo`)];
    const seen: { phase: string; done: number; total: number }[] = [];
    expect(await importRoster(lines.join('\n'), 'csv', 2, database, (p) => seen.push(p))).toEqual({ imported: 4_500, errors: [] });
    expect(await database.people.count()).toBe(4_500);
    const kept = await findPersonByEmail('person3@example.com', database);
    expect(kept).toMatchObject({ name: 'Person 3', timeZone: 'America/Sao_Paulo', zoneSource: 'user' });
    expect(seen[0]).toEqual({ phase: 'checking', done: 0, total: 0 });
    expect(seen.at(-1)).toEqual({ phase: 'saving', done: 4_500, total: 4_500 });
    expect(seen.filter((p) => p.phase === 'saving').length).toBeGreaterThanOrEqual(3);
  });
});
