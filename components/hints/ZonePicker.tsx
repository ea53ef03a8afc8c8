import { useMemo, useState } from 'preact/hooks';
import type { ZoneQuestionModel } from './types';

const MAX_SHOWN = 8;

/** "Berlin" for Europe/Berlin, "Buenos Aires" for America/Argentina/Buenos_Aires. */
export function cityOf(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

export function matchZones(zones: readonly string[], query: string): string[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!q) return [];
  const starts: string[] = [];
  const contains: string[] = [];
  for (const zone of zones) {
    const city = cityOf(zone).toLowerCase();
    if (city.startsWith(q)) starts.push(zone);
    else if (zone.toLowerCase().replace(/_/g, ' ').includes(q)) contains.push(zone);
  }
  return [...starts, ...contains].slice(0, MAX_SHOWN);
}

export function ZonePicker(props: { model: ZoneQuestionModel; onPick(zone: string): void; onDismiss(): void }) {
  const [query, setQuery] = useState('');
  const matches = useMemo(() => matchZones(props.model.zones, query), [props.model.zones, query]);
  return (
    <div class="zone-picker" data-part="zone-picker">
      <label>
        <span class="prompt">{props.model.prompt}</span>
        <input
          type="search"
          placeholder="City, e.g. Berlin"
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      {matches.length > 0 && (
        <ul class="zones" role="listbox">
          {matches.map((zone) => (
            <li key={zone}>
              <button type="button" role="option" data-zone={zone} onClick={() => props.onPick(zone)}>
                {cityOf(zone)} <small>{zone}</small>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="link" onClick={props.onDismiss}>
        Not now
      </button>
    </div>
  );
}
