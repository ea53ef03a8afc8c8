/** Day words: today, tomorrow, yesterday, weekday names with this/next/last/on. Read in the sender's calendar. */
import { scan, WEEKDAY_NAMES, type Reading } from './reading';

const RELATIVE = /\b(?:(?:the\s+)?(day\s+after\s+tomorrow|day\s+before\s+yesterday)|(today|tomorrows?|tmrw|tmr|yesterday))\b/gi;

const RELATIVE_DAYS: Record<string, number> = {
  today: 0, tomorrow: 1, tomorrows: 1, tmrw: 1, tmr: 1, yesterday: -1,
};

// Full names in any case; short forms only when capitalised or unmistakable ("sat", "sun", "wed", "mon" are words too).
const WEEKDAY = /\b(?:(this|next|last|coming|on|upcoming)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues?|thurs?|thu|fri|Mon|Wed|Sat|Sun)\b(\s+after\s+next\b)?\.?/gi;
const SHORT_WORDS = new Set(['mon', 'wed', 'sat', 'sun']);

export function readDayWords(text: string): Reading[] {
  const relative = scan(text, RELATIVE, (m) => {
    const word = (m[1] ?? m[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const days = word === 'day after tomorrow' ? 2 : word === 'day before yesterday' ? -2 : (RELATIVE_DAYS[word] ?? 0);
    return { start: m.index, end: m.index + m[0].length, family: 'day-words', date: { kind: 'relative-day', days } };
  });
  const weekdays = scan(text, WEEKDAY, (m) => {
    const name = m[2] ?? '';
    if (SHORT_WORDS.has(name) && !m[1]) return undefined;
    const weekday = WEEKDAY_NAMES[name.toLowerCase()];
    if (!weekday) return undefined;
    const word = m[1]?.toLowerCase();
    const modifier = m[3] ? 'after-next' : word === 'next' ? 'next' : word === 'last' ? 'last' : word === 'this' ? 'this' : 'bare';
    const end = m.index + m[0].length - (m[0].endsWith('.') ? 1 : 0);
    return { start: m.index, end, family: 'day-words', date: { kind: 'weekday', weekday, modifier } };
  });
  return [...relative, ...weekdays];
}
