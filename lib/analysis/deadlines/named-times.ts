/** Named times: noon, midday, lunch → 12:00; afternoon → 13:00; evening, tonight → 18:00 (always outside hours); midnight. */
import { scan, type Reading, type TimeSpec } from './reading';

const PATTERN = /\b(?:(?:at\s+)?(noon|midday|lunch\s*time|lunch|midnight)|(?:in\s+the\s+|this\s+)?(afternoon|evening)|(tonight|tonite)|(last\s+night|yesterday\s+evening))\b/gi;

function named(word: string): TimeSpec {
  switch (word.replace(/\s+/g, '')) {
    case 'noon':
    case 'midday':
      return { kind: 'named', hour: 12, minute: 0 };
    case 'lunch':
    case 'lunchtime':
      return { kind: 'named', hour: 12, minute: 0, period: [12, 14] };
    case 'midnight':
      return { kind: 'named', hour: 24, minute: 0, outsideHours: true };
    case 'afternoon':
      return { kind: 'named', hour: 13, minute: 0, period: [12, 19] };
    default:
      return { kind: 'named', hour: 18, minute: 0, period: [18, 24], outsideHours: true };
  }
}

export function readNamedTimes(text: string): Reading[] {
  return scan(text, PATTERN, (m) => {
    const word = (m[1] ?? m[2] ?? m[3] ?? (m[4] ? 'evening' : '')).toLowerCase();
    const reading: Omit<Reading, 'own'> = { start: m.index, end: m.index + m[0].length, family: 'named-times', time: named(word) };
    // "this evening" / "tonight" also say which day.
    if (m[3] || /^this\s/i.test(m[0])) reading.date = { kind: 'relative-day', days: 0 };
    if (m[4]) reading.date = { kind: 'relative-day', days: -1 };
    return reading;
  });
}
