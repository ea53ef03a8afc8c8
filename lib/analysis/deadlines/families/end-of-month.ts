/** End of month / year: EOM, end of (the/this/next) month, EOY → the end of the recipient's last working day of that month or year. */
import { scan, type Reading } from '../reading';
import type { Family } from '../family';

const PATTERN = /\b(?:(EOM|EOY)|(?:the\s+)?end\s+of\s+(?:the\s+)?(this|current|next|coming|last|past|previous)?\s*(month|year))\b/gi;

const OFFSETS: Record<string, number> = { this: 0, current: 0, next: 1, coming: 1, last: -1, past: -1, previous: -1 };

export function readEndOfMonth(text: string): Reading[] {
  return scan(text, PATTERN, (m) => {
    const unit = m[1] ? (m[1].toUpperCase() === 'EOM' ? 'month' : 'year') : (m[3] ?? 'month').toLowerCase();
    const offset = OFFSETS[m[2]?.toLowerCase() ?? 'this'] ?? 0;
    return {
      start: m.index,
      end: m.index + m[0].length,
      family: 'end-of-month',
      date: unit === 'year' ? { kind: 'year', offset, part: 'end' } : { kind: 'month', offset, part: 'end' },
      time: { kind: 'anchor', anchor: 'end-of-day' },
    };
  });
}

const family: Family = {
  id: 'end-of-month',
  description: "EOM, end of (the/this/next) month, EOY → the end of the recipient's last working day of that month or year.",
  rank: 2,
  alwaysDeadline: true,
  read: (text) => readEndOfMonth(text),
  examples: {
    match: ["by EOM", "end of the month", "before the end of next month", "EOY"],
    noMatch: ["this month", "the month ended well", "end of week"],
  },
};

export default family;
