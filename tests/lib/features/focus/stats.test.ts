import { describe, expect, it } from 'vitest';
import { focusTotals, formatDuration } from '@/lib/features/focus/stats';
import type { FocusSessionRow } from '@/lib/features/focus/model';

const MIN = 60_000;
const session = (startIso: string, minutes: number | undefined): FocusSessionRow => {
  const at = Date.parse(startIso);
  return { at, plannedMinutes: minutes ?? null, plannedEnd: null, ...(minutes !== undefined ? { endedAt: at + minutes * MIN } : {}) };
};

describe('focus totals', () => {
  // Wednesday 2026-11-25, 18:00 UTC.
  const now = Date.parse('2026-11-25T18:00:00Z');

  it('adds today and this ISO week in the home zone, including the running session', () => {
    const sessions = [
      session('2026-11-23T09:00:00Z', 50), // Monday: week only
      session('2026-11-25T09:00:00Z', 25), // today
      session('2026-11-25T17:30:00Z', undefined), // running: 30 min so far
      session('2026-11-20T09:00:00Z', 90), // last week
    ];
    const totals = focusTotals(sessions, now, 'UTC');
    expect(totals.todayMs).toBe(55 * MIN);
    expect(totals.weekMs).toBe(105 * MIN);
  });

  it('splits a session across midnight in the user’s zone, not the machine’s', () => {
    // 23:30–00:30 in Kolkata (UTC+5:30) on the night from Tuesday to Wednesday.
    const sessions = [session('2026-11-24T18:00:00Z', 60)];
    expect(focusTotals(sessions, now, 'Asia/Kolkata').todayMs).toBe(30 * MIN);
    expect(focusTotals(sessions, now, 'UTC').todayMs).toBe(0);
  });

  it('formats durations for people', () => {
    expect(formatDuration(25 * MIN)).toBe('25 min');
    expect(formatDuration(90 * MIN)).toBe('1.5 h');
    expect(formatDuration(120 * MIN)).toBe('2 h');
  });
});
