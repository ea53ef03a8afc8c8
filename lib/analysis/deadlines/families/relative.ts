/** Relative times: in 2 hours, within 24 hours, in 3 days, 2 weeks from now → now plus the duration. */
import { NUMBER_WORD_PATTERN, readNumber, scan, type DurationUnit, type Reading } from '../reading';
import type { Family } from '../family';

const AMOUNT = String.raw`(\d+(?:\.\d+)?|\d+\/\d+|${NUMBER_WORD_PATTERN})`;
const UNIT = String.raw`(seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|wks?|months?|years?|'|")`;
const AND_HALF = String.raw`(\s+and\s+(?:a|an)\s+half)?`;

const PATTERN = new RegExp(
  String.raw`\b(?:(?:in|within)\s+(?:the\s+next\s+)?${AMOUNT}${AND_HALF}\s*(?:more\s+)?${UNIT}|${AMOUNT}${AND_HALF}\s*${UNIT}\s+(from\s+(?:right\s+)?now|from\s+today|hence|ago))(?![a-z])|\bin\s+(?:about\s+)?(half|a\s+quarter|three[\s-]quarters?)\s+(?:of\s+)?an\s+hour\b|\b(?:right\s+now|just\s+now|now|immediately)\b`,
  'gi',
);

/** "two weeks from Monday", "a week from Friday": the duration waits for its date (compose.ts joins them). */
const FROM_DATE = new RegExp(String.raw`\b${AMOUNT}\s+(days?|weeks?|months?|years?)\s+(?:from|after)(?=\s+(?!now\b|today\b|right\b|hence\b)(?:the\s+|next\s+|this\s+)?[a-z0-9])`, 'gi');

function unitOf(word: string): DurationUnit | undefined {
  const w = word.toLowerCase();
  if (w === '"' || w.startsWith('s')) return 'second';
  if (w === "'" || w.startsWith('mi')) return 'minute';
  if (w.startsWith('h')) return 'hour';
  if (w.startsWith('d')) return 'day';
  if (w.startsWith('w')) return 'week';
  if (w.startsWith('mo')) return 'month';
  if (w.startsWith('y')) return 'year';
  return undefined;
}

export function readRelative(text: string): Reading[] {
  const fromDate = scan(text, FROM_DATE, (m) => {
    // "for 10 days from 18th Dec" is a length of time starting then.
    if (/\bfor\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index))) return undefined;
    const amount = readNumber(m[1] ?? '');
    const unit = unitOf(m[2] ?? '');
    if (amount === undefined || !Number.isInteger(amount) || !unit) return undefined;
    return { start: m.index, end: m.index + m[0].length, family: 'relative', duration: { amount, unit }, from: true, weak: true };
  });
  return [...fromDate, ...readPlain(text)];
}

function readPlain(text: string): Reading[] {
  return scan(text, PATTERN, (m) => {
    if (/^(right\s+now|just\s+now|now|immediately)$/i.test(m[0])) return { start: m.index, end: m.index + m[0].length, family: 'relative', duration: { amount: 0, unit: 'second' } };
    if (m[8]) {
      const minutes = /half/i.test(m[8]) ? 30 : /three/i.test(m[8]) ? 45 : 15;
      return { start: m.index, end: m.index + m[0].length, family: 'relative', duration: { amount: minutes, unit: 'minute' } };
    }
    const amount = readNumber(m[1] ?? m[4] ?? '');
    const unit = unitOf(m[3] ?? m[6] ?? '');
    if (amount === undefined || !unit) return undefined;
    const half = m[2] ?? m[5] ? 0.5 : 0;
    const sign = /ago$/i.test(m[7] ?? '') ? -1 : 1;
    return { start: m.index, end: m.index + m[0].length, family: 'relative', duration: { amount: sign * (amount + half), unit } };
  });
}

const family: Family = {
  id: 'relative',
  description: "in 2 hours, within 24 hours, ten days from now, two weeks from Monday → now (or the day) plus the duration.",
  rank: 7,
  alwaysDeadline: false,
  read: (text) => readRelative(text),
  examples: {
    match: ["in 2 hours", "within 24 hours", "ten days from now", "two weeks from Monday"],
    noMatch: ["2 hours of work", "a 3-day workshop", "for ten days"],
  },
};

export default family;
