import { describe, expect, it } from 'vitest';
import { NY, longest, wall } from './helpers';

describe('period-words', () => {
  it.each([
    ['next week', wall(NY, 2026, 11, 30), 'week'],
    ['this quarter', wall(NY, 2026, 10, 1), 'quarter'],
  ])('"%s"', (text, expected, grain) => {
    const m = longest(text);
    expect(Date.parse(m.value)).toBe(expected);
    expect(m.grain).toBe(grain);
  });
});
