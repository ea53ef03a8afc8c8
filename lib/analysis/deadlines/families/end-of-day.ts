/** End of day: EOD, COB, EOB, end of (the) day, close of business, end of business → the end of the recipient's working day. */
import { scan, type Reading } from '../reading';
import type { Family } from '../family';

const PATTERN = /\b(?:EOD|COB|EOB|CoB|end[- ]of[- ](?:the\s+)?(?:business\s+|working\s+|work\s+)?day|close\s+of\s+(?:business|play)(?:\s+day)?|end\s+of\s+(?:business|play))\b|\bend\s+of\s+(today|tomorrow)\b/gi;

export function readEndOfDay(text: string): Reading[] {
  return scan(text, PATTERN, (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    family: 'end-of-day',
    time: { kind: 'anchor', anchor: 'end-of-day' },
    ...(m[1] ? { date: { kind: 'relative-day', days: m[1].toLowerCase() === 'tomorrow' ? 1 : 0 } } : {}),
  }));
}

const family: Family = {
  id: 'end-of-day',
  description: "EOD, COB, EOB, end of (the) day, close of business → the end of the recipient's working day.",
  rank: 4,
  alwaysDeadline: true,
  read: (text) => readEndOfDay(text),
  examples: {
    match: ["by EOD", "COB Thursday", "close of business", "end of day tomorrow"],
    noMatch: ["at the end of the road", "a daily standup", "codebase"],
  },
};

export default family;
