/**
 * The fair review window of a ritual (issue 15): the earliest instant that gives every reader at
 * least a set amount of *their own* working time, moved later — never earlier — to the first instant
 * inside everyone's working hours when one exists within a day. Pure: the opening instant, the
 * readers (zone, working hours, work days from the people directory) and the requirement in; UTC
 * instants (epoch ms) and a per-reader account out. No clock, no machine zone.
 *
 * Rules follow /work/shared/DEADLINES.md: working hours default to Mon–Fri 09:00–17:00 in the
 * reader's own zone; an unknown or invalid zone is never guessed — the reader is reported in
 * `unknown` and left out of the computation until the user sets it; a clock change inside the window
 * is reported per zone. Working time is counted in elapsed time, so a working day that contains a
 * clock change counts the hours that really pass.
 */
import {
  DEFAULT_WORKING_HOURS,
  addDays,
  civilDateAt,
  clockChangeBetween,
  instantAt,
  isValidZone,
  isoWeekday,
  type CivilDate,
  type WorkingHours,
} from './time';
import type { Reader, Requirement, RitualKind } from '@/lib/storage/schema';

// Readers and the requirement are stored with a ritual's draft: their shapes live in lib/storage/schema.ts.
export type { Reader, Requirement, RitualKind } from '@/lib/storage/schema';


/**
 * Defaults per ritual (ASYNC-WRITING.md "Rituals"; editable per draft): two working days to review a
 * decision, two working days (about 48 hours) of kick-off Q&A, a working week for a retrospective.
 */
export const DEFAULT_REQUIREMENT: Record<RitualKind, Requirement> = {
  decision: { unit: 'days', amount: 2 },
  kickoff: { unit: 'days', amount: 2 },
  retro: { unit: 'days', amount: 5 },
};

/** How far the close may move to reach a time inside everyone's hours (the issue: "within a day"). */
export const MOVE_LIMIT_MS = 86_400_000;
/** A window longer than this many calendar days is refused (a typo such as 200 working days). */
const MAX_SCAN_DAYS = 400;
const QUARTER_HOUR_MS = 15 * 60_000;

export interface ReaderClose {
  reader: Reader;
  /** The reader's valid IANA zone. */
  timeZone: string;
  /** Working time the reader needs, in minutes. */
  neededMinutes: number;
  /** The instant this reader alone would reach `neededMinutes` (UTC ms). */
  readyAt: number;
  /** Working minutes this reader gets between the opening and the close. */
  givenMinutes: number;
  /** Whether the close falls inside this reader's working hours (both ends included). */
  inHours: boolean;
  /** The first instant in the window where this reader's UTC offset changes, if any. */
  clockChange?: number;
}

export type UnknownReason = 'missing' | 'invalid';

export interface UnknownReader {
  reader: Reader;
  reason: UnknownReason;
}

export interface ReviewWindow {
  opensAt: number;
  requirement: Requirement;
  /** When every known reader has their working time: the fair minimum (UTC ms); undefined when no reader is known. */
  requiredAt?: number;
  /**
   * The close: `requiredAt` rounded up to the quarter hour (UTC grid, which is every zone's quarter
   * hour, Kathmandu's :45 included), or later inside everyone's hours. Undefined when no reader's zone is known.
   */
  closesAt?: number;
  /** The close was moved later (beyond the quarter-hour rounding) to fall inside everyone's working hours. */
  moved: boolean;
  /**
   * No instant within a day of `requiredAt` is inside every reader's hours: the close is the earliest
   * instant within that day inside the hours of the most readers (the fair minimum when none does better).
   */
  noCommonHours: boolean;
  /** Known readers, in the order given. */
  readers: ReaderClose[];
  /** Readers whose zone must be asked before their line can be written: never guessed. */
  unknown: UnknownReader[];
  /** Readers whose working hours give no working time (no work days, or end not after start): excluded, reported. */
  noHours: Reader[];
}

function minutesOf(text: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (!match) return undefined;
  const h = Number(match[1]);
  const m = Number(match[2]);
  return h <= 24 && m < 60 ? h * 60 + m : undefined;
}

function hm(text: string): [number, number] {
  const total = minutesOf(text) ?? 0;
  return [Math.floor(total / 60), total % 60];
}

/** A working day's length in minutes as the hours state it (09:00–17:00 → 480); 0 when unusable. */
export function dayLengthMinutes(hours: WorkingHours): number {
  const start = minutesOf(hours.start);
  const end = minutesOf(hours.end);
  if (start === undefined || end === undefined || end <= start || hours.days.length === 0) return 0;
  return end - start;
}

/** Minutes of working time a requirement asks of one reader. */
export function neededMinutes(requirement: Requirement, hours: WorkingHours): number {
  return requirement.unit === 'hours' ? requirement.amount * 60 : requirement.amount * dayLengthMinutes(hours);
}

interface Segment {
  start: number;
  end: number;
}

/** The reader's working-time segment on `date`, or undefined on a day off. */
function segment(zone: string, hours: WorkingHours, date: CivilDate): Segment | undefined {
  if (!hours.days.includes(isoWeekday(date))) return undefined;
  return { start: instantAt(zone, date, ...hm(hours.start)), end: instantAt(zone, date, ...hm(hours.end)) };
}

/** The instant `from` plus `minutes` of the reader's working time. Throws RangeError past MAX_SCAN_DAYS. */
function addWorkingMinutes(zone: string, hours: WorkingHours, from: number, minutes: number): number {
  let left = minutes * 60_000;
  if (left <= 0) return from;
  const first = civilDateAt(from, zone);
  for (let i = 0; i <= MAX_SCAN_DAYS; i++) {
    const seg = segment(zone, hours, addDays(first, i));
    if (!seg) continue;
    const start = Math.max(from, seg.start);
    if (seg.end <= start) continue;
    if (seg.end - start >= left) return start + left;
    left -= seg.end - start;
  }
  throw new RangeError(`A review window longer than ${MAX_SCAN_DAYS} days is not supported`);
}

/** Working minutes of the reader in [from, to]. */
function workingMinutes(zone: string, hours: WorkingHours, from: number, to: number): number {
  if (to <= from) return 0;
  let total = 0;
  const first = civilDateAt(from, zone);
  for (let i = 0; i <= MAX_SCAN_DAYS; i++) {
    const date = addDays(first, i);
    const seg = segment(zone, hours, date);
    if (seg) total += Math.max(0, Math.min(to, seg.end) - Math.max(from, seg.start));
    if ((seg?.start ?? instantAt(zone, date, 0, 0)) > to) break;
  }
  return Math.round(total / 60_000);
}

/** Inside the reader's working hours at `instant`, both ends included (as DEADLINES.md's hours.ts). */
export function isInHours(zone: string, hours: WorkingHours, instant: number): boolean {
  const seg = segment(zone, hours, civilDateAt(instant, zone));
  return seg !== undefined && instant >= seg.start && instant <= seg.end;
}

/** Starts of the reader's working days in (after, until]. */
function startsBetween(zone: string, hours: WorkingHours, after: number, until: number): number[] {
  const out: number[] = [];
  const first = civilDateAt(after, zone);
  for (let i = 0; i <= 3; i++) {
    const seg = segment(zone, hours, addDays(first, i));
    if (seg && seg.start > after && seg.start <= until) out.push(seg.start);
  }
  return out;
}

/**
 * Splits readers into known (valid zone, usable hours), unknown (zone missing or not an IANA zone
 * Intl accepts) and those whose hours give no working time.
 */
function sortReaders(readers: Reader[]) {
  const known: { reader: Reader; zone: string; hours: WorkingHours }[] = [];
  const unknown: UnknownReader[] = [];
  const noHours: Reader[] = [];
  for (const reader of readers) {
    if (!reader.timeZone) unknown.push({ reader, reason: 'missing' });
    else if (!isValidZone(reader.timeZone)) unknown.push({ reader, reason: 'invalid' });
    else {
      const hours = reader.workingHours ?? DEFAULT_WORKING_HOURS;
      if (dayLengthMinutes(hours) === 0) noHours.push(reader);
      else known.push({ reader, zone: reader.timeZone, hours });
    }
  }
  return { known, unknown, noHours };
}

/**
 * Computes the fair review window.
 *
 * @param opensAt the instant the ritual is posted (UTC epoch ms)
 * @param readers the people asked to read; each with their own zone and working hours
 * @param requirement working days (each reader's own day length) or hours every reader gets; amount ≥ 0
 * @returns the window; `closesAt` undefined when no reader has a known zone and usable hours
 * @throws RangeError for a negative or non-finite amount, or a window beyond 400 calendar days
 */
export function reviewWindow(opensAt: number, readers: Reader[], requirement: Requirement): ReviewWindow {
  if (!Number.isFinite(requirement.amount) || requirement.amount < 0) throw new RangeError(`A review window needs a non-negative amount, got ${requirement.amount}`);
  if (!Number.isFinite(opensAt)) throw new RangeError('A review window needs a finite opening instant');
  const { known, unknown, noHours } = sortReaders(readers);
  const base = { opensAt, requirement, moved: false, noCommonHours: false, unknown, noHours };
  if (known.length === 0) return { ...base, readers: [] };

  const ready = known.map((k) => {
    const needed = neededMinutes(requirement, k.hours);
    return { ...k, needed, readyAt: addWorkingMinutes(k.zone, k.hours, opensAt, needed) };
  });
  const requiredAt = Math.max(...ready.map((r) => r.readyAt));
  const allIn = (instant: number) => ready.every((r) => isInHours(r.zone, r.hours, instant));

  // A close reads better on a quarter hour ("11:15 AM", not "11:07 AM"): round up, never down.
  const fairAt = Math.ceil(requiredAt / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
  let closesAt = fairAt;
  let noCommonHours = false;
  if (!allIn(fairAt)) {
    // The intersection of everyone's hours, if not empty, begins at some reader's start of day.
    const candidates = ready.flatMap((r) => startsBetween(r.zone, r.hours, fairAt, fairAt + MOVE_LIMIT_MS)).sort((a, b) => a - b);
    const found = candidates.find(allIn);
    if (found !== undefined) closesAt = found;
    else {
      // No instant suits everyone (New York and Tokyo never overlap on 9–5): close inside the hours
      // of as many readers as possible within the day, the earliest such instant; still never earlier.
      noCommonHours = true;
      const inCount = (instant: number) => ready.filter((r) => isInHours(r.zone, r.hours, instant)).length;
      let best = inCount(fairAt);
      for (const candidate of candidates) {
        const count = inCount(candidate);
        if (count > best) {
          best = count;
          closesAt = candidate;
        }
      }
    }
  }

  return {
    ...base,
    requiredAt,
    closesAt,
    moved: closesAt !== fairAt,
    noCommonHours,
    readers: ready.map((r) => {
      const change = clockChangeBetween(r.zone, opensAt, closesAt);
      return {
        reader: r.reader,
        timeZone: r.zone,
        neededMinutes: r.needed,
        readyAt: r.readyAt,
        givenMinutes: workingMinutes(r.zone, r.hours, opensAt, closesAt),
        inHours: isInHours(r.zone, r.hours, closesAt),
        ...(change !== undefined ? { clockChange: change } : {}),
      };
    }),
  };
}
