import { describe, expect, it } from 'vitest';
import { findDeadlines, parseTimes } from '@/lib/analysis/deadlines';
import { NOW, NY, OPTS, longest, valueOf, wall } from './helpers';

describe('calendar-dates', () => {
  it.each([
    ['Nov 30', wall(NY, 2026, 11, 30)],
    ['30 November 2026', wall(NY, 2026, 11, 30)],
    ['the 15th', wall(NY, 2026, 12, 15)],
    // Dec 8 2026 is a Tuesday, Dec 3 a Thursday: the weekday picks the month.
    ['Tue 8th', wall(NY, 2026, 12, 8)],
    ['Thursday the 3rd', wall(NY, 2026, 12, 3)],
    // Jan 8 2027 is a Friday (Dec 8 is not): the next 8th that is a Friday.
    ['Fri 8th', wall(NY, 2027, 1, 8)],
  ])('"%s"', (text, expected) => {
    expect(valueOf(text)).toBe(expected);
  });

  it('reads a range of days in one month', () => {
    const m = longest('from 13th to 15th July');
    expect(Date.parse(m.value)).toBe(wall(NY, 2027, 7, 13));
    expect(Date.parse(m.valueEnd!)).toBe(wall(NY, 2027, 7, 15));
  });

  it('"April 31" is an error to show, never the next valid day', () => {
    expect(parseTimes('Send it by April 31', OPTS)).toEqual([]);
    const [d, ...rest] = findDeadlines('Send it by April 31', { now: NOW, sender: { timeZone: NY }, recipients: [{ name: 'Ana', timeZone: 'Europe/Berlin' }], host: 'cli' });
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ kind: 'invalid', text: 'by April 31' });
    expect(d?.due).toBeUndefined();
    expect(d?.warnings[0]).toMatchObject({ code: 'invalid-date', message: expect.stringContaining('April has 30 days') });
    expect(findDeadlines('Due Feb 29, 2027.', { now: NOW, sender: { timeZone: NY }, recipients: [], host: 'cli' })[0]?.kind).toBe('invalid');
  });
});
