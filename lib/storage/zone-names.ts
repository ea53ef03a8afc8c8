/**
 * Zones as people type them, made into the one IANA id the browser uses. Real IANA names are
 * accepted in any case and through their old aliases, and stored as one id per zone: Intl
 * resolves the spelling and the alias (`europe/berlin` → `Europe/Berlin`, `Asia/Kolkata` →
 * `Asia/Calcutta`), then the ids CLDR keeps from before an IANA rename get their current IANA
 * name (`Asia/Calcutta` → `Asia/Kolkata`): Chromium 156 and Node 20 both still report the old
 * CLDR ids (measured), which people no longer recognise. Abbreviations (`EST`) and bare offsets
 * (`+05:30`) are refused with a suggestion: they name no rule for daylight saving time, and
 * Intl itself would read `EST` as a fixed UTC−5 zone (America/Panama), wrong for New York half
 * of the year.
 */
import { rawTimeZones } from '@vvo/tzdb';
import { cityName, isValidZone, knownZones, offsetMinutes, RENAMED } from '@/lib/analysis/deadlines/zones';
import { ZONE_POPULATION } from './zone-populations';

/** A suggestion for each common abbreviation: the best-known zone that uses it (abbreviations are ambiguous: IST is also Dublin and Jerusalem). */
const ABBREVIATION_ZONES: Record<string, string> = {
  ET: 'America/New_York', EST: 'America/New_York', EDT: 'America/New_York',
  CT: 'America/Chicago', CST: 'America/Chicago', CDT: 'America/Chicago',
  MT: 'America/Denver', MST: 'America/Denver', MDT: 'America/Denver',
  PT: 'America/Los_Angeles', PST: 'America/Los_Angeles', PDT: 'America/Los_Angeles',
  AKST: 'America/Anchorage', AKDT: 'America/Anchorage', HST: 'Pacific/Honolulu',
  BST: 'Europe/London', WET: 'Europe/Lisbon', WEST: 'Europe/Lisbon', CET: 'Europe/Berlin', CEST: 'Europe/Berlin',
  MET: 'Europe/Berlin', EET: 'Europe/Athens', EEST: 'Europe/Athens', MSK: 'Europe/Moscow',
  IST: 'Asia/Kolkata', PKT: 'Asia/Karachi', SGT: 'Asia/Singapore', HKT: 'Asia/Hong_Kong', JST: 'Asia/Tokyo', KST: 'Asia/Seoul',
  AEST: 'Australia/Sydney', AEDT: 'Australia/Sydney', ACST: 'Australia/Adelaide', AWST: 'Australia/Perth', NZST: 'Pacific/Auckland', NZDT: 'Pacific/Auckland',
};

/** Names without a slash that are real zones and not abbreviations of one. */
const UTC_NAMES = /^(UTC|GMT|UCT|Zulu|Universal|Greenwich|Etc\/.+)$/i;
/** "+05:30", "-5", "UTC+2", "GMT-03:00", "UTC−5" (with a minus sign). */
const OFFSET = /^(?:UTC|GMT)?\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$/i;
/** "EST5EDT", "CST6CDT": POSIX-style legacy zones, named by their abbreviations. */
const POSIX = /^([A-Z]{3,4})\d{1,2}([A-Z]{3,4})$/;


const canonical = new Map<string, string | undefined>();

/** The one id of a zone Intl knows (`europe/berlin` → `Europe/Berlin`, `Asia/Calcutta` → `Asia/Kolkata`); undefined when unknown. */
export function canonicalZone(input: string): string | undefined {
  if (canonical.has(input)) return canonical.get(input);
  let id: string | undefined;
  if (isValidZone(input)) {
    try {
      id = new Intl.DateTimeFormat('en-US', { timeZone: input }).resolvedOptions().timeZone;
      const renamed = RENAMED[id];
      if (renamed && isValidZone(renamed)) id = renamed;
    } catch {
      id = undefined;
    }
  }
  if (canonical.size > 2_000) canonical.clear();
  canonical.set(input, id);
  return id;
}

/** Up to three zones with this UTC offset at `now` ("Asia/Calcutta, Asia/Colombo"). */
function zonesAtOffset(minutes: number, now: number): string[] {
  return knownZones()
    .filter((z) => z.includes('/') && !z.startsWith('Etc/'))
    .filter((z) => {
      try {
        return offsetMinutes(now, z) === minutes;
      } catch {
        return false;
      }
    })
    .slice(0, 3);
}

export type ZoneReading = { ok: true; timeZone: string } | { ok: false; message: string };

/**
 * Reads a zone as typed. `now` (epoch ms) picks the zones suggested for a bare offset.
 * Never throws; see `normalizeZone` for the throwing form.
 */
export function readZone(input: string, now: number = Date.now()): ZoneReading {
  // A roster names the same few zones thousands of times: remember the answers (offsets excepted, they depend on `now`).
  const known = readings.get(input);
  if (known) return known;
  const reading = readZoneUncached(input, now);
  if (reading.ok || !OFFSET.test(input.trim())) {
    if (readings.size > 2_000) readings.clear();
    readings.set(input, reading);
  }
  return reading;
}

const readings = new Map<string, ZoneReading>();

function readZoneUncached(input: string, now: number): ZoneReading {
  const typed = input.trim();
  if (!typed) return { ok: false, message: 'The time zone is empty' };
  const offset = OFFSET.exec(typed);
  if (offset) {
    const sign = offset[1] === '+' ? 1 : -1;
    const minutes = sign * (Number(offset[2]) * 60 + Number(offset[3] ?? 0));
    const near = zonesAtOffset(minutes, now);
    return {
      ok: false,
      message: `"${typed}" is a UTC offset, not a time zone: offsets change with daylight saving time. Type the city instead, or its IANA zone${near.length ? `, e.g. ${near.map((z) => `"${z}"`).join(' or ')}` : ' (e.g. "Europe/Berlin")'}`,
    };
  }
  const upper = typed.toUpperCase();
  const posix = POSIX.exec(upper);
  if (!typed.includes('/') && !UTC_NAMES.test(typed) && (ABBREVIATION_ZONES[upper] !== undefined || posix)) {
    const suggestion = ABBREVIATION_ZONES[posix ? posix[1]! : upper];
    return {
      ok: false,
      message: `"${typed}" is an abbreviation, not a time zone: it does not say when clocks change. Type the city instead, or its IANA zone${suggestion ? `, e.g. "${suggestion}"` : ' (e.g. "Europe/Berlin")'}`,
    };
  }
  const id = canonicalZone(typed) ?? canonicalZone(caseFolded(typed)) ?? zoneOfCity(typed) ?? zoneOfPlace(typed);
  if (id) return { ok: true, timeZone: id };
  // "Toronto, Canada", as the pickers label a place: the city before the comma names the zone.
  const comma = typed.indexOf(',');
  if (comma > 0) {
    const city = readZoneUncached(typed.slice(0, comma), now);
    if (city.ok) return city;
  }
  const several = zonesOfPlace(typed);
  if (several.length > 1) {
    return { ok: false, message: `"${typed}" has several time zones (${several.slice(0, 4).join(', ')}${several.length > 4 ? ', …' : ''}): type the city` };
  }
  return { ok: false, message: `"${typed}" is not a known IANA time zone or a city or country that names one: type a big city near them, their country, or an IANA zone such as "Europe/Berlin"` };
}

let byCity: Map<string, string | null> | undefined;

/**
 * The zone a city names, as people type one where a zone is asked ("Tokyo", "new york",
 * "Kolkata" or its old name "Calcutta"): IANA names each zone after its best-known city, the last
 * part of the id. Undefined when no zone, or more than one, has that city (both "Vincennes" zones).
 */
function zoneOfCity(typed: string): string | undefined {
  if (!byCity) {
    byCity = new Map();
    for (const listed of knownZones()) {
      const id = canonicalZone(listed);
      if (!id || !listed.includes('/') || listed.startsWith('Etc/')) continue;
      for (const name of new Set([listed, id])) {
        const city = cityName(name).toLowerCase();
        const before = byCity.get(city);
        byCity.set(city, before === undefined || before === id ? id : null);
      }
    }
  }
  return byCity.get(typed.toLowerCase().replace(/[\s_]+/g, ' ')) ?? undefined;
}

/** "São Paulo", "sao paulo", "SAO  PAULO" → "sao paulo". */
function placeKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s_]+/g, ' ').trim();
}

/** The places index: each place's zones by its key, and each place once as it is written (for the pickers' search). */
interface Places {
  byKey: Map<string, string[]>;
  list: { key: string; place: string; country: string; zones: string[] }[];
  /** Each zone's best-known city ("America/Toronto" → "Toronto"), to tell a country's zones apart. */
  mainCity: Map<string, string>;
}

let placesIndex: Places | undefined;

/**
 * The places that are not in a zone's id, built once: big cities ("Mumbai", "San Francisco",
 * "Munich") and countries ("India", "Germany"), from @vvo/tzdb (the IANA zones for pickers, with
 * each zone's main cities by population from GeoNames, and its country). A name several zones
 * share gives them all.
 */
function places(): Places {
  if (!placesIndex) {
    const byKey = new Map<string, string[]>();
    const written = new Map<string, { place: string; country: string }>();
    const mainCity = new Map<string, string>();
    // A country's zones, the best-known first: by the population of the largest city each covers
    // (ZONE_POPULATION, generated from city-timezones: @vvo/tzdb orders a zone's cities by population
    // but gives no figures), then by how many IANA zones it stands for. "Canada" lists Toronto,
    // Vancouver, Calgary … St. John's before Whitehorse (by group size alone, Whitehorse came second
    // and St. John's fell off the list).
    const size = (zone: (typeof rawTimeZones)[number]) => ZONE_POPULATION[zone.name] ?? 0;
    const zones = [...rawTimeZones].sort((a, b) => size(b) - size(a) || b.group.length - a.group.length);
    for (const zone of zones) {
      const id = canonicalZone(zone.name);
      if (!id) continue;
      if (zone.mainCities[0] && !mainCity.has(id)) mainCity.set(id, zone.mainCities[0]);
      for (const name of new Set([...zone.mainCities, zone.countryName])) {
        const key = placeKey(name);
        const zones = byKey.get(key) ?? [];
        if (!zones.includes(id)) byKey.set(key, [...zones, id]);
        if (!written.has(key)) written.set(key, { place: name, country: name === zone.countryName ? '' : zone.countryName });
      }
    }
    placesIndex = { byKey, mainCity, list: [...written].map(([key, w]) => ({ key, ...w, zones: byKey.get(key)! })) };
  }
  return placesIndex;
}

/** The zones a big city or a country names ("Mumbai" → Asia/Kolkata); several for "Canada"; none for an unknown name. */
function zonesOfPlace(typed: string): string[] {
  return places().byKey.get(placeKey(typed)) ?? [];
}

/** A place found by the pickers' search: its zone, and how to show it ("Mumbai, India"). */
export interface PlaceMatch {
  zone: string;
  place: string;
}

/**
 * Big cities and countries whose name starts with `query` (accents and case ignored), each with its
 * zone; a country with several zones is listed once per zone, by its best-known city, the busiest
 * zones first ("Toronto, Canada"). For the pickers, next to their search of zone ids; at most `max`.
 */
export function placesMatching(query: string, max = 8): PlaceMatch[] {
  const q = placeKey(query);
  if (q.length < 2) return [];
  const out: PlaceMatch[] = [];
  // A city by its former name ("Bangalore") finds it by its current one, first.
  const current = FORMER_NAMES[q];
  const list = places().list;
  const ordered = current ? [...list.filter((p) => p.key === current), ...list] : list;
  for (const p of ordered) {
    if (!p.key.startsWith(q) && !p.key.includes(` ${q}`) && p.key !== current) continue;
    for (const zone of p.zones) {
      if (out.some((m) => m.zone === zone && m.place.startsWith(p.place))) continue;
      // A country of several zones names each by its best-known city: "Toronto, Canada".
      const city = p.zones.length > 1 && !p.country ? places().mainCity.get(zone) : undefined;
      out.push({ zone, place: p.country ? `${p.place}, ${p.country}` : city ? `${city}, ${p.place}` : p.place });
      if (out.length >= max) return out;
    }
  }
  return out;
}

/**
 * Big cities still called by the name they had before an official rename, which @vvo/tzdb (GeoNames'
 * current names) does not list: the current name, looked up like any other. Bangalore → Bengaluru
 * (2014), Bombay → Mumbai (1995), Madras → Chennai (1996; in India's one zone), Gurgaon → Gurugram
 * (2016; likewise), Peking → Beijing.
 */
const FORMER_NAMES: Record<string, string> = {
  bangalore: 'bengaluru',
  bombay: 'mumbai',
  madras: 'india',
  gurgaon: 'india',
  peking: 'beijing',
};

/** The one zone a city or country names; undefined when it names none or several ("Canada"). */
function zoneOfPlace(typed: string): string | undefined {
  const zones = zonesOfPlace(FORMER_NAMES[placeKey(typed)] ?? typed);
  return zones.length === 1 ? zones[0] : undefined;
}

let byLowerCase: Map<string, string> | undefined;

/** The listed zone spelled like `typed` ignoring case, for engines whose Intl is case-sensitive. */
function caseFolded(typed: string): string {
  byLowerCase ??= new Map(knownZones().map((z) => [z.toLowerCase(), z]));
  return byLowerCase.get(typed.toLowerCase()) ?? typed;
}

/** The zone's canonical id; throws RangeError with `readZone`'s message when it is not a usable IANA zone. */
export function normalizeZone(input: string, now: number = Date.now()): string {
  const reading = readZone(input, now);
  if (!reading.ok) throw new RangeError(reading.message);
  return reading.timeZone;
}
