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
