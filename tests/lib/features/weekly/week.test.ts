import { describe, expect, it } from 'vitest';
import { isoWeekKey, pickerWeeks, weekBounds, weekRangeLabel } from '@/lib/features/weekly/week';

describe('ISO weeks in the home zone', () => {
  it('names the week of an instant in the user’s zone', () => {
    // Sunday 23:30 in New York is already Monday in UTC: a different ISO week.
    const instant = Date.parse('2026-11-30T04:30:00Z');
    expect(isoWeekKey(instant, 'America/New_York')).toBe('2026-W48');
    expect(isoWeekKey(instant, 'UTC')).toBe('2026-W49');
  });

  it('handles the week that belongs to the next ISO year', () => {
    expect(isoWeekKey(Date.parse('2026-12-31T12:00:00Z'), 'UTC')).toBe('2026-W53');
    expect(isoWeekKey(Date.parse('2027-01-04T12:00:00Z'), 'UTC')).toBe('2027-W01');
  });

  it('gives the bounds from Monday midnight to Monday midnight local time', () => {
    const { start, end } = weekBounds('2026-W48', 'Europe/Berlin');
    expect(new Date(start).toISOString()).toBe('2026-11-22T23:00:00.000Z');
    expect(new Date(end).toISOString()).toBe('2026-11-29T23:00:00.000Z');
    expect(weekRangeLabel('2026-W48', 'Europe/Berlin')).toBe('Nov 23 – Nov 29, 2026');
    expect(() => weekBounds('2026-48', 'UTC')).toThrow(/ISO week/);
  });
});

describe('the week picker', () => {
  it('offers only ISO weeks, newest first, each once', () => {
    expect(pickerWeeks('2026-W49', '2026-W48', ['2026-W48', '2026-48', 'week 47', '2025-W52', '', '2026-W5'])).toEqual([
      '2026-W49',
      '2026-W48',
      '2025-W52',
    ]);
  });
});
