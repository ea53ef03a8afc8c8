/**
 * Time-zone arithmetic over Intl's zone data (all IANA zones of Chromium and Node). Formatters are cached: a new
 * Intl.DateTimeFormat costs ~100× a cached call. A zone is valid when a formatter accepts it.
 */
import type { IsoWeekday } from '@/lib/analysis/types';
import type { CivilDate } from './civil';

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

/** Recently asked wall clocks: a deadline's policy asks the same few instants many times. */
const wallClocks = new Map<string, WallClock>();

/** The wall clock in `timeZone` at `instant`. Throws on an invalid zone: validate first. */
export function wallClock(instant: number, timeZone: string): WallClock {
  const key = `${timeZone}|${Math.floor(instant / 1000)}`;
  const known = wallClocks.get(key);
  if (known) return known;
  if (wallClocks.size > 4096) wallClocks.clear();
  const wall = readWallClock(instant, timeZone);
  wallClocks.set(key, wall);
  return wall;
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
  const w = wallClock(instant, timeZone);
  const wallAsUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((wallAsUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The instant when the wall clock in `timeZone` shows `date` at `hour:minute`. A time skipped by a
 * clock change moves forward by the gap (02:30 on a spring-forward night is 03:30); a repeated time
 * is its first occurrence. Done over Intl offsets rather than TZDate, which picks the first
 * occurrence in New York but the second in Berlin.
 */
const instants = new Map<string, number>();

export function instantAt(timeZone: string, date: CivilDate, hour = 0, minute = 0): number {
  const key = `${timeZone}|${date.year}-${date.month}-${date.day}|${hour}:${minute}`;
  const known = instants.get(key);
  if (known !== undefined) return known;
  if (instants.size > 4096) instants.clear();
  const instant = computeInstantAt(timeZone, date, hour, minute);
  instants.set(key, instant);
  return instant;
}

function computeInstantAt(timeZone: string, date: CivilDate, hour: number, minute: number): number {
  const wallAsUtc = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
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
export function cityName(timeZone: string): string {
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

let zonesByCity: Map<string, string> | undefined;

/** The IANA zone for a city name people type ("Berlin", "new york"), if Intl knows one. */
export function zoneForCity(city: string): string | undefined {
  if (!zonesByCity) {
    zonesByCity = new Map();
    const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
    for (const zone of supported) {
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
