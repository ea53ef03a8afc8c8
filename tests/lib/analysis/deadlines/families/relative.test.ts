import { describe, expect, it } from 'vitest';
import { NOW, NY, OPTS, valueOf, wall } from './helpers';

describe('relative', () => {
  it.each([
    ['in 2 hours', NOW + 2 * 3_600_000],
    ['ten days from now', wall(NY, 2026, 12, 3, 10)],
    ['two weeks from Monday', wall(NY, 2026, 12, 7)],
    ['a week from Friday', wall(NY, 2026, 12, 4)],
    ['3 days from today at 2pm', wall(NY, 2026, 11, 26, 14)],
  ])('"%s"', (text, expected) => {
    expect(valueOf(text)).toBe(expected);
  });

  it('a duration in years keeps the day of the month', () => {
    expect(valueOf('in 2 years')).toBe(wall(NY, 2028, 11, 23));
    const jan31 = Date.parse('2026-01-31T15:00:00Z');
    expect(valueOf('in 1 year', { ...OPTS, now: jan31 })).toBe(wall(NY, 2027, 1, 31));
  });
});
