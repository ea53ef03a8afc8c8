/** Zone arithmetic across the 2026 clock changes, skipped and repeated wall times, and odd offsets. */
import { describe, expect, it } from 'vitest';
import { cityName, civilDateAt, clockChangeBetween, instantAt, isValidZone, offsetMinutes, wallClock, zoneForCity } from '@/lib/analysis/deadlines/zones';

const at = (iso: string) => Date.parse(iso);

describe('isValidZone', () => {
  it('accepts IANA zones and their aliases, refuses the rest without throwing', () => {
    expect(isValidZone('Europe/Berlin')).toBe(true);
    expect(isValidZone('Asia/Kolkata')).toBe(true);
    expect(isValidZone('Asia/Calcutta')).toBe(true);
    expect(isValidZone('Mars/Olympus')).toBe(false);
    expect(isValidZone('')).toBe(false);
    expect(isValidZone(undefined)).toBe(false);
  });
});

describe('cityName', () => {
  it.each([
    ['America/New_York', 'New York'],
    ['Europe/Berlin', 'Berlin'],
    ['America/Argentina/Buenos_Aires', 'Buenos Aires'],
    ['America/St_Johns', 'St Johns'],
    ['Etc/GMT+2', 'UTC−2'],
    ['Etc/GMT-1', 'UTC+1'],
    ['UTC', 'UTC'],
  ])('%s → %s', (zone, city) => expect(cityName(zone)).toBe(city));

  it('finds a zone from a city people type', () => {
    expect(zoneForCity('berlin')).toBe('Europe/Berlin');
    expect(zoneForCity('New York')).toBe('America/New_York');
    expect(zoneForCity('Atlantis')).toBeUndefined();
  });
});

describe('2026 clock changes', () => {
  it.each([
    // zone, an instant before, an instant after, offsets before/after (minutes east of UTC)
    ['America/New_York', '2026-03-08T06:00:00Z', '2026-03-08T08:00:00Z', -300, -240],
    ['America/New_York', '2026-11-01T05:00:00Z', '2026-11-01T07:00:00Z', -240, -300],
    ['Europe/Berlin', '2026-03-29T00:30:00Z', '2026-03-29T01:30:00Z', 60, 120],
    ['Europe/Berlin', '2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z', 120, 60],
    // Lord Howe moves by 30 minutes: +10:30 in winter, +11:00 in summer (first Sunday of October / April)
    ['Australia/Lord_Howe', '2026-10-03T15:00:00Z', '2026-10-03T16:00:00Z', 630, 660],
    ['Australia/Lord_Howe', '2026-04-04T14:00:00Z', '2026-04-04T15:30:00Z', 660, 630],
    // St John's −03:30 / −02:30
    ['America/St_Johns', '2026-03-08T05:00:00Z', '2026-03-08T06:00:00Z', -210, -150],
    // Chatham +13:45 in summer, +12:45 in winter (first Sunday of April)
    ['Pacific/Chatham', '2026-04-04T13:00:00Z', '2026-04-04T14:30:00Z', 825, 765],
  ])('%s changes between %s and %s', (zone, before, after, offsetBefore, offsetAfter) => {
    expect(offsetMinutes(at(before), zone)).toBe(offsetBefore);
    expect(offsetMinutes(at(after), zone)).toBe(offsetAfter);
    const change = clockChangeBetween(zone, at(before), at(after));
    expect(change).toBeDefined();
    expect(offsetMinutes(change!, zone)).toBe(offsetAfter);
    expect(offsetMinutes(change! - 60_000, zone)).toBe(offsetBefore);
  });

  it('Kathmandu stays +05:45 all year', () => {
    expect(offsetMinutes(at('2026-01-15T00:00:00Z'), 'Asia/Kathmandu')).toBe(345);
    expect(offsetMinutes(at('2026-07-15T00:00:00Z'), 'Asia/Kathmandu')).toBe(345);
    expect(clockChangeBetween('Asia/Kathmandu', at('2026-01-01T00:00:00Z'), at('2026-12-31T00:00:00Z'))).toBeUndefined();
    expect(instantAt('Asia/Kathmandu', { year: 2026, month: 11, day: 26 }, 17, 0)).toBe(at('2026-11-26T11:15:00Z'));
  });
});

describe('wall times', () => {
  it('a wall time skipped by spring-forward moves forward by the gap', () => {
    // 02:30 does not exist in New York on Mar 8: it is 03:30 EDT = 07:30Z.
    expect(instantAt('America/New_York', { year: 2026, month: 3, day: 8 }, 2, 30)).toBe(at('2026-03-08T07:30:00Z'));
    // Berlin skips 02:00–03:00 on Mar 29.
    expect(instantAt('Europe/Berlin', { year: 2026, month: 3, day: 29 }, 2, 30)).toBe(at('2026-03-29T01:30:00Z'));
    // Lord Howe skips 02:00–02:30 on Oct 4.
    expect(instantAt('Australia/Lord_Howe', { year: 2026, month: 10, day: 4 }, 2, 15)).toBe(at('2026-10-03T15:45:00Z'));
  });

  it('a repeated wall time is its first occurrence', () => {
    // 01:30 happens twice in New York on Nov 1: first at EDT (05:30Z).
    expect(instantAt('America/New_York', { year: 2026, month: 11, day: 1 }, 1, 30)).toBe(at('2026-11-01T05:30:00Z'));
    // 02:30 happens twice in Berlin on Oct 25: first at CEST (00:30Z).
    expect(instantAt('Europe/Berlin', { year: 2026, month: 10, day: 25 }, 2, 30)).toBe(at('2026-10-25T00:30:00Z'));
  });

  it('reads wall clocks in zones with odd offsets, whatever the machine zone', () => {
    expect(wallClock(at('2026-11-23T19:00:00Z'), 'America/St_Johns')).toMatchObject({ hour: 15, minute: 30, weekday: 1 });
    expect(wallClock(at('2026-11-23T19:00:00Z'), 'Pacific/Chatham')).toMatchObject({ day: 24, hour: 8, minute: 45, weekday: 2 });
    expect(civilDateAt(at('2026-11-23T19:00:00Z'), 'Asia/Kathmandu')).toEqual({ year: 2026, month: 11, day: 24 });
  });
});

describe('every zone Intl knows', () => {
  const zones = Intl.supportedValuesOf('timeZone');
  it('has hundreds of zones to check', () => expect(zones.length).toBeGreaterThan(400));

  // Slow only because each zone builds its own Intl formatters the first time.
  it('each is valid, has a city name and resolves "EOD Thursday" to 17:00 there', { timeout: 60_000 }, async () => {
    const { readTimes } = await import('@/lib/analysis/deadlines/compose');
    const { applyPolicy } = await import('@/lib/analysis/deadlines/policy');
    const now = Date.parse('2026-11-23T19:00:00Z');
    const text = 'by EOD Thursday';
    const [reading] = readTimes(text, { now, timeZone: 'UTC' });
    for (const timeZone of zones) {
      expect(isValidZone(timeZone), timeZone).toBe(true);
      expect(cityName(timeZone).length, timeZone).toBeGreaterThan(0);
      const d = applyPolicy(text, 0, text.length, reading!, { now, sender: { timeZone: 'UTC', locale: 'en-US' }, recipients: [{ timeZone }], host: 'cli' });
      const wall = wallClock(d!.due!, timeZone);
      expect([wall.weekday, wall.hour, wall.minute], timeZone).toEqual([4, 17, 0]);
      expect(d!.perRecipient[0]!.local, timeZone).toContain(`(${cityName(timeZone)})`);
    }
  });
});
