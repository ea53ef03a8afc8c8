/**
 * Periods: this/next/last week, month, quarter, year; "next 3 days", "last 2 weeks"; the beginning,
 * middle or end of a month ("early March", "end of April", "beginning of next week").
 */
import { MONTH_NAMES, NUMBER_WORD_PATTERN, readNumber, scan, type DateSpec, type DurationUnit, type Reading } from '../reading';
import type { Family } from '../family';

const OFFSETS: Record<string, number> = { this: 0, current: 0, the: 0, next: 1, coming: 1, upcoming: 1, following: 1, last: -1, past: -1, previous: -1 };
const MONTH = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)`;

const THIS_NEXT = /\b(this|current|next|coming|upcoming|following|last|past|previous)\s+(week|month|quarter|qtr|year)\b/gi;
const SPAN = new RegExp(
  String.raw`\b(?:(next|last|past|upcoming|coming)\s+(\d+|${NUMBER_WORD_PATTERN})|(\d+|${NUMBER_WORD_PATTERN})\s+(upcoming|coming|next|past|last))\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\b`,
  'gi',
);
const WEEKEND = /(?<!\bby\s)\b(this|next|coming|the|over\s+the)\s+week-?end\b/gi;
const EDGE_OF_WEEK = /\b(?:the\s+)?(beginning|start)\s+of\s+(?:the\s+)?(this|current|next|coming|last|past|previous)?\s*week\b/gi;
const EDGE_OF_MONTH = new RegExp(String.raw`\b(?:(?:the\s+)?(beginning|start|end|middle)\s+of\s+|(early|mid|late)[\s-]+)${MONTH}\b(?:\s+(\d{4}))?`, 'gi');
const START_OF = /\b(?:the\s+)?(beginning|start)\s+of\s+(?:the\s+)?(this|current|next|coming|last|past|previous)?\s*(month|year)\b/gi;

function unitOf(word: string): DurationUnit {
  const w = word.toLowerCase();
  if (w.startsWith('s')) return 'second';
  if (w.startsWith('mi')) return 'minute';
  if (w.startsWith('h')) return 'hour';
  if (w.startsWith('d')) return 'day';
  if (w.startsWith('w')) return 'week';
  if (w.startsWith('mo')) return 'month';
  return 'year';
}

function found(m: RegExpExecArray, date: DateSpec): Omit<Reading, 'own'> {
  return { start: m.index, end: m.index + m[0].length, family: 'period-words', date };
}

export function readPeriodWords(text: string): Reading[] {
  return [
    ...scan(text, THIS_NEXT, (m) => {
      const offset = OFFSETS[(m[1] ?? '').toLowerCase()] ?? 0;
      const unit = (m[2] ?? '').toLowerCase();
      if (unit === 'week') return found(m, { kind: 'week', offset, part: 'whole' });
      if (unit === 'month') return found(m, { kind: 'month', offset, part: 'whole' });
      if (unit === 'year') return found(m, { kind: 'year', offset, part: 'whole' });
      return found(m, { kind: 'quarter', offset });
    }),
    ...scan(text, SPAN, (m) => {
      const amount = readNumber(m[2] ?? m[3] ?? '');
      if (!amount) return undefined;
      const direction = /last|past/i.test(m[1] ?? m[4] ?? '') ? -1 : 1;
      return found(m, { kind: 'span', unit: unitOf(m[5] ?? ''), amount, direction });
    }),
    ...scan(text, WEEKEND, (m) => found(m, { kind: 'weekend', offset: /next|coming/i.test(m[1] ?? '') ? 1 : 0 })),
    ...scan(text, EDGE_OF_WEEK, (m) => found(m, { kind: 'week', offset: OFFSETS[(m[2] ?? 'this').toLowerCase()] ?? 0, part: 'start' })),
    ...scan(text, START_OF, (m) => {
      const offset = OFFSETS[(m[2] ?? 'this').toLowerCase()] ?? 0;
      return found(m, (m[3] ?? '').toLowerCase() === 'year' ? { kind: 'year', offset, part: 'start' } : { kind: 'month', offset, part: 'start' });
    }),
    ...scan(text, EDGE_OF_MONTH, (m) => {
      const month = MONTH_NAMES[(m[3] ?? '').toLowerCase()];
      if (!month) return undefined;
      const edge = (m[1] ?? m[2] ?? '').toLowerCase();
      const part = edge === 'end' || edge === 'late' ? 'end' : edge === 'middle' || edge === 'mid' ? 'mid' : 'start';
      return found(m, { kind: 'month', offset: 0, month, ...(m[4] ? { year: Number(m[4]) } : {}), part });
    }),
  ];
}

const family: Family = {
  id: 'period-words',
  description: "this/next week, month, quarter; next 3 days; this weekend; early March → a span of days.",
  rank: 11,
  alwaysDeadline: false,
  read: (text) => readPeriodWords(text),
  examples: {
    match: ["next week", "this quarter", "early March", "this weekend"],
    noMatch: ["weekly", "a period of time", "quarterly numbers"],
  },
};

export default family;
