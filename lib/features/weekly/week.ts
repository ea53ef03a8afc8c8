/** ISO weeks ("2026-W48") in the user's home zone. */
import { TZDate } from '@date-fns/tz';
import { addWeeks, getISOWeek, getISOWeekYear, startOfISOWeek } from 'date-fns';

export function isoWeekKey(instant: number, zone: string): string {
  const local = new TZDate(instant, zone);
  return `${getISOWeekYear(local)}-W${String(getISOWeek(local)).padStart(2, '0')}`;
}

const WEEK_KEY = /^(\d{4})-W(\d{2})$/;

export function isWeekKey(value: string): boolean {
  return WEEK_KEY.test(value);
}

/**
 * The weeks the popup's week picker offers, newest first: this week, last week, and every stored
 * draft's week that is an ISO week key (an imported or hand-made key like "2026-48" is left out).
 */
export function pickerWeeks(current: string, previous: string, stored: readonly string[]): string[] {
  return [...new Set([current, previous, ...stored])].filter(isWeekKey).sort().reverse();
}

/** [start, end) of an ISO week, in epoch ms, midnight Monday to midnight Monday in `zone`. */
export function weekBounds(week: string, zone: string): { start: number; end: number } {
  const match = WEEK_KEY.exec(week);
  if (!match) throw new Error(`Not an ISO week: ${week}`);
  const jan4 = new TZDate(Number(match[1]), 0, 4, zone);
  const start = addWeeks(startOfISOWeek(jan4), Number(match[2]) - 1);
  return { start: start.getTime(), end: addWeeks(start, 1).getTime() };
}

/** "Nov 23 – 29, 2026" for a heading. */
export function weekRangeLabel(week: string, zone: string): string {
  const { start, end } = weekBounds(week, zone);
  const fmt = (ms: number, opts: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('en-US', { timeZone: zone, ...opts }).format(ms);
  const last = end - 1;
  return `${fmt(start, { month: 'short', day: 'numeric' })} – ${fmt(last, { month: 'short', day: 'numeric' })}, ${fmt(last, { year: 'numeric' })}`;
}
