import { describe, expect, it } from 'vitest';
import { badgeText, closeSession, remainingMinutes, type FocusSessionRow } from '@/lib/features/focus/model';

const T0 = Date.UTC(2026, 10, 23, 14, 0);
const MIN = 60_000;

describe('focus session rules', () => {
  it('shows the remaining minutes on the badge, rounded up', () => {
    const state = { sessionId: 1, startedAt: T0, plannedEnd: T0 + 25 * MIN };
    expect(badgeText(state, T0)).toBe('25m');
    expect(badgeText(state, T0 + 30_000)).toBe('25m');
    expect(badgeText(state, T0 + 24 * MIN + 1)).toBe('1m');
    expect(remainingMinutes(state, T0 + 26 * MIN)).toBe(0);
  });

  it('shows hours for long sessions, "on" for open-ended ones, nothing when idle', () => {
    expect(badgeText({ sessionId: 1, startedAt: T0, plannedEnd: T0 + 150 * MIN }, T0)).toBe('3h');
    expect(badgeText({ sessionId: 1, startedAt: T0, plannedEnd: null }, T0)).toBe('on');
    expect(badgeText(null, T0)).toBe('');
  });

  it('counts a session as interrupted only when the user stops it before its planned end', () => {
    const row: FocusSessionRow = { id: 1, at: T0, plannedMinutes: 50, plannedEnd: T0 + 50 * MIN };
    expect(closeSession(row, T0 + 20 * MIN, true)).toMatchObject({ endedAt: T0 + 20 * MIN, interrupted: true });
    expect(closeSession(row, T0 + 50 * MIN, true).interrupted).toBe(false);
    expect(closeSession(row, T0 + 20 * MIN, false).interrupted).toBe(false);
    const open: FocusSessionRow = { id: 2, at: T0, plannedMinutes: null, plannedEnd: null };
    expect(closeSession(open, T0 + 5 * MIN, true).interrupted).toBe(false);
  });
});
