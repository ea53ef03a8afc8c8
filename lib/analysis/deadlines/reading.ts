/**
 * What a phrase family reads from the text before any zone is applied: a date spec in the
 * writer's calendar, a time of day, a zone, a duration. Families return pieces ("atoms");
 * compose.ts joins neighbouring pieces ("EOD" + "Thursday"); resolve.ts and policy.ts apply zones.
 */
import type { IsoWeekday } from '@/lib/analysis/types';
import type { CivilDate } from './civil';
import type { Grain } from './types';

export type DateSpec =
  /** today = 0, tomorrow = 1, yesterday = −1 */
  | { kind: 'relative-day'; days: number }
  /**
   * bare = next such day on or after today; this = in this week, on or after today; next = in next
   * week; last = in last week; past = the most recent such day before today ("this past Wednesday").
   * `weekOffset` names the week outright ("the Tuesday of next week" = 1): no ambiguity then.
   */
  | { kind: 'weekday'; weekday: IsoWeekday; modifier: 'bare' | 'this' | 'next' | 'last' | 'past' | 'after-next'; weekOffset?: number }
  /** "this weekend", "next weekend": ambiguous for a deadline (which day? is anyone working?) */
  | { kind: 'weekend'; offset: number }
  /** "the 20th of next month" */
  | { kind: 'day-of-month'; day: number; offset: number }
  /**
   * "Nov 30", "30/11", "the 15th": a missing month/year is the next such date on or after today.
   * `weekday` ("Tue 8th", "Wednesday 12/9") picks the next date that falls on that weekday, and
   * for a numeric date whose order is open (`swappable`), the order that fits it.
   */
  | { kind: 'calendar'; day: number; month?: number; year?: number; ambiguous?: string; weekday?: IsoWeekday; swappable?: boolean }
  /** "the first Monday of the month", "third Tuesday of September 2027", "last Friday of next month" (n = −1: the last) */
  | { kind: 'nth-weekday'; n: number; weekday: IsoWeekday; month?: number; year?: number; offset: number }
  /** "two weeks from Monday": a date moved by a whole number of days, weeks, months or years */
  | { kind: 'shift'; base: DateSpec; amount: number; unit: 'day' | 'week' | 'month' | 'year' }
  /** a date another parser already resolved (chrono-node) */
  | { kind: 'civil'; date: CivilDate; grain: Grain; endDate?: CivilDate; certain: boolean }
  | { kind: 'week'; offset: number; part: 'end' | 'start' | 'whole' }
  /** this/next month, or a named month (`month`, its next occurrence); early/mid/late thirds */
  | { kind: 'month'; offset: number; month?: number; year?: number; part: 'end' | 'start' | 'mid' | 'whole' }
  | { kind: 'year'; offset: number; part: 'end' | 'start' | 'whole' }
  | { kind: 'quarter'; offset: number }
  /** "next 3 days", "last 2 weeks": the span of whole units after (or before) the current one */
  | { kind: 'span'; unit: DurationUnit; amount: number; direction: 1 | -1 };

export type TimeSpec =
  | { kind: 'clock'; hour: number; minute: number; second?: number; grain: 'hour' | 'minute' | 'second'; /** "at 5": am or pm, whichever comes next */ halfDay?: boolean }
  /** the recipient's working day: "EOD" ends it, "first thing" starts it */
  | { kind: 'anchor'; anchor: 'end-of-day' | 'start-of-day'; /** the span the phrase names, hours [from, to) */ period?: [number, number] }
  /** noon, afternoon, evening …: a fixed hour in the recipient's zone */
  | { kind: 'named'; hour: number; minute: number; period?: [number, number]; outsideHours?: boolean };

export type ZoneSpec =
  | { kind: 'sender' }
  | { kind: 'recipient' }
  /**
   * An IANA zone. Written as an abbreviation ("PST", "IST"): `abbreviation`, the UTC offset it
   * names (`nominal`, minutes east), and — when it has several meanings — every meaning in
   * `meanings` (the chosen one included), for the people-based choice and the "other reading".
   */
  | { kind: 'zone'; timeZone: string; abbreviation?: string; nominal?: number; meanings?: ZoneMeaning[] }
  | { kind: 'offset'; minutes: number };

/** One meaning of a zone abbreviation: "IST" → India (Asia/Kolkata), Ireland, Israel. */
export interface ZoneMeaning {
  timeZone: string;
  /** "India Standard Time" */
  label: string;
  /** The UTC offset the abbreviation names in this meaning, minutes east. */
  nominal: number;
  /**
   * Zones whose people use this meaning, when they keep the same clock as `timeZone`: exact IANA
   * names, or prefixes ending in "/" ("America/"). Default: `timeZone` only. (New York keeps Havana's
   * clock, yet a New Yorker's "CST" is not Cuba's.)
   */
  where?: string[];
}

export type DurationUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

export interface Reading {
  start: number;
  end: number;
  family: string;
  date?: DateSpec;
  time?: TimeSpec;
  zone?: ZoneSpec;
  duration?: { amount: number; unit: DurationUnit };
  /** "ASAP", "soon": a deadline with no time at all */
  vague?: boolean;
  /** a range another parser resolved: the end, as a full reading */
  until?: Reading;
  /** found by our own families (preferred over chrono-node on a tie) */
  own: boolean;
  /**
   * A piece that is a time only beside another ("by 4" in "by 4 on Friday", "two weeks from" in
   * "two weeks from Monday"): dropped when nothing joins it.
   */
  weak?: boolean;
  /** "two weeks from": a duration waiting for the date it counts from. */
  from?: boolean;
  /** Why the phrase names no real time ("April 31": April has 30 days): an error to show, never resolved. */
  invalid?: string;
  /** The phrase is a person or an event named after a day ("Dr. Friday", "Black Friday"): blocks other readers, never a time. */
  name?: boolean;
}

/**
 * Runs a global regex over text, handing each match to `read`.
 *
 * Hot paths here and in the policy add a field to a copy with Object.assign rather than
 * `{ ...reading, own: true }`: Node 20's V8 takes ~5 µs to spread an object and add a field it did
 * not have (~0.25 µs with Object.assign, same fields in the same order; Chromium 156 is fast either
 * way), and this runs for every match of every family in every sentence.
 */
export function scan(text: string, pattern: RegExp, read: (m: RegExpExecArray) => Omit<Reading, 'own'> | undefined): Reading[] {
  const found: Reading[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const reading = read(m);
    if (reading) found.push(Object.assign({}, reading, { own: true }));
  }
  return found;
}

export const WEEKDAY_NAMES: Record<string, IsoWeekday> = {
  monday: 1, mon: 1,
  tuesday: 2, tue: 2, tues: 2,
  wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5,
  saturday: 6, sat: 6,
  sunday: 7, sun: 7,
};

export const MONTH_NAMES: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, 'forty-five': 45, 'a couple of': 2, 'a few': 3, couple: 2, few: 3,
};

export const NUMBER_WORD_PATTERN = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|');

/** "2", "2.5", "two", "an" → number. */
export function readNumber(word: string): number | undefined {
  const lower = word.toLowerCase().trim();
  if (/^\d+(\.\d+)?$/.test(lower)) return Number(lower);
  if (/^\d+\/\d+$/.test(lower)) {
    const [a, b] = lower.split('/').map(Number);
    return b ? (a ?? 0) / b : undefined;
  }
  return NUMBER_WORDS[lower];
}
