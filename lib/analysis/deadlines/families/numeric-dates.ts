/**
 * Numeric dates: 30/11, 11/30/2026, 2026-11-30. Day/month order follows the sender's locale; when
 * both orders are possible (03/04) the reading is flagged ambiguous so the hint spells the date out.
 */
import { scan, type Reading } from '../reading';
import type { Family } from '../family';

const MONTH_FIRST_LOCALES = /^en(-(US|CA|PH))?$/i;

const ISO = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g;
const SLASHED = /\b(\d{1,2})\s?([/-])\s?(\d{1,2})(?:\2(\d{4}|\d{2}))?\b(?![/:-]\d)/g;

export function monthFirst(locale: string | undefined): boolean {
  return MONTH_FIRST_LOCALES.test(locale ?? 'en-US');
}

export function readNumericDates(text: string, locale?: string): Reading[] {
  const iso = scan(text, ISO, (m) => {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
    return { start: m.index, end: m.index + m[0].length, family: 'numeric-dates', date: { kind: 'calendar', day, month, year } };
  });
  const slashed = scan(text, SLASHED, (m) => {
    const a = Number(m[1]);
    const b = Number(m[3]);
    let [month, day] = monthFirst(locale) ? [a, b] : [b, a];
    if (month > 12 && day <= 12) [month, day] = [day, month];
    if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
    // "1-2" is more often a range than a date; a dash needs a year or a day above 12.
    if (m[2] === '-' && !m[4] && a <= 12 && b <= 12) return undefined;
    // Two-digit years: 00–49 are 20xx, 50–99 are 19xx.
    const year = m[4] ? (m[4].length === 2 ? (Number(m[4]) < 50 ? 2000 : 1900) + Number(m[4]) : Number(m[4])) : undefined;
    const ambiguous = a <= 12 && b <= 12 && a !== b ? `numeric date read ${monthFirst(locale) ? 'month/day' : 'day/month'}` : undefined;
    return {
      start: m.index,
      end: m.index + m[0].length,
      family: 'numeric-dates',
      date: { kind: 'calendar', day, month, ...(year ? { year } : {}), ...(ambiguous ? { ambiguous, swappable: true } : {}) },
    };
  });
  return [...iso, ...slashed];
}

const family: Family = {
  id: 'numeric-dates',
  description: "30/11, 11/30/2026, 2026-11-30 → a calendar date; day/month order follows the sender's locale.",
  rank: 10,
  alwaysDeadline: false,
  read: (text, options) => readNumericDates(text, options.locale),
  examples: {
    match: ["12/9", "11/30/2026", "2026-11-30"],
    noMatch: ["version 1.2", "a 3-2 win", "50/50"],
  },
};

export default family;
