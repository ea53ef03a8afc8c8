/**
 * Finds every time phrase in a text: runs each phrase family, keeps the longest of overlapping
 * pieces (ours win a tie), and joins neighbours that complete each other — "EOD" + "Thursday",
 * "Friday" + "3pm" + "CET", "tomorrow" + "morning".
 */
import { readCalendarDates } from './calendar-dates';
import { readClockTimes, readOffsetClockTimes, readWordClockTimes } from './clock-times';
import { readDayWords } from './day-words';
import { readEndOfDay } from './end-of-day';
import { readEndOfMonth } from './end-of-month';
import { readEndOfWeek } from './end-of-week';
import { readNamedTimes } from './named-times';
import { readNumericDates } from './numeric-dates';
import { readPeriodWords } from './period-words';
import type { Reading, TimeSpec } from './reading';
import { readRelative } from './relative';
import { readStartOfDay } from './start-of-day';
import { readVague } from './vague';
import { readZoneWords } from './zone-words';

export interface ReadOptions {
  now: number;
  timeZone: string;
  locale?: string;
}

/** Reads the general grammar (chrono-node) beside our own families; absent on the keystroke path. */
export type GeneralReader = (text: string, now: number, timeZone: string, locale?: string) => Reading[];

/** Family that names a joined reading, most specific first. */
const FAMILY_RANK = ['vague', 'end-of-month', 'end-of-week', 'end-of-day', 'start-of-day', 'named-times', 'relative', 'clock-times', 'calendar-dates', 'numeric-dates', 'period-words', 'day-words', 'general', 'zone-words'];

const CONNECTOR = /^(?:\s|,|\bat\b|\bon\b|\bby\b|@|\bof\b|\bthe\b|\bthis\b|\baround\b|\babout\b|\bfor\b|\bearly\b|\blate\b|\b(?:no\s+)?later\s+than\b)*$/i;

function length(r: Reading): number {
  return r.end - r.start;
}

/** Keeps the longest of overlapping readings; our own families win a tie. */
function longestFirst(readings: Reading[]): Reading[] {
  const ordered = [...readings].sort((a, b) => length(b) - length(a) || Number(b.own) - Number(a.own) || a.start - b.start);
  const kept: Reading[] = [];
  for (const r of ordered) {
    if (kept.every((k) => r.end <= k.start || r.start >= k.end)) kept.push(r);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function bothStartOfDay(a: Reading, b: Reading): boolean {
  return a.time?.kind === 'anchor' && b.time?.kind === 'anchor' && a.time.anchor === 'start-of-day' && b.time.anchor === 'start-of-day';
}

/** "Fri, Sep 20": a weekday beside a full date adds nothing; the date wins. */
function weekdayBesideDate(a: Reading, b: Reading): boolean {
  const kinds = [a.date?.kind, b.date?.kind];
  return kinds.includes('weekday') && (kinds.includes('calendar') || kinds.includes('civil'));
}

const RANGE = /^\s*(?:-|–|to|till|til|until|untill|through|thru|and|but\s+before)\s*$/i;
const RANGE_START = /\b(?:between|from|later\s+than)\s*$/i;

/** "9:30 - 11:00", "from 3pm to 5pm", "between Monday and Wednesday": the first reading, ending at the second. */
/** "this morning at 10", "tonight @ 3:20", "8 in the evening": a clock time read inside a part of the day. */
function clockInDayPart(a: TimeSpec, b: TimeSpec): TimeSpec | undefined {
  const clock = a.kind === 'clock' ? a : b.kind === 'clock' ? b : undefined;
  const part = a.kind === 'clock' ? b : a;
  if (!clock || part.kind === 'clock' || !part.period) return undefined;
  let hour = clock.hour;
  if (part.period[0] >= 12 && hour < 12) hour += 12;
  if (part.period[0] === 0 && hour === 12) hour = 0;
  return { kind: 'clock', hour, minute: clock.minute, grain: clock.grain };
}

function canJoinRange(text: string, a: Reading, b: Reading, gap: string): boolean {
  if (!RANGE.test(gap) || a.vague || b.vague || a.until || b.until || a.duration || b.duration) return false;
  if (/and|before/i.test(gap) && !RANGE_START.test(text.slice(Math.max(0, a.start - 14), a.start))) return false;
  const bothTimes = Boolean(a.time && b.time);
  const bothDates = Boolean(a.date && b.date && !a.time && !b.time);
  return bothTimes || bothDates;
}

function canJoin(a: Reading, b: Reading, gap: string): boolean {
  if (gap.length > 16 || !CONNECTOR.test(gap)) return false;
  if (a.vague || b.vague || a.until || b.until) return false;
  if (a.date && b.date && !weekdayBesideDate(a, b)) return false;
  if (a.time && b.time && !bothStartOfDay(a, b) && !clockInDayPart(a.time, b.time)) return false;
  if (a.zone && b.zone) return false;
  if (a.duration && b.duration) return false;
  if ((a.duration && b.date) || (a.date && b.duration)) return false;
  const duration = a.duration ?? b.duration;
  if (duration && ['second', 'minute', 'hour'].includes(duration.unit)) return false;
  // A zone belongs to a time of day written before it ("3pm CET"), never to a bare date.
  if (b.zone && !a.time) return false;
  if (a.zone && !a.time) return false;
  return true;
}

function join(a: Reading, b: Reading): Reading {
  if (a.date && b.date) return { ...a, end: b.end, date: a.date.kind === 'weekday' ? b.date : a.date, ...(a.time ?? b.time ? { time: a.time ?? b.time } : {}) };
  const inDayPart = a.time && b.time ? clockInDayPart(a.time, b.time) : undefined;
  const family = inDayPart ? 'clock-times' : (FAMILY_RANK.find((f) => f === a.family || f === b.family) ?? a.family);
  return {
    start: a.start,
    end: b.end,
    family,
    own: a.own || b.own,
    ...(a.date ?? b.date ? { date: a.date ?? b.date } : {}),
    ...(a.time ?? b.time ? { time: inDayPart ?? (a.time ?? b.time)! } : {}),
    ...(a.zone ?? b.zone ? { zone: a.zone ?? b.zone } : {}),
    ...(a.duration ?? b.duration ? { duration: a.duration ?? b.duration } : {}),
  };
}

function composeNeighbours(text: string, readings: Reading[]): Reading[] {
  const joined: Reading[] = [];
  for (const r of readings) {
    const last = joined[joined.length - 1];
    const gap = last ? text.slice(last.end, r.start) : '';
    if (last && canJoinRange(text, last, r, gap)) {
      const until = { ...r, ...(last.date && !r.date ? { date: last.date } : {}) };
      joined[joined.length - 1] = { ...last, end: r.end, until, ...(!last.date && r.date ? { date: r.date } : {}) };
    } else if (last?.until && !last.date && r.date && !r.time && CONNECTOR.test(gap) && gap.length <= 16) {
      // "9:30 to 11:00 on Thursday": the day belongs to both ends.
      joined[joined.length - 1] = { ...last, end: r.end, date: r.date, until: { ...last.until, date: r.date } };
    } else if (last && canJoin(last, r, gap)) joined[joined.length - 1] = join(last, r);
    else joined.push(r);
  }
  return joined;
}

function ownPieces(text: string, locale?: string): Reading[] {
  return [
    ...readVague(text),
    ...readEndOfDay(text),
    ...readEndOfWeek(text),
    ...readEndOfMonth(text),
    ...readStartOfDay(text),
    ...readNamedTimes(text),
    ...readClockTimes(text),
    ...readOffsetClockTimes(text),
    ...readWordClockTimes(text),
    ...readPeriodWords(text),
    ...readDayWords(text),
    ...readCalendarDates(text),
    ...readNumericDates(text, locale),
    ...readRelative(text),
    ...readZoneWords(text),
  ];
}

/** Every time phrase in `text`, in order, as readings not yet tied to a zone. */
export function readTimes(text: string, options: ReadOptions, general?: GeneralReader): Reading[] {
  const own = composeNeighbours(text, longestFirst(ownPieces(text, options.locale)));
  if (!general) return own.filter((r) => r.vague || r.date || r.time || r.duration);
  const generalReadings = general(text, options.now, options.timeZone, options.locale);
  const chosen = composeNeighbours(text, longestFirst([...own, ...generalReadings]));
  // A zone word alone ("ET", "my time") is not a time.
  return chosen.filter((r) => r.vague || r.date || r.time || r.duration);
}
