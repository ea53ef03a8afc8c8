/**
 * The zone caches (zones.ts: offsets per zone and UTC hour, instants per wall time; render.ts: the
 * rendered "5:00 PM Thu, Nov 26" per second) against Intl asked directly, with a formatter of the
 * test's own, at the instants a wrong cache gets wrong: both sides of clock changes that fall in
 * the middle of a UTC hour (Lord Howe, St John's, Kathmandu in 1986), an offset with seconds
 * (Monrovia before 1972), and the same instants asked in an order that fills a cache first from
 * one side of the change, then from the other.
 */
import { describe, expect, it } from 'vitest';
import { formatWhen } from '@/lib/analysis/deadlines/render';
import { civilDateAt, instantAt, offsetMinutes, sameWallMinute, wallClock } from '@/lib/analysis/deadlines/zones';

const at = (iso: string) => Date.parse(iso);
const MINUTE = 60_000;

const reference = new Map<string, Intl.DateTimeFormat>();

/** The wall clock as Intl reads it, with no cache of ours in between (only the test's own formatter per zone). */
function intlWall(instant: number, timeZone: string) {
  let formatter = reference.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', weekday: 'short' });
    reference.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(
    formatter
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday!) + 1;
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second), weekday };
}

/** Offset in seconds east of UTC, from Intl's wall clock. */
function intlOffsetSeconds(instant: number, timeZone: string): number {
  const w = intlWall(instant, timeZone);
  return (Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(instant / 1000) * 1000) / 1000;
}

/** Clock changes inside a UTC hour (and one on the hour), with an instant just before each. */
const CHANGES: [zone: string, before: string][] = [
  // Lord Howe: 02:00 at +10:30 is 15:30Z; the clock moves by 30 minutes.
  ['Australia/Lord_Howe', '2026-10-03T15:29:59Z'],
  // back: 02:00 at +11:00 is 15:00Z
  ['Australia/Lord_Howe', '2026-04-04T14:59:59Z'],
  // St John's: 02:00 at −03:30 is 05:30Z
  ['America/St_Johns', '2026-03-08T05:29:59Z'],
  ['America/St_Johns', '2026-11-01T04:29:59Z'],
  // Chatham: 02:45 at +12:45 is 14:00Z
  ['Pacific/Chatham', '2026-09-26T13:59:59Z'],
  // Kathmandu moved from +05:30 to +05:45 at midnight on Jan 1, 1986 (18:30Z)
  ['Asia/Kathmandu', '1985-12-31T18:29:59Z'],
  // Monrovia moved from −00:44:30 to GMT on Jan 7, 1972 (00:44:30Z)
  ['Africa/Monrovia', '1972-01-07T00:44:29Z'],
  // on the hour: New York, Berlin
  ['America/New_York', '2026-03-08T06:59:59Z'],
  ['Europe/Berlin', '2026-10-25T00:59:59Z'],
];

describe('offsets and wall clocks from the per-hour cache', () => {
  it.each(CHANGES)('%s around %s, asked after-side first, agree with Intl to the second', (zone, before) => {
    const edge = at(before) + 1000;
    // After the change first, so a cache that kept one offset per hour would answer the before side wrongly.
    const instants = [edge, edge + 30 * MINUTE - 1, edge - 1000, edge - 30 * MINUTE, edge - 2 * 3_600_000, edge + 2 * 3_600_000];
    for (let s = -90; s <= 90; s += 7) instants.push(edge + s * MINUTE + 13_000);
    for (const instant of instants) {
      const iso = new Date(instant).toISOString();
      expect(wallClock(instant, zone), `${zone} ${iso}`).toEqual(intlWall(instant, zone));
      expect(offsetMinutes(instant, zone), `${zone} ${iso}`).toBe(Math.round(intlOffsetSeconds(instant, zone) / 60));
      const w = intlWall(instant, zone);
      expect(civilDateAt(instant, zone), `${zone} ${iso}`).toEqual({ year: w.year, month: w.month, day: w.day });
    }
  });

  it('the before side first, then the after side, agree with Intl too', () => {
    for (const [zone, before] of CHANGES) {
      const edge = at(before) + 1000;
      for (const instant of [edge - 25 * MINUTE, edge - 1, edge, edge + 25 * MINUTE]) {
        expect(wallClock(instant, zone), `${zone} ${new Date(instant).toISOString()}`).toEqual(intlWall(instant, zone));
      }
    }
  });

  it('keeps the seconds of an offset that has them (Monrovia, −00:44:30)', () => {
    const w = wallClock(at('1971-06-01T12:00:10Z'), 'Africa/Monrovia');
    expect([w.hour, w.minute, w.second]).toEqual([11, 15, 40]);
    expect(offsetMinutes(at('1971-06-01T12:00:10Z'), 'Africa/Monrovia')).toBe(-44);
  });

  it('outside the cached years (before 1900) still reads Intl', () => {
    for (const instant of [at('1883-11-18T16:59:00Z'), at('1883-11-18T17:01:00Z'), at('1850-01-01T00:00:00Z')]) {
      expect(wallClock(instant, 'America/New_York')).toEqual(intlWall(instant, 'America/New_York'));
    }
  });

  it('a year of instants every 97 minutes in seven zones agrees with Intl', { timeout: 60_000 }, () => {
    const zones = ['America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'America/St_Johns', 'Pacific/Chatham', 'Asia/Kolkata', 'America/Santiago'];
    for (let instant = at('2026-01-01T00:00:00Z'); instant < at('2027-01-01T00:00:00Z'); instant += 97 * MINUTE + 1234) {
      for (const zone of zones) {
        const w = wallClock(instant, zone);
        const ref = intlWall(instant, zone);
        if (w.hour !== ref.hour || w.minute !== ref.minute || w.day !== ref.day) expect(w, `${zone} ${new Date(instant).toISOString()}`).toEqual(ref);
      }
    }
  });
});

describe('instants per wall time', () => {
  it('one wall time in many zones, and one zone on the days around its changes, each its own instant', () => {
    const zones = ['America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'Asia/Tokyo', 'Pacific/Chatham'];
    for (const day of [3, 4, 7, 8, 9]) {
      for (const zone of zones) {
        for (const [hour, minute] of [[1, 30], [2, 15], [2, 30], [3, 0], [17, 0]] as const) {
          const instant = instantAt(zone, { year: 2026, month: 3, day }, hour, minute);
          const w = intlWall(instant, zone);
          // The wall time itself, or (skipped by a spring-forward) a later one on the same day.
          expect(w.day, `${zone} Mar ${day} ${hour}:${minute}`).toBe(day);
          const asked = hour * 60 + minute;
          const shown = w.hour * 60 + w.minute;
          if (shown !== asked) {
            expect(shown, `${zone} Mar ${day} ${hour}:${minute}`).toBeGreaterThan(asked);
            // skipped: no instant shows the asked time that day
            expect(intlWall(instant - (shown - asked) * MINUTE, zone).hour * 60 + intlWall(instant - (shown - asked) * MINUTE, zone).minute).not.toBe(asked);
          } else {
            // the first occurrence: an hour earlier does not show it
            const hourEarlier = intlWall(instant - 60 * MINUTE, zone);
            expect(hourEarlier.hour * 60 + hourEarlier.minute === asked && hourEarlier.day === day, `${zone} Mar ${day} ${hour}:${minute}`).toBe(false);
          }
        }
      }
    }
  });

  it('hour 24 is the next day at 0:00, in every zone', () => {
    expect(instantAt('Europe/Berlin', { year: 2026, month: 3, day: 28 }, 24, 0)).toBe(instantAt('Europe/Berlin', { year: 2026, month: 3, day: 29 }, 0, 0));
    expect(instantAt('Asia/Tokyo', { year: 2026, month: 3, day: 28 }, 24, 0)).toBe(at('2026-03-28T15:00:00Z'));
  });
});

describe('same wall clock in two zones', () => {
  it.each([
    ['Europe/London', 'Europe/Dublin', '2026-01-15T12:00:00Z', true],
    ['Europe/London', 'Europe/Lisbon', '2026-07-15T12:00:00Z', true],
    ['Europe/London', 'Europe/Berlin', '2026-07-15T12:00:00Z', false],
    // Lord Howe and Sydney agree in summer (+11) but not just before Lord Howe's change inside the hour
    ['Australia/Lord_Howe', 'Australia/Sydney', '2026-01-15T12:00:00Z', true],
    ['Australia/Lord_Howe', 'Australia/Sydney', '2026-10-03T15:20:00Z', false],
    ['Australia/Lord_Howe', 'Australia/Sydney', '2026-10-03T15:40:00Z', false],
    ['Australia/Lord_Howe', 'Australia/Sydney', '2026-10-03T16:10:00Z', true],
    // Monrovia (−00:44:30) and Azores: never the same minute; Monrovia and Abidjan after 1972: the same
    ['Africa/Monrovia', 'Africa/Abidjan', '1971-06-01T12:00:10Z', false],
    ['Africa/Monrovia', 'Africa/Abidjan', '1973-06-01T12:00:10Z', true],
  ])('%s and %s at %s: %s, as Intl formats them', (a, b, iso, same) => {
    const f = (zone: string) => new Intl.DateTimeFormat('en-US', { timeZone: zone, dateStyle: 'short', timeStyle: 'short' }).format(at(iso));
    expect(f(a) === f(b)).toBe(same);
    expect(sameWallMinute(at(iso), a, b)).toBe(same);
  });
});

describe('rendered times (cached per second)', () => {
  it('two instants in one UTC minute that are two minutes in Monrovia render apart', () => {
    const style = { locale: 'en-US' };
    expect(formatWhen(at('1971-06-01T12:00:10Z'), 'Africa/Monrovia', style)).toBe('11:15 AM Tue, Jun 1');
    expect(formatWhen(at('1971-06-01T12:00:40Z'), 'Africa/Monrovia', style)).toBe('11:16 AM Tue, Jun 1');
  });

  it('one instant renders by its zone, locale and clock', () => {
    const instant = at('2026-11-26T16:00:00Z');
    expect(formatWhen(instant, 'Europe/Berlin', { locale: 'en-US' })).toBe('5:00 PM Thu, Nov 26');
    expect(formatWhen(instant, 'Europe/Berlin', { locale: 'en-US', hourCycle: 'h23' })).toBe('17:00 Thu, Nov 26');
    expect(formatWhen(instant, 'Europe/Berlin', { locale: 'en-GB' })).toBe('17:00 Thu 26 Nov');
    expect(formatWhen(instant, 'Asia/Tokyo', { locale: 'en-US' })).toBe('1:00 AM Fri, Nov 27');
    expect(formatWhen(instant, 'Europe/Berlin', { locale: 'en-US' })).toBe('5:00 PM Thu, Nov 26');
  });
});
