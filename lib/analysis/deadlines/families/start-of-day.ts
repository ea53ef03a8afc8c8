/** Start of day: SOD, first thing, start of (the) day, (tomorrow) morning → the start of the recipient's working day. */
import { scan, type Reading } from '../reading';
import type { Family } from '../family';

const PATTERN = /\b(?:SOD|(?<!\bthe\s)first\s+thing(?:\s+in\s+the\s+morning)?|(?:start|beginning)\s+of\s+(?:the\s+)?(?:business\s+|working\s+)?day|(?:in\s+the\s+)?morning)\b/gi;

export function readStartOfDay(text: string): Reading[] {
  return scan(text, PATTERN, (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    family: 'start-of-day',
    time: { kind: 'anchor', anchor: 'start-of-day', ...(/morning/i.test(m[0]) && !/first/i.test(m[0]) ? { period: [0, 12] as [number, number] } : {}) },
  }));
}

const family: Family = {
  id: 'start-of-day',
  description: "SOD, first thing, start of (the) day, (tomorrow) morning → the start of the recipient's working day.",
  rank: 5,
  alwaysDeadline: false,
  read: (text) => readStartOfDay(text),
  examples: {
    match: ["first thing tomorrow", "SOD", "start of the day", "in the morning"],
    noMatch: ["the first thing I noticed", "mornings are slow", "a start-up"],
  },
};

export default family;
