import { describe, expect, it } from 'vitest';
import { findDeadlines } from '@/lib/analysis/deadlines';
import { NOW, NY, wall } from './helpers';

describe('end-of-week', () => {
  it.each([
    ['Please send it by EOW.', wall(NY, 2026, 11, 27, 17)],
    ['Please send it by end of next week.', wall(NY, 2026, 12, 4, 17)],
  ])('"%s" → the end of the last working day of that week', (text, expected) => {
    expect(findDeadlines(text, { now: NOW, sender: { timeZone: NY }, recipients: [], host: 'cli' })[0]?.due).toBe(expected);
  });
});
