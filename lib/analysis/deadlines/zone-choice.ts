/**
 * Which meaning of a zone abbreviation the writer meant, and whether it is in season.
 * DEADLINES.md: ambiguity is surfaced, not hidden. "IST" is India, Ireland or Israel: the people
 * involved are the evidence (the sender's zone first — people name their own clock most — then
 * each recipient's), else the most common meaning; the others stay available as alternatives.
 * An abbreviation names a region's clock in one season ("PST" = UTC−8); written on a date when the
 * region is on its other offset, it is read as the region's clock and the deadline says so.
 */
import type { ZoneMeaning, ZoneSpec } from './reading';
import { cityName, isValidZone, offsetMinutes } from './zones';

type AbbreviatedZone = Extract<ZoneSpec, { kind: 'zone' }>;

export interface ZoneChoice {
  spec: AbbreviatedZone;
  meaning: ZoneMeaning;
  because: 'chosen' | 'sender' | 'recipient' | 'most-common';
  /** The meanings not used. */
  others: ZoneMeaning[];
}

const HALF_YEAR_MS = 182 * 86_400_000;

/** Same clock now and half a year from now (so Dublin is not London, though both are UTC+0 in winter). */
function sameClock(a: string, b: string, now: number): boolean {
  if (a === b) return true;
  return offsetMinutes(now, a) === offsetMinutes(now, b) && offsetMinutes(now + HALF_YEAR_MS, a) === offsetMinutes(now + HALF_YEAR_MS, b);
}

/** Whether people in `zone` use this meaning: listed (or under a listed prefix) and on the same clock. */
function usedIn(meaning: ZoneMeaning, zone: string, now: number): boolean {
  const where = meaning.where ?? [meaning.timeZone];
  const listed = where.some((w) => (w.endsWith('/') ? zone.startsWith(w) : zone === w));
  return listed && sameClock(meaning.timeZone, zone, now);
}

/**
 * The meaning of an abbreviated zone for these people. `senderZone` and `recipientZones` are IANA
 * zones (invalid or unknown ones are skipped); `choices` maps an upper-cased abbreviation to the zone
 * the user picked. Undefined when the spec names no ambiguous abbreviation.
 */
export function chooseZoneMeaning(
  spec: ZoneSpec | undefined,
  people: { senderZone?: string; recipientZones?: (string | undefined)[] },
  now: number,
  choices?: Record<string, string>,
): ZoneChoice | undefined {
  if (spec?.kind !== 'zone' || !spec.abbreviation) return undefined;
  const meanings = spec.meanings ?? [{ timeZone: spec.timeZone, label: spec.abbreviation, nominal: spec.nominal ?? offsetMinutes(now, spec.timeZone) }];
  const pick = (meaning: ZoneMeaning, because: ZoneChoice['because']): ZoneChoice => ({
    spec: { ...spec, timeZone: meaning.timeZone, nominal: meaning.nominal },
    meaning,
    because,
    others: meanings.filter((m) => m !== meaning),
  });
  const chosen = choices?.[spec.abbreviation];
  if (chosen && isValidZone(chosen)) {
    const meaning = meanings.find((m) => sameClock(m.timeZone, chosen, now)) ?? { timeZone: chosen, label: cityName(chosen), nominal: offsetMinutes(now, chosen) };
    return pick(meaning, 'chosen');
  }
  if (meanings.length > 1) {
    const sender = people.senderZone;
    if (isValidZone(sender)) {
      const meaning = meanings.find((m) => usedIn(m, sender, now));
      if (meaning) return pick(meaning, 'sender');
    }
    for (const zone of people.recipientZones ?? []) {
      if (!isValidZone(zone)) continue;
      const meaning = meanings.find((m) => usedIn(m, zone, now));
      if (meaning) return pick(meaning, 'recipient');
    }
  }
  return pick(meanings[0]!, 'most-common');
}

/** "UTC−7", "UTC+5:30" */
export function utcOffsetText(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${Math.floor(abs / 60)}${abs % 60 ? `:${String(abs % 60).padStart(2, '0')}` : ''}`;
}

/**
 * When the abbreviation's offset is not the region's offset at `instant` ("PST" on a July date),
 * the note that says how it was read; else undefined. `day` renders the date ("Jul 10").
 */
export function outOfSeasonNote(spec: ZoneSpec | undefined, instant: number, day: (instant: number, timeZone: string) => string): string | undefined {
  if (spec?.kind !== 'zone' || !spec.abbreviation || spec.nominal === undefined) return undefined;
  const actual = offsetMinutes(instant, spec.timeZone);
  if (actual === spec.nominal) return undefined;
  const city = cityName(spec.timeZone);
  return `${spec.abbreviation} (${utcOffsetText(spec.nominal)}) is not in use in ${city} on ${day(instant, spec.timeZone)}: read as ${city} time, then ${utcOffsetText(actual)}`;
}
