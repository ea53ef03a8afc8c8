import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ZoneQuestionModel } from './types';
import { MAX_SHOWN, matchZones } from '../zone-options';


export function ZonePicker(props: { model: ZoneQuestionModel; onPick(zone: string): void; onDismiss(): void }) {
  const [query, setQuery] = useState('');
  const matches = useMemo(() => matchZones(props.model.zones, query), [props.model.zones, query]);
  // Cities and countries the zone ids do not name ("Mumbai", "India"), from the background; a
  // late answer to an older query is dropped.
  const [places, setPlaces] = useState<{ query: string; found: { zone: string; place: string }[] }>({ query: '', found: [] });
  const search = props.model.places;
  useEffect(() => {
    if (!search || query.trim().length < 2) return;
    let current = true;
    search(query).then(
      (found) => current && setPlaces({ query, found }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [search, query]);
  const extra = places.query === query ? places.found.filter((p) => !matches.some((m) => m.zone === p.zone)).slice(0, Math.max(0, MAX_SHOWN - matches.length)) : [];
  return (
    <div class="zone-picker" data-part="zone-picker">
      <label>
        <span class="prompt">{props.model.prompt}</span>
        <input
          type="search"
          placeholder="City, e.g. Berlin"
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => {
            // Enter takes the first city listed, as in any search box with suggestions.
            if (e.key !== 'Enter' || e.isComposing) return;
            const first = matches[0]?.zone ?? extra[0]?.zone;
            e.preventDefault();
            e.stopPropagation();
            if (first) props.onPick(first);
          }}
        />
      </label>
      {matches.length + extra.length > 0 && (
        <ul class="zones" role="listbox">
          {matches.map(({ zone, city }) => (
            <li key={zone}>
              <button type="button" role="option" data-zone={zone} onClick={() => props.onPick(zone)}>
                {city} <small>{zone}</small>
              </button>
            </li>
          ))}
          {extra.map(({ zone, place }) => (
            <li key={`${place} ${zone}`}>
              <button type="button" role="option" data-zone={zone} onClick={() => props.onPick(zone)}>
                {place} <small>{zone}</small>
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
