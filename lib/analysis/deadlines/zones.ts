/**
 * Time-zone arithmetic over Intl's zone data (all IANA zones of Chromium and Node). Formatters are cached: a new
 * Intl.DateTimeFormat costs ~100× a cached call; so are offsets, per zone and UTC hour, since even a
 * cached formatToParts costs ~20× the arithmetic that turns an offset into a wall clock. A zone is
 * valid when a formatter accepts it.
 */
import type { IsoWeekday } from '@/lib/analysis/types';
import { fromDayNumber, type CivilDate } from './civil';

const DAY_MS = 86_400_000;

const partsFormatters = new Map<string, Intl.DateTimeFormat | null>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat | null {
  let formatter = partsFormatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        weekday: 'short',
        era: 'short',
      });
    } catch {
      formatter = null;
    }
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when Intl knows the IANA zone (aliases such as Asia/Calcutta included). */
export function isValidZone(timeZone: string | undefined): timeZone is string {
  return typeof timeZone === 'string' && timeZone.length > 0 && partsFormatter(timeZone) !== null;
}

export interface WallClock extends CivilDate {
  hour: number;
  minute: number;
  second: number;
  weekday: IsoWeekday;
}

const WEEKDAYS: Record<string, IsoWeekday> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** Recently asked wall clocks, for instants outside the offset cache's years (read from Intl one second at a time). */
const wallClocks = new Map<string, WallClock>();

/** The wall clock read from Intl itself, one call per zone and second (cached). */
function exactWallClock(instant: number, timeZone: string): WallClock {
  const key = `${timeZone}|${Math.floor(instant / 1000)}`;
  const known = wallClocks.get(key);
  if (known) return known;
  if (wallClocks.size > 4096) wallClocks.clear();
  const wall = readWallClock(instant, timeZone);
  wallClocks.set(key, wall);
  return wall;
}

/*
 * Offsets per zone and UTC hour. A zone's offset changes a few times a year, each time at a whole
 * second, so almost every hour has one offset throughout: read it once from Intl (at the hour's
 * start, and at the next hour's start to see it did not change in between) and get every wall
 * clock of that hour by arithmetic. An hour that holds a clock change (the offsets at its two ends
 * differ) is marked and read from Intl second by second, as before. Only years 1900–2199 are cached:
 * there Date.UTC and Intl count years alike. Assumes a zone never changes its offset twice within
 * one hour and back (no tz rule does).
 */
const HOUR_MS = 3_600_000;
const CACHED_FROM = Date.UTC(1900, 0, 1);
const CACHED_TO = Date.UTC(2200, 0, 1);
/** A marker: the offset changes inside this hour. */
const CHANGES = 0.5;
/** zone → UTC hour number → offset in seconds east of UTC for the whole hour (or CHANGES). */
const hourOffsets = new Map<string, Map<number, number>>();
let cachedHours = 0;

/** The offset in whole seconds at `instant` (a whole second), from Intl. */
function exactOffsetSeconds(instant: number, timeZone: string): number {
  const w = exactWallClock(instant, timeZone);
  return (Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - instant) / 1000;
}

/** The offset in seconds at `instant` when one offset holds for its whole hour (1900–2199), else undefined. */
function hourOffset(instant: number, timeZone: string): number | undefined {
  if (!(instant >= CACHED_FROM && instant < CACHED_TO)) return undefined;
  let zone = hourOffsets.get(timeZone);
  if (!zone) {
    if (!partsFormatter(timeZone)) return undefined;
    zone = new Map();
    hourOffsets.set(timeZone, zone);
  }
  const hour = Math.floor(instant / HOUR_MS);
  let offset = zone.get(hour);
  if (offset === undefined) {
    if (cachedHours > 20_000) {
      for (const m of hourOffsets.values()) m.clear();
      cachedHours = 0;
    }
    // A neighbouring hour with one offset throughout already knows the offset at the shared end.
    const before = zone.get(hour - 1);
    const after = zone.get(hour + 1);
    const atStart = before !== undefined && before !== CHANGES ? before : exactOffsetSeconds(hour * HOUR_MS, timeZone);
    const atNext = after !== undefined && after !== CHANGES ? after : exactOffsetSeconds((hour + 1) * HOUR_MS, timeZone);
    offset = atStart === atNext ? atStart : CHANGES;
    zone.set(hour, offset);
    cachedHours++;
  }
  return offset === CHANGES ? undefined : offset;
}

/** The offset in seconds at `instant` in 1900–2199 (from Intl in an hour that holds a clock change); undefined for other years or an invalid zone. */
function offsetSeconds(instant: number, timeZone: string): number | undefined {
  const offset = hourOffset(instant, timeZone);
  if (offset !== undefined || !(instant >= CACHED_FROM && instant < CACHED_TO) || !partsFormatter(timeZone)) return offset;
  return exactOffsetSeconds(Math.floor(instant / 1000) * 1000, timeZone);
}

/** The wall clock in `timeZone` at `instant`. Throws on an invalid zone: validate first. */
export function wallClock(instant: number, timeZone: string): WallClock {
  const offset = hourOffset(instant, timeZone);
  if (offset === undefined) return exactWallClock(instant, timeZone);
  // The wall clock as UTC fields of the shifted instant, by arithmetic (what Date's UTC getters give).
  const wall = Math.floor(instant / 1000) * 1000 + offset * 1000;
  const days = Math.floor(wall / DAY_MS);
  const seconds = (wall - days * DAY_MS) / 1000;
  const { year, month, day } = fromDayNumber(days);
  return {
    year,
    month,
    day,
    hour: Math.floor(seconds / 3600),
    minute: Math.floor((seconds % 3600) / 60),
    second: seconds % 60,
    // Day 0 (1970-01-01) was a Thursday.
    weekday: (((((days + 3) % 7) + 7) % 7) + 1) as IsoWeekday,
  };
}

function readWallClock(instant: number, timeZone: string): WallClock {
  const formatter = partsFormatter(timeZone);
  if (!formatter) throw new RangeError(`Invalid time zone: ${timeZone}`);
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(instant)) parts[part.type] = part.value;
  const year = Number(parts.year);
  return {
    year: parts.era === 'BC' ? 1 - year : year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS[parts.weekday ?? 'Mon'] ?? 1,
  };
}

export function civilDateAt(instant: number, timeZone: string): CivilDate {
  const { year, month, day } = wallClock(instant, timeZone);
  return { year, month, day };
}

/** The zone's UTC offset at `instant`, in minutes east of UTC (Berlin in winter: 60). */
export function offsetMinutes(instant: number, timeZone: string): number {
  const offset = hourOffset(instant, timeZone);
  if (offset !== undefined) return Math.round(offset / 60);
  const w = exactWallClock(instant, timeZone);
  const wallAsUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((wallAsUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * Whether two zones show the same wall clock, to the minute, at `instant`; undefined when that is
 * not known from the offset cache (the caller asks Intl).
 */
export function sameWallMinute(instant: number, a: string, b: string): boolean | undefined {
  const offsetA = offsetSeconds(instant, a);
  const offsetB = offsetA === undefined ? undefined : offsetSeconds(instant, b);
  if (offsetA === undefined || offsetB === undefined) return undefined;
  const second = Math.floor(instant / 1000) * 1000;
  return Math.floor((second + offsetA * 1000) / 60_000) === Math.floor((second + offsetB * 1000) / 60_000);
}

/**
 * The instant when the wall clock in `timeZone` shows `date` at `hour:minute`. A time skipped by a
 * clock change moves forward by the gap (02:30 on a spring-forward night is 03:30); a repeated time
 * is its first occurrence. Done over Intl offsets rather than TZDate, which picks the first
 * occurrence in New York but the second in Berlin.
 */
const instants = new Map<string, Map<number, number>>();
let cachedInstants = 0;

export function instantAt(timeZone: string, date: CivilDate, hour = 0, minute = 0): number {
  // The answer depends only on the wall time as one number (hour 24 is the next day's 0:00 either way).
  const wallAsUtc = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  let zone = instants.get(timeZone);
  if (!zone) {
    zone = new Map();
    instants.set(timeZone, zone);
  }
  const known = zone.get(wallAsUtc);
  if (known !== undefined) return known;
  if (cachedInstants > 4096) {
    for (const m of instants.values()) m.clear();
    cachedInstants = 0;
  }
  const instant = computeInstantAt(timeZone, wallAsUtc);
  zone.set(wallAsUtc, instant);
  cachedInstants++;
  return instant;
}

function computeInstantAt(timeZone: string, wallAsUtc: number): number {
  const offsetBefore = offsetMinutes(wallAsUtc - 86_400_000, timeZone);
  const offsetAfter = offsetMinutes(wallAsUtc + 86_400_000, timeZone);
  const fits = [offsetBefore, offsetAfter]
    .map((offset) => wallAsUtc - offset * 60_000)
    .filter((instant) => offsetMinutes(instant, timeZone) * 60_000 === wallAsUtc - instant);
  if (fits.length > 0) return Math.min(...fits);
  // Skipped: read the wall time with the offset in force before the gap, which lands after it.
  return wallAsUtc - offsetBefore * 60_000;
}

/** The instant at a wall time with a fixed UTC offset ("3pm CET"). */
export function instantAtOffset(offset: number, date: CivilDate, hour = 0, minute = 0): number {
  return Date.UTC(date.year, date.month - 1, date.day, hour, minute) - offset * 60_000;
}

/** The first instant in (from, to] where the zone's offset differs from its offset at `from`, if any. */
export function clockChangeBetween(timeZone: string, from: number, to: number): number | undefined {
  const before = offsetMinutes(from, timeZone);
  if (offsetMinutes(to, timeZone) === before) return undefined;
  let low = from;
  let high = to;
  while (high - low > 60_000) {
    const mid = low + Math.floor((high - low) / 2);
    if (offsetMinutes(mid, timeZone) === before) low = mid;
    else high = mid;
  }
  return high;
}

/** A city people recognise, from the IANA name: "America/New_York" → "New York"; "Etc/GMT+2" → "UTC−2". */
const cities = new Map<string, string>();

export function cityName(timeZone: string): string {
  let city = cities.get(timeZone);
  if (city === undefined) {
    if (cities.size > 1024) cities.clear();
    city = readCityName(timeZone);
    cities.set(timeZone, city);
  }
  return city;
}

function readCityName(timeZone: string): string {
  const etc = /^Etc\/GMT([+-])(\d+)$/.exec(timeZone);
  // Etc/ zones use POSIX signs: Etc/GMT+2 is two hours *behind* UTC.
  if (etc) return `UTC${etc[1] === '+' ? '−' : '+'}${etc[2]}`;
  if (/^(Etc\/)?(UTC|GMT|UCT|Zulu|Universal)$/.test(timeZone)) return 'UTC';
  const last = timeZone.split('/').pop() ?? timeZone;
  return last.replace(/_/g, ' ');
}

/**
 * The zones Intl (ICU, following CLDR) still names by an id IANA has since renamed, with the
 * current IANA name (IANA tzdata `backward` file). Only ids Intl reports are listed.
 */
export const RENAMED: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata', 'Asia/Katmandu': 'Asia/Kathmandu', 'Asia/Saigon': 'Asia/Ho_Chi_Minh', 'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv', 'Atlantic/Faeroe': 'Atlantic/Faroe', 'America/Godthab': 'America/Nuuk', 'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei', 'Pacific/Enderbury': 'Pacific/Kanton', 'Africa/Asmera': 'Africa/Asmara', 'America/Coral_Harbour': 'America/Atikokan',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires', 'America/Catamarca': 'America/Argentina/Catamarca', 'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Jujuy': 'America/Argentina/Jujuy', 'America/Mendoza': 'America/Argentina/Mendoza', 'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
};

let known: readonly string[] | undefined;

/** Every IANA zone this browser lists (Intl.supportedValuesOf), read once; ['UTC'] where Intl lists none. */
export function knownZones(): readonly string[] {
  if (!known) {
    let listed: string[] = [];
    try {
      listed = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
    } catch {
      listed = [];
    }
    known = listed.length ? listed : ['UTC'];
  }
  return known;
}

/** A zone as a person picks it: its IANA id and the city it is shown by ("Asia/Kolkata", "Kolkata"). */
export interface ZoneOption {
  zone: string;
  city: string;
}

let options: readonly ZoneOption[] | undefined;

/**
 * The zones a person can pick, by city (`cityName`, the one city-name function), sorted by it;
 * a zone Intl lists by a name IANA has since changed ("Asia/Calcutta") is offered by its current one
 * ("Asia/Kolkata", "Kolkata").
 */
export function zoneOptions(): readonly ZoneOption[] {
  if (!options) {
    const seen = new Set<string>();
    const list: ZoneOption[] = [];
    for (const listed of knownZones()) {
      const renamed = RENAMED[listed];
      const zone = renamed && isValidZone(renamed) ? renamed : listed;
      if (seen.has(zone)) continue;
      seen.add(zone);
      list.push({ zone, city: cityName(zone) });
    }
    options = list.sort((a, b) => a.city.localeCompare(b.city) || a.zone.localeCompare(b.zone));
  }
  return options;
}

let zonesByCity: Map<string, string> | undefined;

/** The IANA zone for a city name people type ("Berlin", "new york"), if Intl knows one. */
export function zoneForCity(city: string): string | undefined {
  if (!zonesByCity) {
    zonesByCity = new Map();
    for (const zone of knownZones()) {
      if (!zone.includes('/') || zone.startsWith('Etc/')) continue;
      zonesByCity.set(cityName(zone).toLowerCase(), zone);
      // Intl still lists some zones by a name IANA has since changed ("Asia/Calcutta"): the city
      // people write now ("Kolkata time") names it too.
      const renamed = RENAMED[zone];
      if (renamed && isValidZone(renamed)) zonesByCity.set(cityName(renamed).toLowerCase(), renamed);
    }
  }
  return zonesByCity.get(city.trim().toLowerCase());
}
