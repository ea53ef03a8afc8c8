/** End of week: EOW, end of (the/this/next) week, by the weekend → the end of the recipient's last working day of that week. */
import { scan, type Reading } from '../reading';
import type { Family } from '../family';

const PATTERN = /\b(?:EOW|(?:the\s+)?end\s+of\s+(?:the\s+)?(this|current|next|coming|last|past|previous)?\s*(?:work\s*)?week)\b|(?<=\bby\s+)the\s+weekend\b/gi;

const OFFSETS: Record<string, number> = { this: 0, current: 0, next: 1, coming: 1, last: -1, past: -1, previous: -1 };

export function readEndOfWeek(text: string): Reading[] {
  return scan(text, PATTERN, (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    family: 'end-of-week',
    date: { kind: 'week', offset: OFFSETS[m[1]?.toLowerCase() ?? 'this'] ?? 0, part: 'end' },
    time: { kind: 'anchor', anchor: 'end-of-day' },
  }));
}

const family: Family = {
  id: 'end-of-week',
  description: "EOW, end of (the/this/next) week, by the weekend → the end of the recipient's last working day of that week.",
  rank: 3,
  alwaysDeadline: true,
  read: (text) => readEndOfWeek(text),
  examples: {
    match: ["by EOW", "end of this week", "by the weekend", "end of next week"],
    noMatch: ["this weekend", "next week", "a weekly sync"],
  },
};

export default family;
