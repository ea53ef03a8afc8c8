/**
 * Date specs → calendar dates in the writer's calendar. `period` gives the span a phrase names
 * (what parseTimes reports); `lastWorkingDate` gives the day a deadline falls on for
 * "end of week/month/year" (what the policy uses).
 */
import type { IsoWeekday } from '@/lib/analysis/types';
import { addDays, addMonths, compareDates, daysInMonth, isoWeekday, mondayOf, type CivilDate } from './civil';
import type { DateSpec } from './reading';
import type { Grain } from './types';

export interface Period {
  date: CivilDate;
  grain: Grain;
  /** exclusive */
  endDate?: CivilDate;
  /** why the date had to be chosen ("next Friday" read as …) */
  ambiguous?: string;
}

function firstOfMonth(d: CivilDate, offset: number): CivilDate {
  return addMonths({ year: d.year, month: d.month, day: 1 }, offset);
}

export function period(spec: DateSpec, today: CivilDate): Period {
  switch (spec.kind) {
    case 'relative-day':
      return { date: addDays(today, spec.days), grain: 'day' };
    case 'weekday': {
      const thisWeek = addDays(mondayOf(today), spec.weekday - 1);
      if (spec.weekOffset !== undefined) return { date: addDays(thisWeek, 7 * spec.weekOffset), grain: 'day' };
      if (spec.modifier === 'past') return { date: compareDates(thisWeek, today) < 0 ? thisWeek : addDays(thisWeek, -7), grain: 'day' };
      if (spec.modifier === 'next') return { date: addDays(thisWeek, 7), grain: 'day', ambiguous: 'next-weekday' };
      if (spec.modifier === 'last') return { date: addDays(thisWeek, -7), grain: 'day' };
      if (spec.modifier === 'after-next') {
        const next = compareDates(thisWeek, today) > 0 ? thisWeek : addDays(thisWeek, 7);
        return { date: addDays(next, 7), grain: 'day' };
      }
      return { date: compareDates(thisWeek, today) >= 0 ? thisWeek : addDays(thisWeek, 7), grain: 'day' };
    }
    case 'calendar': {
      if (spec.weekday !== undefined) {
        const fitting = onWeekday(spec, today);
        if (fitting) return { date: fitting, grain: 'day' };
      }
      const ambiguous = spec.ambiguous ? 'numeric-date' : undefined;
      const base = { grain: 'day' as const, ...(ambiguous ? { ambiguous } : {}) };
      if (spec.year !== undefined) return { date: { year: spec.year, month: spec.month ?? 1, day: spec.day }, ...base };
      if (spec.month !== undefined) {
        const thisYear = { year: today.year, month: spec.month, day: spec.day };
        return { date: compareDates(thisYear, today) >= 0 ? thisYear : { ...thisYear, year: today.year + 1 }, ...base };
      }
      const thisMonth = { year: today.year, month: today.month, day: spec.day };
      return { date: compareDates(thisMonth, today) >= 0 ? thisMonth : { ...addMonths({ ...today, day: 1 }, 1), day: spec.day }, ...base };
    }
    case 'weekend': {
      const saturday = addDays(mondayOf(today), 5 + 7 * spec.offset);
      return { date: saturday, endDate: addDays(saturday, 2), grain: 'day', ambiguous: 'weekend' };
    }
    case 'day-of-month': {
      const first = firstOfMonth(today, spec.offset);
      return { date: { ...first, day: Math.min(spec.day, 31) }, grain: 'day' };
    }
    case 'civil': {
      const d = spec.date;
      if (spec.grain === 'month') return { date: { ...d, day: 1 }, grain: 'month' };
      if (spec.grain === 'year') return { date: { year: d.year, month: 1, day: 1 }, grain: 'year' };
      if (spec.grain === 'week') return { date: mondayOf(d), grain: 'week' };
      return { date: d, grain: 'day', ...(spec.endDate ? { endDate: spec.endDate } : {}) };
    }
    case 'week': {
      const monday = addDays(mondayOf(today), 7 * spec.offset);
      if (spec.part === 'end') return { date: addDays(monday, 4), endDate: addDays(monday, 7), grain: 'day' };
      if (spec.part === 'start') return { date: monday, endDate: addDays(monday, 3), grain: 'day' };
      return { date: monday, grain: 'week' };
    }
    case 'month': {
      let first = firstOfMonth(today, spec.offset);
      if (spec.month !== undefined) {
        const year = spec.year ?? (spec.month >= today.month ? today.year : today.year + 1);
        first = { year, month: spec.month, day: 1 };
      }
      if (spec.part === 'end') return { date: { ...first, day: 21 }, endDate: addMonths(first, 1), grain: 'day' };
      if (spec.part === 'mid') return { date: { ...first, day: 11 }, endDate: { ...first, day: 21 }, grain: 'day' };
      if (spec.part === 'start') return { date: first, endDate: { ...first, day: 11 }, grain: 'day' };
      return { date: first, grain: 'month' };
    }
    case 'year': {
      const year = today.year + spec.offset;
      if (spec.part === 'end') return { date: { year, month: 9, day: 1 }, endDate: { year: year + 1, month: 1, day: 1 }, grain: 'month' };
      if (spec.part === 'start') return { date: { year, month: 1, day: 1 }, endDate: { year, month: 4, day: 1 }, grain: 'month' };
      return { date: { year, month: 1, day: 1 }, grain: 'year' };
    }
    case 'quarter': {
      const index = today.year * 4 + Math.floor((today.month - 1) / 3) + spec.offset;
      const date = { year: Math.floor(index / 4), month: (index % 4) * 3 + 1, day: 1 };
      return { date, endDate: addMonths(date, 3), grain: 'quarter' };
    }
    case 'span':
      return spanPeriod(spec, today);
    case 'nth-weekday': {
      const inMonth = (first: CivilDate) => {
        if (spec.n > 0) {
          const shift = (spec.weekday - isoWeekday(first) + 7) % 7;
          return addDays(first, shift + 7 * (spec.n - 1));
        }
        const last = addDays(addMonths(first, 1), -1);
        return addDays(last, -((isoWeekday(last) - spec.weekday + 7) % 7));
      };
      let first = firstOfMonth(today, spec.offset);
      if (spec.month !== undefined) first = { year: spec.year ?? today.year, month: spec.month, day: 1 };
      let date = inMonth(first);
      // A named month without a year: its next occurrence that has not passed.
      if (spec.month !== undefined && spec.year === undefined && compareDates(date, today) < 0) date = inMonth({ ...first, year: first.year + 1 });
      return { date, grain: 'day' };
    }
    case 'shift': {
      const base = period(spec.base, today);
      const date =
        spec.unit === 'day' ? addDays(base.date, spec.amount) : spec.unit === 'week' ? addDays(base.date, 7 * spec.amount) : addMonths(base.date, spec.unit === 'month' ? spec.amount : 12 * spec.amount);
      return { date, grain: 'day' };
    }
  }
}

/**
 * "Tue 8th", "Wednesday 12/9": the first date on or after today (within four years) that has this
 * day (and month, year when given) and falls on the weekday; a swappable numeric date tries its
 * written order first, then the other. Undefined when no date fits.
 */
function onWeekday(spec: Extract<DateSpec, { kind: 'calendar' }>, today: CivilDate): CivilDate | undefined {
  const orders: [number | undefined, number][] = [[spec.month, spec.day]];
  if (spec.swappable && spec.month !== undefined) orders.push([spec.day, spec.month]);
  let best: CivilDate | undefined;
  for (const [month, day] of orders) {
    if (month !== undefined && (month < 1 || month > 12)) continue;
    for (let step = 0; step < 48; step++) {
      const first = addMonths({ year: today.year, month: today.month, day: 1 }, step);
      if (spec.year !== undefined && first.year !== spec.year) continue;
      if (month !== undefined && first.month !== month) continue;
      if (day > daysInMonth(first.year, first.month)) continue;
      const candidate = { ...first, day };
      if (compareDates(candidate, today) >= 0 && isoWeekday(candidate) === spec.weekday) {
        if (!best || compareDates(candidate, best) < 0) best = candidate;
        break;
      }
    }
  }
  return best;
}

/** "next 3 days": from the next whole unit, for `amount` units; "last 2 weeks": the units before the current one. */
function spanPeriod(spec: Extract<DateSpec, { kind: 'span' }>, today: CivilDate): Period {
  const { unit, amount, direction } = spec;
  const step = (d: CivilDate, n: number): CivilDate =>
    unit === 'week' ? addDays(d, 7 * n) : unit === 'month' ? addMonths(d, n) : unit === 'year' ? addMonths(d, 12 * n) : addDays(d, n);
  const current: CivilDate =
    unit === 'week' ? mondayOf(today) : unit === 'month' ? { ...today, day: 1 } : unit === 'year' ? { year: today.year, month: 1, day: 1 } : today;
  const grain: Grain = unit === 'week' ? 'week' : unit === 'month' ? 'month' : unit === 'year' ? 'year' : 'day';
  const start = direction === 1 ? step(current, 1) : step(current, -amount);
  return { date: start, endDate: step(start, amount), grain };
}

/** The last of `workDays` in the span ending before `endExclusive` (Friday for a Mon–Fri week). */
function lastWorkingBefore(endExclusive: CivilDate, workDays: IsoWeekday[], limit = 14): CivilDate {
  for (let back = 1; back <= limit; back++) {
    const d = addDays(endExclusive, -back);
    if (workDays.includes(isoWeekday(d))) return d;
  }
  return addDays(endExclusive, -1);
}

/**
 * The end of a person's working week that starts with `monday`: the first working day followed by a
 * day off (Friday for Mon–Fri, Thursday for Sun–Thu), else the week's last working day.
 */
function endOfWorkingWeek(monday: CivilDate, workDays: IsoWeekday[]): CivilDate {
  for (let i = 0; i < 7; i++) {
    const d = addDays(monday, i);
    if (workDays.includes(isoWeekday(d)) && !workDays.includes(isoWeekday(addDays(d, 1)))) return d;
  }
  return lastWorkingBefore(addDays(monday, 7), workDays);
}

/** The day a deadline falls on, for a person working `workDays`. */
export function deadlineDate(spec: DateSpec, today: CivilDate, workDays: IsoWeekday[]): Period {
  const p = period(spec, today);
  if (spec.kind === 'week' && (spec.part === 'end' || spec.part === 'whole')) {
    return { date: endOfWorkingWeek(addDays(mondayOf(today), 7 * spec.offset), workDays), grain: 'day' };
  }
  if (spec.kind === 'span' && p.endDate) return { date: lastWorkingBefore(p.endDate, workDays), grain: 'day' };
  if (spec.kind === 'quarter' && p.endDate) return { date: lastWorkingBefore(p.endDate, workDays), grain: 'day' };
  if ((spec.kind === 'month' || spec.kind === 'year') && spec.part === 'end' && p.endDate) {
    return { date: lastWorkingBefore(p.endDate, workDays), grain: 'day' };
  }
  if (spec.kind === 'month' && spec.part === 'whole') return { date: lastWorkingBefore(addMonths(p.date, 1), workDays), grain: 'day' };
  return p;
}
