/** Calendar dates without a zone ("Nov 26, 2026"), counted in whole days; pure arithmetic, no clock. */
import type { IsoWeekday } from '@/lib/analysis/types';

export interface CivilDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

export function toDayNumber(d: CivilDate): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / DAY_MS);
}

export function fromDayNumber(n: number): CivilDate {
  const date = new Date(n * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: CivilDate, days: number): CivilDate {
  return fromDayNumber(toDayNumber(d) + days);
}

/** Adds months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28). */
export function addMonths(d: CivilDate, months: number): CivilDate {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoWeekday(d: CivilDate): IsoWeekday {
  const js = new Date(toDayNumber(d) * DAY_MS).getUTCDay();
  return (js === 0 ? 7 : js) as IsoWeekday;
}

export function mondayOf(d: CivilDate): CivilDate {
  return addDays(d, 1 - isoWeekday(d));
}

export function compareDates(a: CivilDate, b: CivilDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

export function sameDate(a: CivilDate, b: CivilDate): boolean {
  return compareDates(a, b) === 0;
}
