import { describe, expect, it } from 'vitest';
import { NY, OPTS, valueOf, wall } from './helpers';

describe('numeric-dates', () => {
  it('reads month/day for en-US and day/month for en-GB', () => {
    expect(valueOf('12/9')).toBe(wall(NY, 2026, 12, 9));
    expect(valueOf('12/9', { ...OPTS, locale: 'en-GB' })).toBe(wall(NY, 2027, 9, 12));
    expect(valueOf('2026-11-30')).toBe(wall(NY, 2026, 11, 30));
  });

  it('a weekday beside a numeric date picks the order that fits it', () => {
    // Dec 9 2026 is a Wednesday; Sep 12 2027 is a Sunday.
    expect(valueOf('Wednesday 12/9')).toBe(wall(NY, 2026, 12, 9));
    expect(valueOf('Wednesday 12/9', { ...OPTS, locale: 'en-GB' })).toBe(wall(NY, 2026, 12, 9));
    expect(valueOf('Sunday 12/9')).toBe(wall(NY, 2027, 9, 12));
  });
});
