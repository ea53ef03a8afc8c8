/** Named times: noon, midday, lunch → 12:00; afternoon → 13:00; evening, tonight → 18:00 (always outside hours); midnight. */
import { scan, WEEKDAY_NAMES, type Reading, type TimeSpec } from '../reading';
import type { Family } from '../family';

const PATTERN =
  /\b(?:(?:at\s+)?(?:12\s+)?(noon|midday|lunch\s*time|lunch|midnight)|(?:in\s+the\s+|this\s+)?(afternoon|evening)|(tonight|tonite)|(last\s+night|yesterday\s+evening)|(tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+night)\b/gi;

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
    const word = (m[1] ?? m[2] ?? m[3] ?? (m[4] || m[5] ? 'evening' : '')).toLowerCase();
    const reading: Omit<Reading, 'own'> = { start: m.index, end: m.index + m[0].length, family: 'named-times', time: named(word) };
    // "this evening" / "tonight" also say which day.
    if (m[3] || /^this\s/i.test(m[0])) reading.date = { kind: 'relative-day', days: 0 };
    if (m[4]) reading.date = { kind: 'relative-day', days: -1 };
    // "tomorrow night", "Friday night": the evening of that day.
    const day = m[5]?.toLowerCase();
    if (day === 'tomorrow') reading.date = { kind: 'relative-day', days: 1 };
    else if (day) reading.date = { kind: 'weekday', weekday: WEEKDAY_NAMES[day]!, modifier: 'bare' };
    return reading;
  });
}

const family: Family = {
  id: 'named-times',
  description: "noon, midday, lunch → 12:00; afternoon → 13:00; evening, tonight → 18:00 (outside hours); midnight; tomorrow night.",
  rank: 6,
  alwaysDeadline: false,
  read: (text) => readNamedTimes(text),
  examples: {
    match: ["by noon", "this evening", "tonight", "12 noon", "tomorrow night"],
    noMatch: ["a nightly build", "the lunchbox", "good nights"],
  },
};

export default family;
