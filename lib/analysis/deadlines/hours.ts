/** A person's working hours in their own zone: when the day starts and ends, and what lies inside. */
import { DEFAULT_WORKING_HOURS, type WorkingHours } from '@/lib/analysis/types';
import { addDays, isoWeekday, toDayNumber, type CivilDate } from './civil';
import { civilDateAt, instantAt } from './zones';

export interface Workday {
  timeZone: string;
  hours: WorkingHours;
}

export function workday(timeZone: string, hours: WorkingHours = DEFAULT_WORKING_HOURS): Workday {
  return { timeZone, hours };
}

const parsedHours = new Map<string, [number, number]>();

/** "17:30" → [17, 30], parsed once per distinct text. */
function hoursMinutes(text: string): [number, number] {
  let parsed = parsedHours.get(text);
  if (!parsed) {
    const [h, m] = text.split(':').map(Number);
    parsed = [h ?? 0, m ?? 0];
    if (parsedHours.size > 256) parsedHours.clear();
    parsedHours.set(text, parsed);
  }
  return parsed;
}

export function isWorkingDate(w: Workday, date: CivilDate): boolean {
  return w.hours.days.includes(isoWeekday(date));
}

export function startOfWorkday(w: Workday, date: CivilDate): number {
  const [hour, minute] = hoursMinutes(w.hours.start);
  return instantAt(w.timeZone, date, hour, minute);
}

export function endOfWorkday(w: Workday, date: CivilDate): number {
  const [hour, minute] = hoursMinutes(w.hours.end);
  return instantAt(w.timeZone, date, hour, minute);
}

/** The first working date on or after `date` (or strictly after, when `after`). */
export function nextWorkingDate(w: Workday, date: CivilDate, after = false): CivilDate {
  let d = after ? addDays(date, 1) : date;
  for (let i = 0; i < 14 && !isWorkingDate(w, d); i++) d = addDays(d, 1);
  return d;
}

/** Within the working day, both ends included: a deadline at 17:00 sharp is in hours. */
export function isWithinHours(w: Workday, instant: number): boolean {
  const date = civilDateAt(instant, w.timeZone);
  return isWorkingDate(w, date) && instant >= startOfWorkday(w, date) && instant <= endOfWorkday(w, date);
}

/** The end of the first working day whose end is still after `now`. */
export function nextEndOfWorkday(w: Workday, now: number): number {
  let date = nextWorkingDate(w, civilDateAt(now, w.timeZone));
  for (let i = 0; i < 14 && endOfWorkday(w, date) <= now; i++) date = nextWorkingDate(w, date, true);
  return endOfWorkday(w, date);
}

/** The start of the first working day whose start is still after `now`. */
export function nextStartOfWorkday(w: Workday, now: number): number {
  let date = nextWorkingDate(w, civilDateAt(now, w.timeZone));
  for (let i = 0; i < 14 && startOfWorkday(w, date) <= now; i++) date = nextWorkingDate(w, date, true);
  return startOfWorkday(w, date);
}

/**
 * The in-hours instant nearest to `instant` that is still after `now`: the end of the working day
 * before it, or the start of the one after it.
 */
export function nearestInHours(w: Workday, instant: number, now: number): number {
  const date = civilDateAt(instant, w.timeZone);
  let before: number | undefined;
  for (let back = 0; back < 14; back++) {
    const d = addDays(date, -back);
    if (isWorkingDate(w, d) && endOfWorkday(w, d) <= instant) {
      before = endOfWorkday(w, d);
      break;
    }
  }
  let after: number | undefined;
  for (let ahead = 0; ahead < 14; ahead++) {
    const d = addDays(date, ahead);
    if (isWorkingDate(w, d) && startOfWorkday(w, d) >= instant) {
      after = startOfWorkday(w, d);
      break;
    }
  }
  if (before !== undefined && before > now && (after === undefined || instant - before <= after - instant)) return before;
  return after ?? before ?? instant;
}

/** Working minutes in [from, to], summed day by day in the person's zone; stops counting past `enough`. */
export function workingMinutesBetween(w: Workday, from: number, to: number, enough = Infinity): number {
  if (to <= from) return 0;
  let total = 0;
  const first = civilDateAt(from, w.timeZone);
  const days = Math.min(toDayNumber(civilDateAt(to, w.timeZone)) - toDayNumber(first), 400);
  for (let i = 0; i <= days; i++) {
    const d = addDays(first, i);
    if (!isWorkingDate(w, d)) continue;
    const start = Math.max(from, startOfWorkday(w, d));
    const end = Math.min(to, endOfWorkday(w, d));
    if (end > start) total += (end - start) / 60_000;
    if (total >= enough) break;
  }
  return total;
}

