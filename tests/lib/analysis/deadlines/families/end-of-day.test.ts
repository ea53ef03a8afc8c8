import { describe, expect, it } from 'vitest';
import { NY, valueOf, wall } from './helpers';

describe('end-of-day', () => {
  it.each([
    ['EOD', wall(NY, 2026, 11, 23, 17)],
    ['COB tomorrow', wall(NY, 2026, 11, 24, 17)],
    ['end of business Friday', wall(NY, 2026, 11, 27, 17)],
    ['by end of day Wednesday', wall(NY, 2026, 11, 25, 17)],
  ])('"%s" → the end of the working day (17:00 by default)', (text, expected) => {
    expect(valueOf(text)).toBe(expected);
  });
});
