/**
 * A focus (deep work) session as it is logged, and the pure rules about it: what the badge says,
 * when a session counts as interrupted. No clock here: `now` is passed in.
 */
import type { FocusSessionRow, FocusState } from '@/lib/storage/schema';

export type { FocusSessionRow, FocusState } from '@/lib/storage/schema';
export { FOCUS_STATE_KEY } from '@/lib/storage/schema';
export const FOCUS_PRESETS: (number | null)[] = [25, 50, 90, null];
export const FOCUS_BADGE_COLOR = '#6d28d9';

export function remainingMinutes(state: FocusState, now: number): number | null {
  if (state.plannedEnd === null) return null;
  return Math.max(0, Math.ceil((state.plannedEnd - now) / 60_000));
}

/** The toolbar badge: remaining minutes ("25m"), "on" for an open-ended session, nothing when idle. */
export function badgeText(state: FocusState | null, now: number): string {
  if (!state) return '';
  const left = remainingMinutes(state, now);
  if (left === null) return 'on';
  return left >= 100 ? `${Math.ceil(left / 60)}h` : `${left}m`;
}

/** Closes a session at `endedAt`; the user stopping it before its planned end is an interruption. */
export function closeSession(row: FocusSessionRow, endedAt: number, stoppedByUser: boolean): FocusSessionRow {
  const interrupted = stoppedByUser && row.plannedEnd !== null && endedAt < row.plannedEnd - 1_000;
  return { ...row, endedAt, interrupted };
}

export function presetLabel(minutes: number | null): string {
  return minutes === null ? 'Until I stop' : `${minutes} min`;
}
