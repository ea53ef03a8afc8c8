/** No time at all: ASAP, soon, when you can, at your earliest convenience … → a vague deadline with concrete choices. */
import { scan, type Reading } from '../reading';
import type { Family } from '../family';

const PATTERN =
  /\b(?:ASAP|a\.s\.a\.p\.?|as\s+soon\s+as\s+(?:possible|you\s+can)|(?:sometime\s+|some\s+time\s+)?soon(?:ish)?|when(?:ever)?\s+you\s+(?:can|have\s+(?:a\s+)?(?:minute|moment|sec(?:ond)?|time)|get\s+(?:a\s+)?(?:chance|moment|minute|sec(?:ond)?))|at\s+your\s+(?:earliest\s+)?convenience|whenever|urgently|at\s+some\s+point|when\s+possible)\b/gi;

export function readVague(text: string): Reading[] {
  return scan(text, PATTERN, (m) => ({ start: m.index, end: m.index + m[0].length, family: 'vague', vague: true }));
}

const family: Family = {
  id: 'vague',
  description: "No time at all: ASAP, soon, when you can, at your earliest convenience → a vague deadline with concrete choices.",
  rank: 1,
  alwaysDeadline: true,
  read: (text) => readVague(text),
  examples: {
    match: ["Send it ASAP.", "Let me know soon.", "Review it when you get a chance.", "at your earliest convenience"],
    noMatch: ["Sooner or later we move.", "The reasonable option.", "Thanks, that was fast!"],
  },
};

export default family;
