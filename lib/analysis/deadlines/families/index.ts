/**
 * The registry of phrase families, in reading order. Each entry says how specific it is (`rank`:
 * which family names a joined reading) and whether its phrases are deadlines wherever they stand
 * (`alwaysDeadline`). compose.ts and index.ts read these fields; nothing else lists families.
 */
import type { Family } from '../family';
import calendarDates from './calendar-dates';
import clockTimes from './clock-times';
import dayWords from './day-words';
import endOfDay from './end-of-day';
import endOfMonth from './end-of-month';
import endOfWeek from './end-of-week';
import namedTimes from './named-times';
import numericDates from './numeric-dates';
import periodWords from './period-words';
import relative from './relative';
import startOfDay from './start-of-day';
import vague from './vague';
import zoneWords from './zone-words';

export const families: readonly Family[] = [
  vague,
  endOfDay,
  endOfWeek,
  endOfMonth,
  startOfDay,
  namedTimes,
  clockTimes,
  periodWords,
  dayWords,
  calendarDates,
  numericDates,
  relative,
  zoneWords,
];

/** chrono-node's general grammar (general.ts) is not a family of ours; it names a joined reading after all of ours but zone words. */
export const GENERAL_RANK = 13;

const ranks = new Map<string, number>([...families.map((f) => [f.id, f.rank] as const), ['general', GENERAL_RANK]]);

/** The rank of a family id (lower = more specific); unknown ids rank last. */
export function rankOf(id: string): number {
  return ranks.get(id) ?? 99;
}

const always = new Set(families.filter((f) => f.alwaysDeadline).map((f) => f.id));

/** Whether a phrase of this family is a deadline wherever it stands ("EOD", "ASAP"). */
export function isAlwaysDeadline(id: string): boolean {
  return always.has(id);
}
