/**
 * Clock times: 3pm, 15:00, 3:30 p.m., "at 5", "8 tonight". Read in the sender's zone unless a zone is
 * named next to them (zone-words.ts).
 */
import { scan, type Reading, type TimeSpec } from '../reading';
import type { Family } from '../family';

const MERIDIEM = String.raw`(a\.?\s?m\.?|p\.?\s?m\.?|in\s+the\s+[ap]\.?m\.?)(?![a-z])`;
const DAY_PART = String.raw`(in\s+the\s+morning|in\s+the\s+afternoon|in\s+the\s+evening|at\s+night|tonight|this\s+evening|this\s+afternoon|this\s+morning)`;

const PATTERNS: RegExp[] = [
  // 3pm, 3:30 p.m., 11.45am, 3 o'clock am
  new RegExp(String.raw`\b(?:at\s+|@\s*)?(\d{1,2})(?:[:.](\d{2}))?(?:\s*o'?\s?clock)?\s*${MERIDIEM}`, 'gi'),
  // at 3p, 3:15p — a single letter only with "at" or minutes, so "form 3a" stays a form
  /(?:(?:\bat\s+|@\s*)(\d{1,2})(?::(\d{2}))?|\b(?=\d{1,2}:\d{2}[ap])(\d{1,2}):(\d{2}))([ap])\.?(?![a-z])/gi,
  // 8 tonight, 3 in the morning, 3:15 in the afternoon, 3 o'clock in the afternoon
  new RegExp(String.raw`\b(?:at\s+|@\s*)?(\d{1,2})(?:[:.](\d{2}))?(?:\s+o'?clock)?\s+${DAY_PART}\b`, 'gi'),
  // 15:00, 9:30 (24-hour or a bare clock)
  /\b(?:at\s+|@\s*)?([01]?\d|2[0-3]):([0-5]\d)\b(?![:/.-]\d|\s*(?:a\.?\s?m|p\.?\s?m)\b)/gi,
  // 15h, 8h30
  /\b(?:at\s+|@\s*)?([01]?\d|2[0-3])h([0-5]\d)?\b/gi,
  // at 5, at 5 o'clock, 5 o'clock
  /(?:(?:\bat|@)\s*(\d{1,2})(?:\s+o'?clock)?(?![\d:/%-]|\.\d|\s*(?:days?|hours?|minutes?|weeks?|months?|years?|people|of)\b)|\b(\d{1,2})\s+o'?clock)\b/gi,
];

const HOUR_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const HOUR_WORD = String.raw`(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const MINUTE_WORDS: Record<string, number> = { 'oh five': 5, 'oh-five': 5, five: 5, ten: 10, fifteen: 15, twenty: 20, 'twenty five': 25, 'twenty-five': 25, thirty: 30, 'thirty five': 35, 'thirty-five': 35, forty: 40, 'forty five': 45, 'forty-five': 45, fifty: 50, 'fifty five': 55, 'fifty-five': 55 };
const MINUTE_WORD = String.raw`(oh[\s-]five|twenty[\s-]five|thirty[\s-]five|forty[\s-]five|fifty[\s-]five|fifteen|twenty|thirty|forty|fifty|five|ten)`;
// "eight tonight", "at three am", "six thirty tonight", "ten o'clock", "at five fifteen"
const WORD_CLOCK = new RegExp(
  String.raw`\b(?:at\s+)?${HOUR_WORD}(?:[\s-]${MINUTE_WORD})?(?:\s+o'?clock)?\s*(a\.?m\.?|p\.?m\.?|tonight|in\s+the\s+(?:morning|afternoon|evening)|this\s+(?:morning|afternoon|evening))(?![a-z])|\bat\s+${HOUR_WORD}(?:[\s-]${MINUTE_WORD})?(?:\s+o'?clock)?\b(?!\s+(?:of|people|days?|hours?|minutes?|weeks?|months?|years?)\b)`,
  'gi',
);

/** Clock times written in words. */
export function readWordClockTimes(text: string): Reading[] {
  return scan(text, WORD_CLOCK, (m) => {
    // "twenty to four this afternoon": the hour belongs to the offset clock before it.
    if (/\b(?:to|past|after|till|of)\s+$/i.test(text.slice(Math.max(0, m.index - 7), m.index))) return undefined;
    const hour = HOUR_WORDS[(m[1] ?? m[4] ?? '').toLowerCase()];
    if (!hour) return undefined;
    const minuteWord = (m[2] ?? m[5])?.toLowerCase().replace(/\s+/g, ' ');
    const minute = minuteWord ? (MINUTE_WORDS[minuteWord] ?? MINUTE_WORDS[minuteWord.replace(' ', '-')]) : undefined;
    const time = toTime(String(hour), minute !== undefined ? String(minute).padStart(2, '0') : undefined, m[3]);
    if (!time) return undefined;
    const reading: Omit<Reading, 'own'> = { start: m.index, end: m.index + m[0].length, family: 'clock-times', time };
    if (/tonight|this/i.test(m[3] ?? '')) reading.date = { kind: 'relative-day', days: 0 };
    return reading;
  });
}

/** "1700 hours", "1200 hrs", "0900h"; "by 1600" (a bare four-digit time after by/at/before, not a year). */
const MILITARY = /\b(?:at\s+|@\s*)?([01]\d|2[0-3])([0-5]\d)\s*(?:hrs|hours|hr|h)\b|\b(0\d|1[0-8]|2[1-3])([0-5]\d)\b(?![\d/.:,-]\d)/gi;
const MILITARY_LEAD = /\b(?:by|at|before|until|till)\s+$/i;

/** "fourish", "11ish", "5-ish": an hour, whichever half of the day comes next. */
const APPROXIMATE = new RegExp(String.raw`\b(?:(?:at|around|about)\s+)?(\d{1,2}|${HOUR_WORD.slice(1, -1)})\s*-?ish\b`, 'gi');

/**
 * "by 4", "around 3", "before 10": a bare hour is a time only beside a day or a part of the day
 * ("by 4 on Friday", "around 3 tomorrow"); alone it stays weak and is dropped (compose.ts).
 */
const WEAK = /\b(\d{1,2})\b(?![\d:.,/%-]|\s*(?:[ap]\.?m\b|o'?clock|%|percent|points?|people|persons?|times|x\b|of\b|or\s+more|more|less|fewer|[a-z]+s\b))/gi;

const WEAK_LEAD = /(?:\b(?:by|around|about|before|until|till|approximately|approx\.?|between|from)\s*|~\s*)$/i;

/** "half nine": half past the hour, as in British English. */
const HALF_HOUR = new RegExp(String.raw`\bhalf\s+(\d{1,2}|${HOUR_WORD.slice(1, -1)})\b(?!\s*(?:past|an?\b|hours?|of|the|%|dozen|percent|million|thousand))`, 'gi');

function hourOf(word: string): number | undefined {
  const n = /^\d+$/.test(word) ? Number(word) : HOUR_WORDS[word.toLowerCase()];
  return n !== undefined && n >= 1 && n <= 12 ? n : undefined;
}

/** "15:23:24": a clock to the second. */
const SECONDS = /\b([01]?\d|2[0-3]):([0-5]\d):([0-5]\d)\b/g;

/** "3-4pm", "9 to 11am", "11-1pm": the first hour of a range takes the half of the day from the second. */
const RANGE_HEAD = /\b(\d{1,2})(?::([0-5]\d))?(?=\s*(?:-|–|to|till|until|untill)\s*(\d{1,2})(?::[0-5]\d)?\s*([ap])\.?\s?m\b)/gi;

/** Military, approximate, weak and "half nine" clocks. */
export function readOtherClockTimes(text: string): Reading[] {
  return [
    ...scan(text, SECONDS, (m) => ({
      start: m.index,
      end: m.index + m[0].length,
      family: 'clock-times',
      time: { kind: 'clock', hour: Number(m[1]), minute: Number(m[2]), second: Number(m[3]), grain: 'second' },
    })),
    ...scan(text, RANGE_HEAD, (m) => {
      const hour = Number(m[1]);
      const endHour = Number(m[3]);
      if (hour < 1 || hour > 12 || endHour < 1 || endHour > 12) return undefined;
      // "11-1pm" runs from 11 AM; "3-4pm" from 3 PM.
      const pm = /p/i.test(m[4] ?? '') && !(hour > endHour && hour !== 12);
      const time = toTime(String(hour), m[2], pm ? 'pm' : 'am');
      return time ? { start: m.index, end: m.index + m[0].length, family: 'clock-times', time } : undefined;
    }),
    ...scan(text, MILITARY, (m) => {
      if (m[3] && !MILITARY_LEAD.test(text.slice(Math.max(0, m.index - 8), m.index))) return undefined;
      const hour = Number(m[1] ?? m[3]);
      const minute = Number(m[2] ?? m[4]);
      return { start: m.index, end: m.index + m[0].length, family: 'clock-times', time: { kind: 'clock', hour, minute, grain: 'minute' } };
    }),
    ...scan(text, APPROXIMATE, (m) => {
      const hour = hourOf(m[1] ?? '');
      return hour === undefined ? undefined : { start: m.index, end: m.index + m[0].length, family: 'clock-times', time: { kind: 'clock', hour, minute: 0, grain: 'hour', halfDay: true } };
    }),
    ...scan(text, HALF_HOUR, (m) => {
      const hour = hourOf(m[1] ?? '');
      return hour === undefined ? undefined : { start: m.index, end: m.index + m[0].length, family: 'clock-times', time: { kind: 'clock', hour, minute: 30, grain: 'minute', halfDay: true } };
    }),
    ...scan(text, WEAK, (m) => {
      if (!WEAK_LEAD.test(text.slice(Math.max(0, m.index - 16), m.index))) return undefined;
      const hour = hourOf(m[1] ?? '');
      return hour === undefined ? undefined : { start: m.index, end: m.index + m[0].length, family: 'clock-times', weak: true, time: { kind: 'clock', hour, minute: 0, grain: 'hour', halfDay: true } };
    }),
  ];
}

function toTime(hourText: string, minuteText: string | undefined, suffix: string | undefined): TimeSpec | undefined {
  let hour = Number(hourText);
  const minute = minuteText ? Number(minuteText) : 0;
  if (hour > 24 || minute > 59) return undefined;
  const grain = minuteText ? 'minute' : 'hour';
  // "9:30" or "at 5" with no am/pm is whichever half of the day comes next; "09:30" and "15:00" are 24-hour.
  if (!suffix) return hour > 12 || /^0/.test(hourText) ? { kind: 'clock', hour: hour % 24, minute, grain } : { kind: 'clock', hour, minute, grain, halfDay: true };
  const s = suffix.toLowerCase().replace(/[\s.]/g, '').replace(/^inthe(?=[ap]m$)/, '');
  const pm = s.startsWith('p') || /afternoon|evening|night/.test(s);
  const am = s.startsWith('a') || /morning/.test(s);
  if (hour > 12 || hour === 0) return am || pm ? (hour > 12 && am ? undefined : { kind: 'clock', hour: hour % 24, minute, grain }) : undefined;
  if (pm && hour < 12) hour += 12;
  if (am && hour === 12) hour = 0;
  // "12 at night" is midnight; "12 in the afternoon" is noon.
  if (/night/.test(s) && hour === 24) hour = 0;
  return { kind: 'clock', hour: hour % 24, minute, grain };
}

export function readClockTimes(text: string): Reading[] {
  return PATTERNS.flatMap((pattern, index) =>
    scan(text, pattern, (m) => {
      const time =
        index === 1
          ? toTime(m[1] ?? m[3] ?? '', m[2] ?? m[4], m[5])
          : index === 5
            ? toTime(m[1] ?? m[2] ?? '', undefined, undefined)
            : toTime(m[1] ?? '', m[2], index === 0 || index === 2 ? m[3] : undefined);
      if (!time) return undefined;
      // "15h" is a 24-hour clock reading: its grain is the minute, as in "15:00".
      if (index === 4 && time.kind === 'clock') time.grain = 'minute';
      const reading: Omit<Reading, 'own'> = { start: m.index, end: m.index + m[0].length, family: 'clock-times', time };
      if (index === 2 && /tonight|this/i.test(m[3] ?? '')) reading.date = { kind: 'relative-day', days: 0 };
      return reading;
    }),
  );
}

const OFFSET_CLOCK = new RegExp(
  String.raw`\b(?:(?:for\s+|at\s+)?(a\s+quarter|quarter|half|\d{1,2}|five|ten|twenty|twenty[\s-]five)(?:\s+minutes?)?)\s+(past|after|to|till|of)\s+(noon|midnight|(\d{1,2}|${HOUR_WORD.slice(1, -1)})\s*(a\.?m\.?|p\.?m\.?)?(?![\d:]))`,
  'gi',
);

const OFFSET_MINUTES: Record<string, number> = { 'a quarter': 15, quarter: 15, half: 30, five: 5, ten: 10, twenty: 20, 'twenty-five': 25, 'twenty five': 25 };

/** "a quarter past noon", "20 minutes to 2pm", "half past 3". */
export function readOffsetClockTimes(text: string): Reading[] {
  return scan(text, OFFSET_CLOCK, (m) => {
    const word = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const minutes = OFFSET_MINUTES[word] ?? OFFSET_MINUTES[word.replace('-', ' ')] ?? Number(word);
    if (!Number.isFinite(minutes) || minutes <= 0 || minutes >= 60) return undefined;
    const base = (m[3] ?? '').toLowerCase();
    // "3:30 to 6 PM": the "30" belongs to the clock before it.
    if (/[\d:.]$/.test(text.slice(Math.max(0, m.index - 1), m.index))) return undefined;
    // "13 to 15" is a range of days: digits need "minutes", a base of noon/midnight/am-pm, or "past".
    if (/^\d+$/.test(word) && !/minute/i.test(m[0]) && !m[5] && /\d/.test(base) && !/past|after/i.test(m[2] ?? '')) return undefined;
    // "half to five" is not English; "ten of five" is (US).
    if (word === 'half' && !/past|after/i.test(m[2] ?? '')) return undefined;
    const hour = hourOf(m[4] ?? '') ?? (/^\d+$/.test(m[4] ?? '') ? Number(m[4]) : undefined);
    const anchor: TimeSpec | undefined =
      base === 'noon' ? { kind: 'clock', hour: 12, minute: 0, grain: 'hour' } : base === 'midnight' ? { kind: 'clock', hour: 0, minute: 0, grain: 'hour' } : hour === undefined ? undefined : toTime(String(hour), undefined, m[5]);
    if (!anchor || anchor.kind !== 'clock') return undefined;
    const total = anchor.hour * 60 + (/past|after/i.test(m[2] ?? '') ? minutes : -minutes);
    if (/^of$/i.test(m[2] ?? '') && !/\d|quarter|five|ten|twenty/i.test(word)) return undefined;
    const wrapped = (total + 24 * 60) % (24 * 60);
    const time: TimeSpec = { kind: 'clock', hour: Math.floor(wrapped / 60), minute: wrapped % 60, grain: 'minute', ...(anchor.halfDay ? { halfDay: true } : {}) };
    return { start: m.index, end: m.index + m[0].length, family: 'clock-times', time };
  });
}

const family: Family = {
  id: 'clock-times',
  description: "3pm, 15:00, 1700 hrs, quarter to five, fourish → a time of day in the sender's zone unless a zone is named.",
  rank: 8,
  alwaysDeadline: false,
  read: (text) => [...readClockTimes(text), ...readOffsetClockTimes(text), ...readWordClockTimes(text), ...readOtherClockTimes(text)],
  examples: {
    match: ["3pm", "at 15:30", "1700 hours", "quarter to five", "fourish", "ten past nine"],
    noMatch: ["version 3.2", "2 people", "the 15th floor", "room 1200"],
  },
};

export default family;
