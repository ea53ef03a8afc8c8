import { describe, expect, it } from 'vitest';
import { findDeadlines } from '@/lib/analysis/deadlines';
import { NOW, NY, wall } from './helpers';

describe('start-of-day', () => {
  const ctx = { now: NOW, sender: { timeZone: NY }, recipients: [{ name: 'Ana', timeZone: 'Europe/Berlin' }], host: 'cli' as const };
  it('"first thing tomorrow" is the start of the recipient\'s working day', () => {
    expect(findDeadlines('Can you send it first thing tomorrow?', ctx)[0]?.due).toBe(wall('Europe/Berlin', 2026, 11, 24, 9));
  });
  it('"the first thing I noticed" is no time', () => {
    expect(findDeadlines('The first thing I noticed was the logo, can you fix it?', ctx)).toEqual([]);
  });
});
