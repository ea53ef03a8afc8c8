import { describe, expect, it } from 'vitest';
import clockTimes from '@/lib/analysis/deadlines/families/clock-times';
import { NY, valueOf, wall, longest } from './helpers';

describe('clock-times', () => {
  it.each([
    ['3pm', wall(NY, 2026, 11, 23, 15)],
    ['at 15:30', wall(NY, 2026, 11, 23, 15, 30)],
    ['1700 hours', wall(NY, 2026, 11, 23, 17)],
    ['by 1200 hrs Friday', wall(NY, 2026, 11, 27, 12)],
    ['by 0900 on Thursday', wall(NY, 2026, 11, 26, 9)],
    ['quarter to five', wall(NY, 2026, 11, 23, 16, 45)],
    ['ten past nine tomorrow', wall(NY, 2026, 11, 24, 9, 10)],
    ['twenty to four this afternoon', wall(NY, 2026, 11, 23, 15, 40)],
    ['half nine tomorrow', wall(NY, 2026, 11, 24, 9, 30)],
    ['fourish', wall(NY, 2026, 11, 23, 16)],
    ['around 11ish tomorrow', wall(NY, 2026, 11, 24, 11)],
    ['six thirty tonight', wall(NY, 2026, 11, 23, 18, 30)],
    ['15:23:24', wall(NY, 2026, 11, 23, 15, 23, 24)],
    ['3-4pm', wall(NY, 2026, 11, 23, 15)],
  ])('"%s"', (text, expected) => {
    expect(valueOf(text)).toBe(expected);
  });

  it('"5pm sharp on Friday" and "3pm at the latest on Friday" are one phrase each', () => {
    expect(longest('5pm sharp on Friday').text).toBe('5pm sharp on Friday');
    expect(valueOf('5pm sharp on Friday')).toBe(wall(NY, 2026, 11, 27, 17));
    expect(longest('3pm at the latest on Friday').text).toBe('3pm at the latest on Friday');
    expect(valueOf('3pm at the latest on Friday')).toBe(wall(NY, 2026, 11, 27, 15));
  });

  it('a bare hour after "by" is a time only beside a day', () => {
    expect(valueOf('by 4 on Friday')).toBe(wall(NY, 2026, 11, 27, 16));
    expect(clockTimes.read('grew by 5 percent', {}).filter((r) => !r.weak)).toEqual([]);
    expect(clockTimes.read('room 1200', {})).toEqual([]);
    expect(clockTimes.read('from 13 to 15 July', {})).toEqual([]);
  });
});
