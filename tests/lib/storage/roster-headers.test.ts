import { describe, expect, it } from 'vitest';
import { rosterColumn } from '@/lib/storage/roster-headers';
import { parseRoster } from '@/lib/storage/roster';

describe('roster headers as spreadsheets write them', () => {
  it.each([
    ['Email', 'email'], ['E-mail address', 'email'], ['email', 'email'], ['Full name', 'name'], ['Name', 'name'],
    ['Time zone', 'timeZone'], ['Timezone', 'timeZone'], ['time_zone', 'timeZone'], ['TZ', 'timeZone'], ['Time zone (IANA)', 'timeZone'], ['timeZone', 'timeZone'],
    ['Work start', 'workStart'], ['workStart', 'workStart'], ['Work end', 'workEnd'], ['Working days', 'workDays'],
  ])('%s → %s', (header, column) => {
    expect(rosterColumn(header)).toBe(column);
  });

  it('knows nothing of other columns', () => {
    expect(rosterColumn('Department')).toBeNull();
    expect(rosterColumn('')).toBeNull();
  });

  it('imports a roster exported from a spreadsheet, headers and all', () => {
    const csv = '\uFEFFName,Email,Time zone,Department\r\n"Weber, Ana",ana@acme.com,Europe/Berlin,Design\r\nKenji Sato,kenji@acme.jp,Asia/Tokyo,Eng\r\n';
    const { entries, errors } = parseRoster(csv, 'csv');
    expect(errors).toEqual([]);
    expect(entries.map((e) => [e.name, e.emails[0], e.timeZone])).toEqual([
      ['Weber, Ana', 'ana@acme.com', 'Europe/Berlin'],
      ['Kenji Sato', 'kenji@acme.jp', 'Asia/Tokyo'],
    ]);
  });
});
