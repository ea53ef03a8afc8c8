/** Calendar dates with a month name or an ordinal: "Nov 30", "30 November 2026", "the 15th". Read in the sender's calendar. */
import { MONTH_NAMES, scan, type Reading } from './reading';

const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:,?\s+(\d{4}))?`;

const MONTH_DAY = new RegExp(String.raw`\b${MONTH}\s+(?:the\s+)?${DAY}\b${YEAR}`, 'gi');
const DAY_MONTH = new RegExp(String.raw`\b(?:the\s+)?${DAY}\s+(?:of\s+)?${MONTH}(?![a-z])${YEAR}`, 'gi');
const OF_MONTH = /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+of\s+(?:the\s+)?(this|current|next|coming|following|last|previous)\s+month\b/gi;
const MONTH_OFFSETS: Record<string, number> = { this: 0, current: 0, next: 1, coming: 1, following: 1, last: -1, previous: -1 };
const ORDINAL = /\b(?:the\s+)(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[a-z]{3})/gi;

function valid(day: number, month?: number): boolean {
  return day >= 1 && day <= 31 && (month === undefined || (month >= 1 && month <= 12));
}

export function readCalendarDates(text: string): Reading[] {
  const monthDay = scan(text, MONTH_DAY, (m) => {
    const month = MONTH_NAMES[(m[1] ?? '').toLowerCase().replace('.', '')] ?? MONTH_NAMES[(m[1] ?? '').toLowerCase().slice(0, 3)];
    const day = Number(m[2]);
    if (!month || !valid(day, month)) return undefined;
    // "may 5" is a month only when it is not the verb: require a capital M for "may".
    if ((m[1] ?? '').toLowerCase() === 'may' && m[1] === 'may') return undefined;
    return { start: m.index, end: m.index + m[0].length, family: 'calendar-dates', date: { kind: 'calendar', day, month, ...(m[3] ? { year: Number(m[3]) } : {}) } };
  });
  const dayMonth = scan(text, DAY_MONTH, (m) => {
    const month = MONTH_NAMES[(m[2] ?? '').toLowerCase().replace('.', '')] ?? MONTH_NAMES[(m[2] ?? '').toLowerCase().slice(0, 3)];
    const day = Number(m[1]);
    if (!month || !valid(day, month)) return undefined;
    return { start: m.index, end: m.index + m[0].length, family: 'calendar-dates', date: { kind: 'calendar', day, month, ...(m[3] ? { year: Number(m[3]) } : {}) } };
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
  return [...monthDay, ...dayMonth, ...ordinal, ...ofMonth];
}
