/**
 * parseTimes: each reading resolved in one zone, as the period it names (start, end, grain).
 * Business phrases use the default working hours here; the deadline policy (policy.ts) applies
 * each recipient's own zone and hours instead.
 */
import { DEFAULT_WORKING_HOURS } from '@/lib/analysis/types';
import { addDays, addMonths, type CivilDate } from './civil';
import { readTimes } from './compose';
import { readGeneral } from './general';
import { period, type Period } from './dates';
import type { Reading, TimeSpec, ZoneSpec } from './reading';
import { chooseZoneMeaning, outOfSeasonNote } from './zone-choice';
import type { Grain, ParseOptions, TimeMention } from './types';
import { civilDateAt, instantAt, instantAtOffset, isValidZone, offsetMinutes, wallClock } from './zones';

const UNIT_MS = { second: 1_000, minute: 60_000, hour: 3_600_000 } as const;

function hm(text: string): [number, number] {
  const [h, m] = text.split(':').map(Number);
  return [h ?? 0, m ?? 0];
}

/** ISO 8601 with the zone's offset at that instant: "2026-11-26T17:00:00+01:00". */
export function isoInZone(instant: number, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  const offset = offsetMinutes(instant, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const pad = (n: number, size = 2) => String(n).padStart(size, '0');
  const year = w.year < 0 ? `-${pad(-w.year, 4)}` : pad(w.year, 4);
  return `${year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Wall time on `date` in the zone a reading names. */
export function atWallTime(zone: ZoneSpec | undefined, fallbackZone: string, date: CivilDate, hour: number, minute: number): number {
  if (zone?.kind === 'offset') return instantAtOffset(zone.minutes, date, hour, minute);
  const timeZone = zone?.kind === 'zone' ? zone.timeZone : fallbackZone;
  return instantAt(timeZone, date, hour, minute);
}

/** The date in the zone a reading names. */
export function dateIn(zone: ZoneSpec | undefined, fallbackZone: string, instant: number): CivilDate {
  if (zone?.kind === 'offset') {
    const d = new Date(instant + zone.minutes * 60_000);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  }
  return civilDateAt(instant, zone?.kind === 'zone' ? zone.timeZone : fallbackZone);
}

/**
 * A clock time on a date, or — with no date — its next occurrence. "at 5" (halfDay) is 5 AM or
 * 5 PM, whichever comes first after now; with a date, 1–7 are read as afternoon hours.
 */
export function clockInstant(time: Extract<TimeSpec, { kind: 'clock' }>, zone: ZoneSpec | undefined, fallbackZone: string, now: number, date?: CivilDate): number {
  return clockMinuteInstant(time, zone, fallbackZone, now, date) + (time.second ?? 0) * 1000;
}

function clockMinuteInstant(time: Extract<TimeSpec, { kind: 'clock' }>, zone: ZoneSpec | undefined, fallbackZone: string, now: number, date?: CivilDate): number {
  const hours = time.halfDay ? [time.hour % 12, (time.hour % 12) + 12] : [time.hour];
  if (date) {
    const hour = time.halfDay && time.hour >= 1 && time.hour <= 7 ? time.hour + 12 : time.hour;
    return atWallTime(zone, fallbackZone, date, hour, time.minute);
  }
  const today = dateIn(zone, fallbackZone, now);
  for (const day of [today, addDays(today, 1)]) {
    for (const hour of hours) {
      const at = atWallTime(zone, fallbackZone, day, hour, time.minute);
      if (at >= now) return at;
    }
  }
  return atWallTime(zone, fallbackZone, addDays(today, 1), hours[0] ?? 0, time.minute);
}

interface Resolved {
  value: number;
  valueEnd?: number;
  grain: Grain;
}

function resolveDuration(r: Reading, now: number, timeZone: string): Resolved {
  const { amount, unit } = r.duration!;
  if (unit === 'second' || unit === 'minute' || unit === 'hour') {
    const value = now + amount * UNIT_MS[unit];
    const grain: Grain = unit === 'hour' && Number.isInteger(amount) ? 'minute' : 'second';
    return { value: grain === 'minute' ? Math.floor(value / 60_000) * 60_000 : Math.floor(value / 1000) * 1000, grain };
  }
  const w = wallClock(now, timeZone);
  const today: CivilDate = { year: w.year, month: w.month, day: w.day };
  const whole = Math.round(amount);
  if (unit === 'day') {
    const date = addDays(today, whole);
    if (r.time) return resolveTime(r.time, r.zone, timeZone, now, date);
    return { value: instantAt(timeZone, date, w.hour), grain: 'hour' };
  }
  const date = unit === 'week' ? addDays(today, 7 * whole) : addMonths(today, unit === 'month' ? whole : 12 * whole);
  if (r.time) return resolveTime(r.time, r.zone, timeZone, now, date);
  // "in 2 years" keeps the day of the month (Feb 29 becomes Feb 28), as months do.
  return { value: instantAt(timeZone, date), grain: 'day' };
}

function resolveTime(time: TimeSpec, zone: ZoneSpec | undefined, timeZone: string, now: number, date?: CivilDate): Resolved {
  const day = date ?? civilDateAt(now, timeZone);
  switch (time.kind) {
    case 'clock':
      return { value: clockInstant(time, zone, timeZone, now, date), grain: time.grain };
    case 'anchor': {
      if (time.period) {
        return { value: instantAt(timeZone, day, time.period[0]), valueEnd: instantAt(timeZone, day, time.period[1]), grain: 'hour' };
      }
      const at = hm(time.anchor === 'end-of-day' ? DEFAULT_WORKING_HOURS.end : DEFAULT_WORKING_HOURS.start);
      return { value: instantAt(timeZone, day, ...at), grain: 'minute' };
    }
    case 'named': {
      if (time.period) {
        const end = time.period[1] === 24 ? instantAt(timeZone, addDays(day, 1)) : instantAt(timeZone, day, time.period[1]);
        return { value: instantAt(timeZone, day, time.period[0]), valueEnd: end, grain: 'hour' };
      }
      // "noon Pacific": a named time in the zone named beside it.
      if (zone) {
        const zonedDay = date ?? dateIn(zone, timeZone, now);
        if (time.hour === 24) return { value: atWallTime(zone, timeZone, addDays(zonedDay, 1), 0, 0), grain: 'hour' };
        return { value: atWallTime(zone, timeZone, zonedDay, time.hour, time.minute), grain: 'hour' };
      }
      if (time.hour === 24) return { value: instantAt(timeZone, addDays(day, 1)), grain: 'hour' };
      return { value: instantAt(timeZone, day, time.hour, time.minute), grain: 'hour' };
    }
  }
}

function resolveDate(p: Period, timeZone: string): Resolved {
  return {
    value: instantAt(timeZone, p.date),
    ...(p.endDate ? { valueEnd: instantAt(timeZone, p.endDate) } : {}),
    grain: p.grain,
  };
}

function resolveReading(r: Reading, now: number, timeZone: string): Resolved | undefined {
  if (r.vague) return { value: Math.floor(now / 1000) * 1000, grain: 'second' };
  if (r.duration) return resolveDuration(r, now, timeZone);
  if (r.date?.kind === 'span' && r.date.unit in UNIT_MS) {
    const unit = UNIT_MS[r.date.unit as keyof typeof UNIT_MS];
    const current = Math.floor(now / unit) * unit;
    const value = current + (r.date.direction === 1 ? unit : -r.date.amount * unit);
    return { value, valueEnd: value + r.date.amount * unit, grain: r.date.unit as Grain };
  }
  const today = civilDateAt(now, timeZone);
  const p = r.date ? period(r.date, today) : undefined;
  // "end of the month" names a span of days; its deadline instant is the policy's business.
  const namesSpan = r.date && ['week', 'month', 'year', 'quarter', 'span'].includes(r.date.kind) && r.time?.kind === 'anchor';
  if (r.time && !namesSpan) return resolveTime(r.time, r.zone, timeZone, now, p?.date);
  return p ? resolveDate(p, timeZone) : undefined;
}

function certainty(r: Reading): TimeMention['certain'] {
  return { date: Boolean(r.date) || Boolean(r.duration), time: Boolean(r.time) || r.duration?.unit === 'hour' || r.duration?.unit === 'minute' };
}

/**
 * The end of a range. A range never ends before it starts: "10pm to 2am" ends the next day; a
 * range whose end has no day of its own follows its start's day.
 */
function rangeEnd(r: Reading, start: number, opts: ParseOptions): number | undefined {
  const end = resolveReading(r.until!, opts.now, opts.timeZone)?.value;
  if (end === undefined || end > start) return end;
  const w = wallClock(end, opts.timeZone);
  return instantAt(opts.timeZone, addDays({ year: w.year, month: w.month, day: w.day }, 1), w.hour, w.minute);
}

function withNote(note: string | undefined): { note?: string } {
  return note ? { note } : {};
}

/** "Jul 10", for notes; only built on the rare out-of-season path. */
function shortDay(instant: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone, month: 'short', day: 'numeric' }).format(instant);
}

export function parseTimes(text: string, opts: ParseOptions): TimeMention[] {
  if (!isValidZone(opts.timeZone)) return [];
  const mentions: TimeMention[] = [];
  for (const found of readTimes(text, opts, readGeneral)) {
    // "April 31" names no time: the deadline layer reports it as an error (findDeadlines), never as a day.
    if (found.invalid) continue;
    // An ambiguous abbreviation ("IST") takes the meaning of the zone it is read in, else the most common.
    const choice = chooseZoneMeaning(found.zone, { senderZone: opts.timeZone }, opts.now);
    const r: Reading = choice ? { ...found, zone: choice.spec, ...(found.until?.zone ? { until: { ...found.until, zone: choice.spec } } : {}) } : found;
    const resolved = resolveReading(r, opts.now, opts.timeZone);
    if (!resolved) continue;
    let valueEnd = resolved.valueEnd;
    if (r.until) valueEnd = rangeEnd(r, resolved.value, opts);
    mentions.push({
      text: text.slice(r.start, r.end),
      start: r.start,
      end: r.end,
      value: isoInZone(resolved.value, opts.timeZone),
      ...(valueEnd !== undefined ? { valueEnd: isoInZone(valueEnd, opts.timeZone) } : {}),
      grain: resolved.grain,
      family: r.family,
      certain: certainty(r),
      ...(choice?.others.length ? { zoneAlternatives: choice.others.map((o) => ({ abbreviation: choice.spec.abbreviation!, zone: o.timeZone, label: o.label })) } : {}),
      ...withNote(outOfSeasonNote(r.zone, resolved.value, shortDay)),
    });
  }
  return mentions;
}
