import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { parseExport, TABLES } from '@/lib/storage/export';
import { rowProblem, TABLE_SPECS } from '@/lib/storage/validate-rows';
import { readSettings } from '@/lib/storage/validate-settings';
import { defaultSettings, getSettings, SETTINGS_KEY } from '@/lib/storage/settings';
import { placesMatching, readZone } from '@/lib/storage/zone-names';

/** One good row per table, as an export of version 2 holds it. */
const GOOD: Record<(typeof TABLES)[number], Record<string, unknown>> = {
  meta: { key: 'onboarded', value: true },
  people: { id: 1, name: 'Ana', emails: ['ana@example.com'], slackIds: ['U1'], timeZone: 'Europe/Berlin', zoneSource: 'user', zoneUpdatedAt: 5, workingHours: { start: '08:00', end: '16:00', days: [1, 2, 3] } },
  channelZones: { channelId: 'C1', zones: ['Asia/Tokyo'] },
  weeklyDrafts: {
    week: '2026-W48',
    schema: 2,
    createdAt: 1,
    updatedAt: 2,
    sections: { progress: [{ id: 'win:1', text: 'Shipped', source: { kind: 'win', label: 'Win logged Mon' }, edited: true }], blockers: [], next: [], decisions: [] },
    dismissed: ['win:2'],
  },
  wins: { id: 1, at: 10, text: 'Shipped search' },
  commitments: { id: 1, at: 11, kind: 'commitment', text: "I'll send it", status: 'open', dueAt: 99, doneAt: 100, host: 'slack', to: 'Ana' },
  focusSessions: { id: 1, at: 12, plannedMinutes: 25, plannedEnd: 1_500_012, endedAt: 1_500_012, interrupted: false },
  rituals: { id: 1, kind: 'decision', status: 'open', draft: { kind: 'decision', title: 'CRM vendor', readers: [] }, createdAt: 1, updatedAt: 2, closesAt: 3 },
};

/** Per table, each field with a value that must be refused, and the words the message must hold. */
const BAD: Record<(typeof TABLES)[number], [field: string, value: unknown, says: RegExp][]> = {
  meta: [['key', '', /"key" that must not be empty/]],
  people: [
    ['id', 'seven', /"id" that must be a whole number/],
    ['name', 42, /"name" that must be text/],
    ['emails', 'ana@example.com', /"emails" that must be a list/],
    ['emails', [7], /"emails" that item 1 must be text/],
    ['slackIds', null, /"slackIds" that must be a list/],
    ['timeZone', 'Mars/Olympus', /"timeZone" that must be a known IANA time zone/],
    ['zoneSource', 'rumour', /"zoneSource" that must be one of/],
    ['zoneUpdatedAt', 'yesterday', /"zoneUpdatedAt" that must be a time/],
    ['workingHours', '9-5', /"workingHours" that must be an object/],
    ['workingHours', { start: '9am', end: '17:00', days: [1] }, /"workingHours" that has "start" that must be a time like "09:00"/],
    ['workingHours', { start: '09:00', end: '17:00', days: [8] }, /"days" that item 1 must be between 1 and 7/],
    ['workingHours', { start: '18:00', end: '09:00', days: [1] }, /must start before it ends/],
  ],
  channelZones: [
    ['channelId', 5, /"channelId" that must be text/],
    ['zones', ['EST', 'Nowhere/City'], /"zones" that item 2 must be a known IANA time zone/],
  ],
  weeklyDrafts: [
    ['week', '2026-W60', /"week" that must be an ISO week/],
    ['schema', 3, /"schema" that must be 2/],
    ['createdAt', 'now', /"createdAt" that must be a number/],
    ['updatedAt', Infinity, /"updatedAt" that must be a number/],
    ['sections', null, /"sections" that must be an object/],
    ['sections', { progress: 'Shipped', blockers: [], next: [], decisions: [] }, /"progress" that must be a list/],
    ['sections', { progress: [], blockers: [], next: [] }, /no "decisions"/],
    ['sections', { progress: [{ id: 'a', text: 5 }], blockers: [], next: [], decisions: [] }, /"text" that must be text/],
    ['sections', { progress: [{ id: 'a', text: 'x', source: { kind: 'rumour', label: '' } }], blockers: [], next: [], decisions: [] }, /"kind" that must be one of/],
    ['dismissed', 'win:1', /"dismissed" that must be a list/],
  ],
  wins: [
    ['at', '2026-11-30', /"at" that must be a time/],
    ['text', ['a'], /"text" that must be text/],
  ],
  commitments: [
    ['at', -5, /"at" that must be a time/],
    ['kind', 'promise', /"kind" that must be one of "commitment", "ask", "blocker"/],
    ['text', null, /"text" that must be text/],
    ['status', 'maybe', /"status" that must be one of "open", "done"/],
    ['dueAt', 1e20, /"dueAt" that must be a time/],
    ['doneAt', 'later', /"doneAt" that must be a time/],
    ['host', 'myspace', /"host" that must be one of/],
    ['to', { name: 'Ana' }, /"to" that must be text/],
  ],
  focusSessions: [
    ['at', NaN, /"at" that must be a time/],
    ['plannedMinutes', 1e12, /"plannedMinutes" that must be between 0.01 and 1440/],
    ['plannedMinutes', 0, /"plannedMinutes" that must be between 0.01 and 1440/],
    ['plannedEnd', 'soon', /"plannedEnd" that must be a time/],
    ['endedAt', -1, /"endedAt" that must be a time/],
    ['interrupted', 'yes', /"interrupted" that must be true or false/],
  ],
  rituals: [
    ['id', 'one', /"id" that must be a whole number/],
    ['kind', 'meeting', /no valid "kind"/],
    ['status', 'maybe', /no valid "status"/],
    ['draft', 'text', /no "draft"/],
    ['createdAt', 'yesterday', /no numeric "createdAt"/],
    ['closesAt', 'soon', /"closesAt" that is not a number/],
  ],
};

function file(table: string, row: unknown, extra: object = {}) {
  return JSON.stringify({ format: 'handoff-export', version: 2, tables: { [table]: [GOOD[table as keyof typeof GOOD], row] }, ...extra });
}

describe('every row of an export file is checked field by field', () => {
  it('a good row of every table passes, and every table has a shape', () => {
    for (const table of TABLES) {
      expect(TABLE_SPECS[table]).toBeDefined();
      expect(rowProblem(table, GOOD[table])).toBeNull();
    }
    const all = Object.fromEntries(TABLES.map((t) => [t, [GOOD[t]]]));
    const parsed = parseExport(JSON.stringify({ format: 'handoff-export', version: 2, tables: all }));
    for (const table of TABLES) expect(parsed.tables[table]).toEqual([GOOD[table]]);
  });

  for (const table of TABLES) {
    for (const [field, value, says] of BAD[table]) {
      it(`refuses ${table}.${field} = ${JSON.stringify(value) ?? String(value)}, naming the item and the field`, () => {
        const row = { ...GOOD[table], [field]: value };
        const key = TABLE_SPECS[table].key;
        const keyLabel = field === key ? '' : ` (${key} ${JSON.stringify(row[key])})`;
        let message = '';
        try {
          parseExport(file(table, row));
        } catch (error) {
          message = (error as Error).message;
        }
        expect(message).toMatch(new RegExp(`^"tables\\.${table}" item 2${keyLabel.replace(/[()]/g, '\\$&')} `));
        expect(message).toMatch(says);
        expect(message).toMatch(/Nothing was imported\.$/);
      });
    }
    it(`refuses a ${table} row without its key "${TABLE_SPECS[table].key}"`, () => {
      const { [TABLE_SPECS[table].key]: _key, ...row } = GOOD[table];
      expect(() => parseExport(file(table, row))).toThrow(`"tables.${table}" item 2 has no "${TABLE_SPECS[table].key}". Nothing was imported.`);
    });
  }

  it('refuses a person with neither email nor Slack id', () => {
    expect(() => parseExport(file('people', { id: 2, emails: [], slackIds: [] }))).toThrow('"tables.people" item 2 (id 2) has neither an email nor a Slack member id. Nothing was imported.');
  });

  it('checks a version 1 draft after migrating it', () => {
    const v1 = JSON.stringify({ format: 'handoff-export', version: 1, tables: { weeklyDrafts: [{ week: 'next week', progress: 'a' }] } });
    expect(() => parseExport(v1)).toThrow(/"tables.weeklyDrafts" item 1 \(week "next week"\) has "week" that must be an ISO week/);
  });
});

describe('settings are read field by field, each bad field falling back to its default alone', () => {
  const defaults = { ...defaultSettings(), homeZone: 'UTC' };
  const good = {
    homeZone: 'Asia/Tokyo',
    workingHours: { start: '08:00', end: '16:00', days: [1, 2, 3, 4] },
    hourCycle: 'h23',
    sites: { gmail: false, slack: true, docs: false },
    disabledRules: ['no-hello'],
    focus: { defaultMinutes: 25, hideUnreadCounts: false, offerFocusLine: false },
  };

  it('keeps every good field', () => {
    expect(readSettings(good, defaults)).toEqual({ settings: good, reset: [] });
  });

  const cases: [path: string, patch: Record<string, unknown>, expected: (s: typeof good) => unknown, value: unknown][] = [
    ['homeZone', { homeZone: 'Mars/Olympus' }, (s) => s.homeZone, 'UTC'],
    ['homeZone', { homeZone: 42 }, (s) => s.homeZone, 'UTC'],
    ['workingHours', { workingHours: '9 to 5' }, (s) => s.workingHours, defaults.workingHours],
    ['workingHours.start', { workingHours: { ...good.workingHours, start: 900 } }, (s) => s.workingHours, { ...good.workingHours, start: '09:00' }],
    ['workingHours.end', { workingHours: { ...good.workingHours, end: '25:00' } }, (s) => s.workingHours, { ...good.workingHours, end: '17:00' }],
    ['workingHours.days', { workingHours: { ...good.workingHours, days: 'Mon-Fri' } }, (s) => s.workingHours.days, [1, 2, 3, 4, 5]],
    ['workingHours.end', { workingHours: { ...good.workingHours, start: '18:00', end: '09:00' } }, (s) => s.workingHours, { ...good.workingHours, start: '09:00', end: '17:00' }],
    ['hourCycle', { hourCycle: 'h24' }, (s) => s.hourCycle, 'auto'],
    ['sites', { sites: 'all' }, (s) => s.sites, { gmail: true, slack: true, docs: true }],
    ['sites.gmail', { sites: { ...good.sites, gmail: 'no' } }, (s) => s.sites, { ...good.sites, gmail: true }],
    ['disabledRules', { disabledRules: 'no-hello' }, (s) => s.disabledRules, []],
    ['disabledRules', { disabledRules: ['no-hello', 5, null] }, (s) => s.disabledRules, ['no-hello']],
    ['focus', { focus: 50 }, (s) => s.focus, defaults.focus],
    ['focus.defaultMinutes', { focus: { ...good.focus, defaultMinutes: 1e12 } }, (s) => s.focus, { ...good.focus, defaultMinutes: 50 }],
    ['focus.defaultMinutes', { focus: { ...good.focus, defaultMinutes: '25' } }, (s) => s.focus.defaultMinutes, 50],
    ['focus.hideUnreadCounts', { focus: { ...good.focus, hideUnreadCounts: 'yes' } }, (s) => s.focus, { ...good.focus, hideUnreadCounts: true }],
    ['focus.offerFocusLine', { focus: { ...good.focus, offerFocusLine: 1 } }, (s) => s.focus, { ...good.focus, offerFocusLine: true }],
  ];
  for (const [path, patch, pick, value] of cases) {
    it(`${path} = ${JSON.stringify(Object.values(patch)[0])} falls back alone`, () => {
      const { settings, reset } = readSettings({ ...good, ...patch }, defaults);
      expect(pick(settings as typeof good)).toEqual(value);
      expect(reset).toContain(path);
      // Every other field is as stored.
      const other = Object.keys(good).filter((k) => k !== Object.keys(patch)[0]) as (keyof typeof good)[];
      for (const key of other) expect(settings[key]).toEqual(good[key]);
    });
  }

  it('a stored value that is not an object gives the defaults', () => {
    expect(readSettings('garbage', defaults)).toEqual({ settings: defaults, reset: ['settings'] });
    expect(readSettings(undefined, defaults)).toEqual({ settings: defaults, reset: [] });
  });

  it('getSettings reads what is already stored through the same checks', async () => {
    fakeBrowser.reset();
    await browser.storage.local.set({ [SETTINGS_KEY]: { homeZone: 'Asia/Tokyo', workingHours: 'nine to five', hourCycle: 12, focus: { defaultMinutes: -3 } } });
    const s = await getSettings();
    expect(s.homeZone).toBe('Asia/Tokyo');
    expect(s.workingHours).toEqual({ start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] });
    expect(s.hourCycle).toBe('auto');
    expect(s.focus.defaultMinutes).toBe(50);
  });

  it('an imported file with bad settings says which fields went back to their defaults', () => {
    const parsed = parseExport(JSON.stringify({ format: 'handoff-export', version: 2, tables: {}, settings: { ...good, workingHours: 'x', hourCycle: 'h99' } }));
    expect(parsed.settings.workingHours).toEqual(defaultSettings().workingHours);
    expect(parsed.settings.homeZone).toBe('Asia/Tokyo');
    expect(parsed.settingsReset).toEqual(['workingHours', 'hourCycle']);
  });
});

describe('zones as people type them', () => {
  it.each([
    ['europe/berlin', 'Europe/Berlin'],
    [' America/New_York ', 'America/New_York'],
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['asia/kolkata', 'Asia/Kolkata'],
    ['Europe/Kiev', 'Europe/Kyiv'],
    ['US/Eastern', 'America/New_York'],
    ['UTC', 'UTC'],
    // A city, wherever a zone is asked (issue 14): IANA names each zone after its best-known city.
    ['Tokyo', 'Asia/Tokyo'],
    ['new york', 'America/New_York'],
    ['Sao_Paulo', 'America/Sao_Paulo'],
    ['Kolkata', 'Asia/Kolkata'],
    ['Calcutta', 'Asia/Kolkata'],
    ['Kyiv', 'Europe/Kyiv'],
    // Big cities and countries IANA's ids do not name, from @vvo/tzdb (a new user typed "Bangalore").
    ['Mumbai', 'Asia/Kolkata'],
    ['Bengaluru', 'Asia/Kolkata'],
    ['India', 'Asia/Kolkata'],
    ['San Francisco', 'America/Los_Angeles'],
    ['munich', 'Europe/Berlin'],
    ['Zürich', 'Europe/Zurich'],
    ['Germany', 'Europe/Berlin'],
    // Former names of big cities, still the ones people write.
    ['Bangalore', 'Asia/Kolkata'],
    ['bombay', 'Asia/Kolkata'],
  ])('%s → %s', (typed, zone) => expect(readZone(typed)).toEqual({ ok: true, timeZone: zone }));

  it.each([
    ['EST', /abbreviation, not a time zone.*Type the city instead, or its IANA zone, e.g. "America\/New_York"/],
    ['pst', /abbreviation.*"America\/Los_Angeles"/],
    ['CET', /abbreviation.*"Europe\/Berlin"/],
    ['EST5EDT', /abbreviation.*"America\/New_York"/],
    ['+05:30', /UTC offset.*"Asia\/(Calcutta|Kolkata)"/],
    ['UTC-5', /UTC offset, not a time zone/],
    ['GMT+01:00', /UTC offset, not a time zone/],
    ['Mars/Olympus', /not a known IANA time zone/],
    ['Atlantis', /not a known IANA time zone or a city/],
    ['Eastern', /not a known IANA time zone or a city/],
    ['Canada', /"Canada" has several time zones \(.*\): type the city/],
    ['', /empty/],
  ])('refuses %s with a suggestion', (typed, says) => {
    const reading = readZone(typed, Date.UTC(2026, 0, 15));
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.message).toMatch(says);
  });

  it('the pickers find big cities and countries by how their name starts, each with its zone', () => {
    expect(placesMatching('mumb')).toEqual([{ zone: 'Asia/Kolkata', place: 'Mumbai, India' }]);
    expect(placesMatching('Indi')).toContainEqual({ zone: 'Asia/Kolkata', place: 'India' });
    expect(placesMatching('francisco')).toContainEqual({ zone: 'America/Los_Angeles', place: 'San Francisco, United States' });
    // A country with several zones: once per zone, by its best-known city, the busiest zones first.
    const canada = placesMatching('canada');
    expect(canada).toHaveLength(8);
    expect(new Set(canada.map((m) => m.zone)).size).toBe(8);
    expect(canada.every((m) => m.place.endsWith(', Canada') && m.zone.startsWith('America/'))).toBe(true);
    expect(canada[0]).toEqual({ zone: 'America/Toronto', place: 'Toronto, Canada' });
    // The best-known cities first, by the population of each zone's largest city (a new user saw
    // Whitehorse before Vancouver, and no St. John's).
    expect(canada.map((m) => m.place)).toEqual([
      'Toronto, Canada', 'Vancouver, Canada', 'Calgary, Canada', 'Winnipeg, Canada',
      'Halifax, Canada', 'Saskatoon, Canada', "St. John's, Canada", 'Whitehorse, Canada',
    ]);
    // The same rule elsewhere, with no list kept by hand.
    expect(placesMatching('australia', 4).map((m) => m.zone)).toEqual(['Australia/Sydney', 'Australia/Brisbane', 'Australia/Perth', 'Australia/Adelaide']);
    expect(placesMatching('brazil', 2).map((m) => m.zone)).toEqual(['America/Sao_Paulo', 'America/Manaus']);
    expect(placesMatching('russia', 2).map((m) => m.zone)).toEqual(['Europe/Moscow', 'Asia/Yekaterinburg']);
    expect(placesMatching('united states')[0]).toEqual({ zone: 'America/New_York', place: 'New York City, United States' });
    expect(placesMatching('canada', 3)).toHaveLength(3);
    expect(placesMatching('m')).toEqual([]);
    expect(placesMatching('<img src=x>')).toEqual([]);
  });
});

describe('rows added by the rituals (issue 15)', () => {
  it('imports a weekly draft whose Decisions made holds a line from the decision log', () => {
    const draft = { ...GOOD.weeklyDrafts, sections: { progress: [], blockers: [], next: [], decisions: [], made: [{ id: 'decision:1', text: 'Switch to HubSpot', source: { kind: 'decision', label: 'Decided Tue' } }] } };
    expect(rowProblem('weeklyDrafts', draft)).toBeNull();
    expect(rowProblem('weeklyDrafts', { ...draft, sections: { ...draft.sections, made: 'none' } })).toMatch(/"made" that must be a list/);
  });
});
