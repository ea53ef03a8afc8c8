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

/**
 * The proleptic Gregorian date of a day number (days since 1970-01-01), by integer arithmetic
 * (H. Hinnant's civil_from_days) rather than a Date: the policy turns thousands of day numbers
 * into dates per message.
 */
export function fromDayNumber(n: number): CivilDate {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1_460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
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
  // Day 0 (1970-01-01) was a Thursday.
  return ((((toDayNumber(d) + 3) % 7) + 7) % 7 + 1) as IsoWeekday;
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
