/** Shared by the family tests: a fixed now, and expected instants computed with @date-fns/tz (not the code under test). */
import { TZDate } from '@date-fns/tz';
import { expect } from 'vitest';
import { parseTimes, type ParseOptions, type TimeMention } from '@/lib/analysis/deadlines';

export const NY = 'America/New_York';
/** Mon 2026-11-23 10:00 in New York. */
export const NOW = Date.parse('2026-11-23T15:00:00Z');
export const OPTS: ParseOptions = { now: NOW, timeZone: NY, locale: 'en-US' };

/** The instant of a wall time in a zone, by @date-fns/tz. Month is 1–12. */
export function wall(zone: string, year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  return new TZDate(year, month - 1, day, hour, minute, second, zone).getTime();
}

/** The one (longest) mention parseTimes finds in `text`. */
export function longest(text: string, opts: ParseOptions = OPTS): TimeMention {
  const found = [...parseTimes(text, opts)].sort((a, b) => b.end - b.start - (a.end - a.start));
  expect(found.length, `"${text}" should be read`).toBeGreaterThan(0);
  return found[0]!;
}

export function valueOf(text: string, opts: ParseOptions = OPTS): number {
  return Date.parse(longest(text, opts).value);
}
