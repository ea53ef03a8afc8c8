/** Calendar dates with a month name or an ordinal: "Nov 30", "30 November 2026", "the 15th". Read in the sender's calendar. */
import { daysInMonth } from '../civil';
import { MONTH_NAMES, scan, type Reading } from '../reading';
import type { Family } from '../family';

const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:,?\s+(\d{4}))?`;

const MONTH_DAY = new RegExp(String.raw`\b${MONTH}\s+(?:the\s+)?${DAY}\b${YEAR}`, 'gi');
const DAY_MONTH = new RegExp(String.raw`\b(?:the\s+)?${DAY}\s+(?:of\s+)?${MONTH}(?![a-z])${YEAR}`, 'gi');
const OF_MONTH = /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+of\s+(?:the\s+)?(this|current|next|coming|following|last|previous)\s+month\b/gi;
const MONTH_OFFSETS: Record<string, number> = { this: 0, current: 0, next: 1, coming: 1, following: 1, last: -1, previous: -1 };
const ORDINAL = /\b(?:the\s+)(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[a-z]{3})/gi;

/** "13 to 15 July", "from the 13th to 15th of July", "1-8 september", "July 13 to 15": a range of days in one month. */
const DAY_RANGE = new RegExp(
  String.raw`\b(?:(?:the\s+)?${DAY}\s*(?:-|–|to|till|until|untill|through|thru)\s*(?:the\s+)?${DAY}\s+(?:of\s+)?${MONTH}(?![a-z])|${MONTH}\s+(?:the\s+)?${DAY}\s*(?:-|–|to|till|until|untill|through|thru)\s*(?:the\s+)?${DAY}\b(?![:.]\d))${YEAR}`,
  'gi',
);

/** "Tue 8th", "Thursday the 3rd": an ordinal right after a weekday name (the weekday is day-words'). */
const WEEKDAY_ORDINAL = /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+((?:the\s+)?(\d{1,2})(?:st|nd|rd|th))\b(?!\s+(?:of\s+)?[a-z]{3})/gi;

const MONTH_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function valid(day: number, month?: number): boolean {
  return day >= 1 && day <= 31 && (month === undefined || (month >= 1 && month <= 12));
}

/** Why day/month(/year) is no date ("April has 30 days"), or undefined. Feb 29 without a year is allowed (a leap year comes). */
export function impossibleDate(day: number, month: number, year?: number): string | undefined {
  const days = daysInMonth(year ?? 2024, month);
  if (day <= days) return undefined;
  const name = MONTH_LONG[month - 1] ?? String(month);
  return month === 2 && day === 29 ? `${year} is not a leap year: February ${year} has 28 days` : `${name} has ${days} days: there is no ${name} ${day}`;
}

function calendar(m: RegExpExecArray, day: number, month: number, year: string | undefined): Omit<Reading, 'own'> {
  const invalid = impossibleDate(day, month, year ? Number(year) : undefined);
  return {
    start: m.index,
    end: m.index + m[0].length,
    family: 'calendar-dates',
    date: { kind: 'calendar', day, month, ...(year ? { year: Number(year) } : {}) },
    ...(invalid ? { invalid } : {}),
  };
}

export function readCalendarDates(text: string): Reading[] {
  const monthDay = scan(text, MONTH_DAY, (m) => {
    const month = MONTH_NAMES[(m[1] ?? '').toLowerCase().replace('.', '')] ?? MONTH_NAMES[(m[1] ?? '').toLowerCase().slice(0, 3)];
    const day = Number(m[2]);
    if (!month || !valid(day, month)) return undefined;
    // "may 5" is a month only when it is not the verb: require a capital M for "may".
    if ((m[1] ?? '').toLowerCase() === 'may' && m[1] === 'may') return undefined;
    return calendar(m, day, month, m[3]);
  });
  const dayMonth = scan(text, DAY_MONTH, (m) => {
    const month = MONTH_NAMES[(m[2] ?? '').toLowerCase().replace('.', '')] ?? MONTH_NAMES[(m[2] ?? '').toLowerCase().slice(0, 3)];
    const day = Number(m[1]);
    if (!month || !valid(day, month)) return undefined;
    return calendar(m, day, month, m[3]);
  });
  const ordinal = scan(text, ORDINAL, (m) => {
    const day = Number(m[1]);
    return valid(day) ? { start: m.index, end: m.index + m[0].length, family: 'calendar-dates', date: { kind: 'calendar', day } } : undefined;
  });
  const ofMonth = scan(text, OF_MONTH, (m) => {
    const day = Number(m[1]);
    if (!valid(day)) return undefined;
    return { start: m.index, end: m.index + m[0].length, family: 'calendar-dates', date: { kind: 'day-of-month', day, offset: MONTH_OFFSETS[(m[2] ?? '').toLowerCase()] ?? 0 } };
  });
  const ranges = scan(text, DAY_RANGE, (m) => {
    const monthWord = (m[3] ?? m[4] ?? '').toLowerCase().replace('.', '');
    const month = MONTH_NAMES[monthWord] ?? MONTH_NAMES[monthWord.slice(0, 3)];
    const from = Number(m[1] ?? m[5]);
    const to = Number(m[2] ?? m[6]);
    if (!month || !valid(from, month) || !valid(to, month) || to <= from) return undefined;
    if (m[4] === 'may') return undefined;
    const year = m[7] ? Number(m[7]) : undefined;
    const span = { start: m.index, end: m.index + m[0].length, family: 'calendar-dates' };
    const until: Reading = { ...span, own: true, date: { kind: 'calendar', day: to, month, ...(year ? { year } : {}) } };
    return { ...span, date: { kind: 'calendar', day: from, month, ...(year ? { year } : {}) }, until };
  });
  const afterWeekday = scan(text, WEEKDAY_ORDINAL, (m) => {
    const day = Number(m[2]);
    const start = m.index + m[0].lastIndexOf(m[1] ?? '');
    return valid(day) ? { start, end: m.index + m[0].length, family: 'calendar-dates', date: { kind: 'calendar', day } } : undefined;
  });
  return [...monthDay, ...dayMonth, ...ordinal, ...ofMonth, ...afterWeekday, ...ranges];
}

const family: Family = {
  id: 'calendar-dates',
  description: "Nov 30, 30 November 2026, the 15th, Tue 8th → a calendar date in the sender's calendar; an impossible date is an error.",
  rank: 9,
  alwaysDeadline: false,
  read: (text) => readCalendarDates(text),
  examples: {
    match: ["Nov 30", "30 November 2026", "the 15th", "Tue 8th", "April 31"],
    noMatch: ["November was cold", "the 15 people", "may 5 people come"],
  },
};

export default family;
