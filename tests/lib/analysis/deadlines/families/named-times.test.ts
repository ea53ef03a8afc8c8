import { describe, expect, it } from 'vitest';
import { NY, longest, valueOf, wall } from './helpers';

describe('named-times', () => {
  it.each([
    ['by noon', wall(NY, 2026, 11, 23, 12)],
    ['by 12 noon Friday', wall(NY, 2026, 11, 27, 12)],
    ['midnight tonight', wall(NY, 2026, 11, 24, 0)],
    ['tonight at midnight', wall(NY, 2026, 11, 24, 0)],
    ['tomorrow night at 11', wall(NY, 2026, 11, 24, 23)],
    ['this evening around 8', wall(NY, 2026, 11, 23, 20)],
    ['Friday night', wall(NY, 2026, 11, 27, 18)],
  ])('"%s"', (text, expected) => {
    expect(valueOf(text)).toBe(expected);
  });

  it('"12 noon" is one phrase, not "12" and "noon"', () => {
    expect(longest('by 12 noon Friday').text).toBe('12 noon Friday');
  });

  it('a range from midnight to noon does not end before it starts', () => {
    const m = longest('from midnight to noon tomorrow');
    expect(Date.parse(m.value)).toBe(wall(NY, 2026, 11, 24, 0));
    expect(Date.parse(m.valueEnd!)).toBe(wall(NY, 2026, 11, 24, 12));
  });

  it('"from noon to midnight" ends at the end of the day', () => {
    const m = longest('from noon to midnight on Friday');
    expect(Date.parse(m.value)).toBe(wall(NY, 2026, 11, 27, 12));
    expect(Date.parse(m.valueEnd!)).toBe(wall(NY, 2026, 11, 28, 0));
  });
});
