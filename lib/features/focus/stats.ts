/** Focus hours today and this (ISO) week, in the user's home zone. */
import { TZDate } from '@date-fns/tz';
import { startOfDay, startOfISOWeek } from 'date-fns';
import type { FocusSessionRow } from './model';

export interface FocusTotals {
  todayMs: number;
  weekMs: number;
}

function overlap(start: number, end: number, from: number, to: number): number {
  return Math.max(0, Math.min(end, to) - Math.max(start, from));
}

export function focusTotals(sessions: FocusSessionRow[], now: number, zone: string): FocusTotals {
  const local = new TZDate(now, zone);
  const dayStart = startOfDay(local).getTime();
  const weekStart = startOfISOWeek(local).getTime();
  let todayMs = 0;
  let weekMs = 0;
  for (const s of sessions) {
    const end = Math.min(s.endedAt ?? now, now);
    todayMs += overlap(s.at, end, dayStart, now);
    weekMs += overlap(s.at, end, weekStart, now);
  }
  return { todayMs, weekMs };
}

/** "1.5 h", "25 min". */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  return `${(minutes / 60).toFixed(1).replace(/\.0$/, '')} h`;
}
