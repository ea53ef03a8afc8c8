import { describe, expect, it } from 'vitest';
import { findDeadlines, parseTimes } from '@/lib/analysis/deadlines';
import { NOW, NY, OPTS, valueOf, wall } from './helpers';

describe('day-words', () => {
  it.each([
    ['tomorrow', wall(NY, 2026, 11, 24)],
    ['Friday', wall(NY, 2026, 11, 27)],
    ['the Tuesday of next week', wall(NY, 2026, 12, 1)],
    ['Thursday next week', wall(NY, 2026, 12, 3)],
    ['previous Monday', wall(NY, 2026, 11, 16)],
    ['this past Wednesday', wall(NY, 2026, 11, 18)],
    // Sep 1 2027 is a Wednesday; Dec 31 2026 a Thursday; Oct 1 2027 a Friday.
    ['third Tuesday of September 2027', wall(NY, 2027, 9, 21)],
    ['the last Friday of next month', wall(NY, 2026, 12, 25)],
    ['first Tuesday of October', wall(NY, 2027, 10, 5)],
  ])('"%s"', (text, expected) => {
    expect(valueOf(text)).toBe(expected);
  });

  it('"this past Wednesday" is the most recent Wednesday, also late in the week', () => {
    const saturday = Date.parse('2026-11-28T15:00:00Z');
    expect(valueOf('this past Wednesday', { ...OPTS, now: saturday })).toBe(wall(NY, 2026, 11, 25));
  });

  it('past references are not deadlines', () => {
    const ctx = { now: NOW, sender: { timeZone: NY }, recipients: [], host: 'cli' as const };
    expect(findDeadlines('Can you send the notes from this past Wednesday?', ctx)).toEqual([]);
    expect(findDeadlines('Please redo what we did previous Monday.', ctx)).toEqual([]);
  });

  it.each(['Dr. Friday will call you.', 'Please finish the Black Friday banner.', 'Can you send the Cyber Monday email?', 'Ask Mr Monday, please.'])(
    'a day word inside a name is no time: %s',
    (text) => {
      expect(parseTimes(text, OPTS)).toEqual([]);
      expect(findDeadlines(text, { now: NOW, sender: { timeZone: NY }, recipients: [], host: 'cli' })).toEqual([]);
    },
  );

  it('the name does not hide a real day beside it', () => {
    const found = parseTimes('Please finish the Black Friday banner by Tuesday.', OPTS);
    expect(found.map((m) => m.text)).toEqual(['Tuesday']);
    expect(Date.parse(found[0]!.value)).toBe(wall(NY, 2026, 11, 24));
  });
});
