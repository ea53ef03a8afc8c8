/**
 * Searching and labelling zones in the pickers (the "Where is …?" card, the first run, Options,
 * the ritual readers). The city each zone is shown by comes with it, from the one city-name
 * function in lib (`zoneOptions()` in lib/analysis/deadlines/zones.ts): components never derive it.
 */
import type { ZoneOption } from '@/lib/analysis/deadlines/zones';

export type { ZoneOption };

/** How many matches a search shows. */
export const MAX_SHOWN = 8;

/** The zones a query finds: cities starting with it first, then zones or cities containing it; at most MAX_SHOWN. */
export function matchZones(options: readonly ZoneOption[], query: string): ZoneOption[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!q) return [];
  const starts: ZoneOption[] = [];
  const contains: ZoneOption[] = [];
  for (const option of options) {
    const city = option.city.toLowerCase();
    if (city.startsWith(q)) starts.push(option);
    else if (city.includes(q) || option.zone.toLowerCase().replace(/_/g, ' ').includes(q)) contains.push(option);
  }
  return [...starts, ...contains].slice(0, MAX_SHOWN);
}

/** The city a zone is shown by, from the options; the zone id itself when it is not among them. */
export function cityIn(options: readonly ZoneOption[], zone: string): string {
  return options.find((o) => o.zone === zone)?.city ?? zone;
}

/** "Tokyo — Asia/Tokyo"; just the id when the city says nothing more ("UTC"). */
export function optionLabel(option: ZoneOption): string {
  return option.city === option.zone ? option.zone : `${option.city} — ${option.zone}`;
}

/** A place the zone ids do not name, found by the background's search ("Mumbai, India"; "India"). */
export interface PlaceFound {
  zone: string;
  place: string;
}

/** One line of a picker's list: the zone it picks and how it is shown. */
export interface PickItem {
  zone: string;
  label: string;
}

/** "São Paulo " → "sao paulo": how a typed name is compared with a city or a place. */
function nameKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s_]+/g, ' ').trim();
}

/**
 * What a picker lists for `query`, at most MAX_SHOWN: a city or place named exactly as typed first
 * ("India" is the country, before Indianapolis and the Indian Ocean zones that merely start with it),
 * then the zones whose city starts with or contains it, then the other places. A place whose zone is
 * already listed is left out.
 */
export function pickList(matches: readonly ZoneOption[], places: readonly PlaceFound[], query: string): PickItem[] {
  const q = nameKey(query);
  const rank = (name: string) => (nameKey(name) === q ? 0 : nameKey(name).startsWith(q) ? 1 : 2);
  const zones = matches.map((o) => ({ zone: o.zone, label: o.city, rank: rank(o.city) }));
  const listed = new Set(matches.map((o) => o.zone));
  const found = places.filter((p) => !listed.has(p.zone)).map((p) => ({ zone: p.zone, label: p.place, rank: rank(p.place.split(',')[0]!) }));
  // Named exactly, then by how the name starts ("Est…": Estonia), then anywhere in it (Bucharest).
  const items = [0, 1, 2].flatMap((r) => [...zones.filter((i) => i.rank === r), ...found.filter((i) => i.rank === r)]);
  return items.slice(0, MAX_SHOWN).map(({ zone, label }) => ({ zone, label }));
}

/**
 * The line Enter picks: the first listed, when its name is the query or starts with it ("berl" →
 * Berlin); none when the query only appears inside names ("EST" inside "Bucharest"), or when the
 * query is an abbreviation such as EST, which names no place and no rule for daylight saving time.
 */
export function enterPick(items: readonly PickItem[], query: string): PickItem | null {
  const typed = query.trim();
  if (isAbbreviation(typed)) return null;
  const first = items[0];
  return first && nameKey(first.label).startsWith(nameKey(typed)) ? first : null;
}

/** "EST", "PST", "CET": a zone abbreviation typed where a place is asked. */
export function isAbbreviation(typed: string): boolean {
  return /^[A-Z]{2,5}$/.test(typed.trim()) && !['UTC', 'GMT'].includes(typed.trim());
}
