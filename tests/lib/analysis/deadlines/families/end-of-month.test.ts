import { describe, expect, it } from 'vitest';
import { findDeadlines } from '@/lib/analysis/deadlines';
import { NOW, NY, wall } from './helpers';

describe('end-of-month', () => {
  it.each([
    // Nov 30 2026 is a Monday; Dec 31 2026 a Thursday.
    ['Please send it by EOM.', wall(NY, 2026, 11, 30, 17)],
    ['Please send it by the end of next month.', wall(NY, 2026, 12, 31, 17)],
  ])('"%s" → the end of the last working day of that month', (text, expected) => {
    expect(findDeadlines(text, { now: NOW, sender: { timeZone: NY }, recipients: [], host: 'cli' })[0]?.due).toBe(expected);
  });
});
