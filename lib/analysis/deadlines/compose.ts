/**
 * Finds every time phrase in a text: runs each phrase family, keeps the longest of overlapping
 * pieces (ours win a tie), and joins neighbours that complete each other — "EOD" + "Thursday",
 * "Friday" + "3pm" + "CET", "tomorrow" + "morning".
 */
import { families, rankOf } from './families/index';
import { isNotEnglish } from './language';
import type { DateSpec, Reading, TimeSpec } from './reading';

export interface ReadOptions {
  now: number;
  timeZone: string;
  locale?: string;
}

/** Reads the general grammar (chrono-node) beside our own families; absent on the keystroke path. */
export type GeneralReader = (text: string, now: number, timeZone: string, locale?: string) => Reading[];


/**
 * Words between two pieces of one phrase: "Friday at 3pm", "3pm sharp on Friday", "3pm at the
 * latest on Friday", "this evening around 8".
 */
const CONNECTOR =
  /^(?:\s|,|-|\bat\b|\bon\b|\bby\b|@|\bof\b|\bthe\b|\bthis\b|\baround\b|\babout\b|\bapprox(?:imately|\.)?|~|\bfor\b|\bearly\b|\blate\b|\bsharp\b|\bat\s+the\s+(?:very\s+)?latest\b|\blatest\b|\bor\s+so\b|\bish\b|\bsometime\b|\bfrom\b|\bbetween\b|\b(?:no\s+)?later\s+than\b)*$/i;
/** Words after a phrase that belong to it: "5pm sharp", "Friday at the latest". */
const TRAILER = /^(?:\s+sharp\b|\s*,?\s+at\s+the\s+(?:very\s+)?latest\b|\s+or\s+so\b|\s+on\s+the\s+dot\b)/i;
const MAX_GAP = 24;

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

/** "9:30 - 11:00", "from 3pm to 5pm", "between Monday and Wednesday": the first reading, ending at the second. */
/** "this morning at 10", "tonight @ 3:20", "8 in the evening": a clock time read inside a part of the day. */
function clockInDayPart(a: TimeSpec, b: TimeSpec): TimeSpec | undefined {
  // "midnight tonight", "tonight at midnight": midnight at the end of that day.
  const point = (t: TimeSpec) => t.kind === 'named' && !t.period;
  if (point(a) !== point(b)) {
    const named = point(a) ? a : b;
    const part = point(a) ? b : a;
    if (named.kind === 'named' && named.hour === 24 && part.kind !== 'clock' && part.period && part.period[0] >= 12) return named;
    return undefined;
  }
  const clock = a.kind === 'clock' ? a : b.kind === 'clock' ? b : undefined;
  const part = a.kind === 'clock' ? b : a;
  if (!clock || part.kind === 'clock' || !part.period) return undefined;
  let hour = clock.hour;
  if (part.period[0] >= 12 && hour < 12) hour += 12;
  if (part.period[0] === 0 && hour === 12) hour = 0;
  return { kind: 'clock', hour, minute: clock.minute, grain: clock.grain };
}

function canJoinRange(text: string, a: Reading, b: Reading, gap: string): boolean {
  if (!RANGE.test(gap) || a.vague || b.vague || a.until || b.until || a.duration || b.duration || a.invalid || b.invalid) return false;
  if (/and|before/i.test(gap) && !/\b(?:between|from|later\s+than)\b/i.test(text.slice(Math.max(0, a.start - 14), a.end))) return false;
  const bothTimes = Boolean(a.time && b.time);
  const bothDates = Boolean(a.date && b.date && !a.time && !b.time);
  return bothTimes || bothDates;
}

function canJoin(a: Reading, b: Reading, gap: string): boolean {
  if (gap.length > MAX_GAP || !CONNECTOR.test(gap)) return false;
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

/** "Tue 8th", "Wednesday 12/9": the calendar date, told which weekday it must fall on. */
function dateWithWeekday(a: DateSpec, b: DateSpec): DateSpec {
  const weekday = a.kind === 'weekday' ? a : b.kind === 'weekday' ? b : undefined;
  const other = a.kind === 'weekday' ? b : a;
  if (weekday && other.kind === 'calendar' && weekday.modifier === 'bare' && weekday.weekOffset === undefined) return { ...other, weekday: weekday.weekday };
  return other;
}

function join(a: Reading, b: Reading): Reading {
  if (a.date && b.date) {
    return {
      ...a,
      end: b.end,
      family: rankOf(b.family) < rankOf(a.family) ? b.family : a.family,
      date: dateWithWeekday(a.date, b.date),
      ...(a.time ?? b.time ? { time: a.time ?? b.time } : {}),
      ...(a.zone ?? b.zone ? { zone: a.zone ?? b.zone } : {}),
      ...(a.invalid ?? b.invalid ? { invalid: a.invalid ?? b.invalid } : {}),
      weak: false,
    };
  }
  const inDayPart = a.time && b.time ? clockInDayPart(a.time, b.time) : undefined;
  const family = inDayPart ? 'clock-times' : (rankOf(b.family) < rankOf(a.family) ? b.family : a.family);
  return {
    start: a.start,
    end: b.end,
    family,
    own: a.own || b.own,
    ...(a.date ?? b.date ? { date: a.date ?? b.date } : {}),
    ...(a.time ?? b.time ? { time: inDayPart ?? (a.time ?? b.time)! } : {}),
    ...(a.zone ?? b.zone ? { zone: a.zone ?? b.zone } : {}),
    ...(a.duration ?? b.duration ? { duration: a.duration ?? b.duration } : {}),
    ...(a.invalid ?? b.invalid ? { invalid: a.invalid ?? b.invalid } : {}),
  };
}

/** "two weeks from" + "Monday (at 3pm)": the date moved by the duration. */
function joinFrom(a: Reading, b: Reading): Reading {
  const { amount, unit } = a.duration!;
  const shiftUnit = unit === 'day' || unit === 'week' || unit === 'month' || unit === 'year' ? unit : 'day';
  return {
    start: a.start,
    end: b.end,
    family: a.family,
    own: true,
    date: { kind: 'shift', base: b.date!, amount, unit: shiftUnit },
    ...(b.time ? { time: b.time } : {}),
    ...(b.zone ? { zone: b.zone } : {}),
  };
}

/** In a range, midnight at the start is the start of the day: "from midnight to noon tomorrow". */
function rangeStart(r: Reading): Reading {
  return r.time?.kind === 'named' && r.time.hour === 24 ? { ...r, time: { ...r.time, hour: 0 } } : r;
}

function composeNeighbours(text: string, readings: Reading[]): Reading[] {
  const joined: Reading[] = [];
  for (const r of readings) {
    const last = joined[joined.length - 1];
    const gap = last ? text.slice(last.end, r.start) : '';
    if (last?.until && r.zone && !r.date && !r.time && !r.duration && !last.zone && /^\s*$/.test(gap)) {
      // "9:30 - 11:00 CST": the zone belongs to both ends.
      joined[joined.length - 1] = { ...last, end: r.end, zone: r.zone, until: { ...last.until, zone: r.zone } };
    } else if (last?.from && !last.date && r.date && !r.duration && /^\s+$/.test(gap)) {
      joined[joined.length - 1] = joinFrom(last, r);
    } else if (last && canJoinRange(text, last, r, gap)) {
      const until = { ...r, weak: false, ...(last.date && !r.date ? { date: last.date } : {}) };
      joined[joined.length - 1] = { ...rangeStart(last), end: r.end, until, weak: false, ...(!last.date && r.date ? { date: r.date } : {}) };
    } else if (last?.until && !last.date && r.date && !r.time && gap.length <= MAX_GAP && CONNECTOR.test(gap)) {
      // "9:30 to 11:00 on Thursday": the day belongs to both ends.
      joined[joined.length - 1] = { ...last, end: r.end, date: r.date, until: { ...last.until, date: r.date } };
    } else if (last && !last.from && !r.from && canJoin(last, r, gap)) joined[joined.length - 1] = Object.assign({}, join(last, r), { weak: false }); // see scan() in reading.ts
    else joined.push(r);
  }
  return joined;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** "5pm sharp", "Friday at the latest": the words after a phrase that are part of it. */
function withTrailer(text: string, r: Reading): Reading {
  const trailer = TRAILER.exec(text.slice(r.end, r.end + 30));
  return trailer && (r.time || r.date) ? { ...r, end: r.end + trailer[0].length } : r;
}

const isTime = (r: Reading) => !r.weak && !r.from && (r.vague || r.date || r.time || r.duration || r.invalid);

/**
 * Every time phrase in `text`, in order, as readings not yet tied to a zone — the one reading both
 * `findDeadlines` (keystroke path) and `parseTimes` use. Our families read the phrases; with
 * `general` (chrono-node, off the keystroke path) its readings are added only where none of ours
 * stands, so it can never cut one of our phrases in two or read a different span. A text that is
 * not English gets no reading (language.ts); day words inside names block every reader.
 */
export function readTimes(text: string, options: ReadOptions, general?: GeneralReader): Reading[] {
  const familyOptions = options.locale ? { locale: options.locale } : {};
  // Loops rather than flatMap: this runs for every sentence, and flatMap's own work was a fifth of it.
  const found: Reading[] = [];
  for (const f of families) for (const r of f.read(text, familyOptions)) found.push(r);
  // Only a text with something to read is asked its language (the keystroke path reads short sentences, most with no time).
  if (found.length === 0 && !general) return [];
  if (isNotEnglish(text)) return [];
  const blocked: { start: number; end: number }[] = [];
  for (const f of families) if (f.blocks) for (const b of f.blocks(text)) blocked.push(b);
  const pieces = blocked.length ? found.filter((r) => !blocked.some((b) => overlaps(b, r))) : found;
  const own = composeNeighbours(text, longestFirst(pieces)).filter(isTime).map((r) => withTrailer(text, r));
  if (!general) return own;
  // chrono-node fills only the gaps: not over our pieces (even a lone zone word), nor over a blocked name.
  const taken = [...pieces, ...blocked];
  const extra = general(text, options.now, options.timeZone, options.locale).filter((g) => !taken.some((t) => overlaps(t, g)));
  return [...own, ...longestFirst(extra).filter(isTime)].sort((a, b) => a.start - b.start);
}
