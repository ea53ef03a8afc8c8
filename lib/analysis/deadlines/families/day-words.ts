/** Day words: today, tomorrow, yesterday, weekday names with this/next/last/on. Read in the sender's calendar. */
import { MONTH_NAMES, scan, WEEKDAY_NAMES, type Reading } from '../reading';
import type { Family } from '../family';

const RELATIVE = /\b(?:(?:the\s+)?(day\s+after\s+tomorrow|day\s+before\s+yesterday)|(today|tomorrows?|tmrw|tmr|yesterday))\b/gi;

const RELATIVE_DAYS: Record<string, number> = {
  today: 0, tomorrow: 1, tomorrows: 1, tmrw: 1, tmr: 1, yesterday: -1,
};

// Full names in any case; short forms only when capitalised or unmistakable ("sat", "sun", "wed", "mon" are words too).
const WEEKDAY =
  /\b(?:(this\s+past|this|next|last|coming|on|upcoming|previous|past)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues?|thurs?|thu|fri|Mon|Wed|Sat|Sun)\b(\s+after\s+next\b)?(?:(?:\s+of)?\s+(this|next|last|the\s+following)\s+week\b)?\.?/gi;
const SHORT_WORDS = new Set(['mon', 'wed', 'sat', 'sun']);

/** Titles before a name: "Dr. Friday", "Mr Monday". */
const TITLE = /\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sir|Miss|Madam|Mme|St)\.?\s+$/;
/** Capitalised words that may stand before a weekday that is a time ("By Friday", "Next Monday", "EOD Friday"). */
const TIME_LEADS = new Set([
  'on', 'by', 'before', 'until', 'till', 'til', 'this', 'next', 'last', 'every', 'each', 'coming', 'due', 'from', 'through', 'thru', 'and', 'or',
  'since', 'after', 'the', 'past', 'previous', 'following', 'upcoming', 'early', 'late', 'starting', 'ending', 'today', 'tomorrow', 'tonight',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'ok', 'okay', 'yes', 'no', 'hi', 'hello', 'hey', 'thanks', 'how', 'what',
  'is', 'are', 'does', 'do', 'can', 'could', 'would', 'will', 'shall', 'should', 'may', 'might', 'maybe', 'perhaps', 'either', 'say', 'latest', 'sure',
  'so', 'then', 'also', 'but', 'until', 'till', 'noon', 'midnight', 'morning', 'evening', 'afternoon', 'also', 'i', 'we', 'let', "let's", 'lets',
]);

/**
 * A weekday that is part of a name: after a title ("Dr. Friday"), after a capitalised word that is
 * not a time word ("Black Friday", "Cyber Monday", "Ash Wednesday"), or before a hyphen that
 * makes it a modifier ("Sunday-school").
 */
export function isInName(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (TITLE.test(before)) return true;
  if (/^-[a-z]/i.test(text.slice(end, end + 2))) return true;
  const word = /([A-Z][A-Za-z'’]*)\s+$/.exec(before);
  if (!word?.[1]) return false;
  if (word[1].length > 1 && word[1] === word[1].toUpperCase()) return false; // "EOD Friday", "ET Monday"
  return !TIME_LEADS.has(word[1].toLowerCase().replace('’', "'"));
}

const MODIFIERS: Record<string, 'bare' | 'this' | 'next' | 'last' | 'past'> = {
  next: 'next', last: 'last', this: 'this', past: 'past', previous: 'past', 'this past': 'past',
};
const WEEK_OFFSETS: Record<string, number> = { this: 0, next: 1, last: -1, 'the following': 1 };

const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5, last: -1, final: -1 };
const NTH_WEEKDAY =
  /\b(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last|final)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\s+(?:of|in)\s+(?:the\s+)?(?:(this|next|last|coming|following)\s+)?(month|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b(?:\s+(\d{4}))?/gi;
const NTH_OFFSETS: Record<string, number> = { this: 0, next: 1, coming: 1, following: 1, last: -1 };

/** "the first Monday of the month", "third Tuesday of September 2027", "last Friday of next month". */
function readNthWeekdays(text: string): Reading[] {
  return scan(text, NTH_WEEKDAY, (m) => {
    const n = ORDINALS[(m[1] ?? '').toLowerCase()];
    const weekday = WEEKDAY_NAMES[(m[2] ?? '').toLowerCase()];
    const unit = (m[4] ?? '').toLowerCase();
    if (n === undefined || !weekday) return undefined;
    const month = unit === 'month' ? undefined : MONTH_NAMES[unit];
    if (unit !== 'month' && !month) return undefined;
    const offset = unit === 'month' ? (NTH_OFFSETS[(m[3] ?? 'this').toLowerCase()] ?? 0) : 0;
    return {
      start: m.index,
      end: m.index + m[0].length,
      family: 'day-words',
      date: { kind: 'nth-weekday', n, weekday, offset, ...(month ? { month } : {}), ...(m[5] ? { year: Number(m[5]) } : {}) },
    };
  });
}

export function readDayWords(text: string): Reading[] {
  const relative = scan(text, RELATIVE, (m) => {
    const word = (m[1] ?? m[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const days = word === 'day after tomorrow' ? 2 : word === 'day before yesterday' ? -2 : (RELATIVE_DAYS[word] ?? 0);
    return { start: m.index, end: m.index + m[0].length, family: 'day-words', date: { kind: 'relative-day', days } };
  });
  const weekdays = scan(text, WEEKDAY, (m) => {
    const name = m[2] ?? '';
    if (SHORT_WORDS.has(name) && !m[1]) return undefined;
    const weekday = WEEKDAY_NAMES[name.toLowerCase()];
    if (!weekday) return undefined;
    const end = m.index + m[0].length - (m[0].endsWith('.') ? 1 : 0);
    const nameStart = m.index + m[0].indexOf(name, m[1]?.length ?? 0);
    // "the Black Friday banner": a name, which also keeps other readers (chrono-node) off it.
    if (!m[1] && isInName(text, nameStart, nameStart + name.length)) return { start: m.index, end: nameStart + name.length, family: 'day-words', name: true };
    const word = m[1]?.toLowerCase().replace(/\s+/g, ' ');
    const modifier = m[3] ? 'after-next' : (MODIFIERS[word ?? ''] ?? 'bare');
    const week = m[4]?.toLowerCase().replace(/\s+/g, ' ');
    const weekOffset = week !== undefined ? WEEK_OFFSETS[week] : undefined;
    return { start: m.index, end, family: 'day-words', date: { kind: 'weekday', weekday, modifier, ...(weekOffset !== undefined ? { weekOffset } : {}) } };
  });
  return [...relative, ...weekdays, ...readNthWeekdays(text)];
}

/** `read` and `blocks` ask for the same text one after the other: read it once. */
let last: { text: string; readings: Reading[] } | undefined;
function lastReading(text: string): Reading[] {
  if (last?.text !== text) last = { text, readings: readDayWords(text) };
  return last.readings;
}

const family: Family = {
  id: 'day-words',
  description: "today, tomorrow, weekday names, the Tuesday of next week, this past Wednesday → a date in the sender's calendar (not inside names such as Black Friday).",
  rank: 12,
  alwaysDeadline: false,
  read: (text) => lastReading(text).filter((r) => !r.name),
  blocks: (text) => lastReading(text).filter((r) => r.name).map(({ start, end }) => ({ start, end })),
  examples: {
    match: ["tomorrow", "Friday", "next Monday", "the Tuesday of next week", "this past Wednesday"],
    noMatch: ["Dr. Friday called", "the Black Friday banner", "the Cyber Monday email", "a Sunday-school teacher"],
  },
};

export default family;
