import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ZoneQuestionModel } from './types';
import { enterPick, isAbbreviation, matchZones, pickList, type PlaceFound } from '../zone-options';

/**
 * "Where is …?": a search over the zones (by city) and, through the background, big cities and
 * countries the zone ids do not name. Enter picks the first line listed; typed before the places
 * have come back, it waits for them, so "India" + Enter is India, never Indianapolis.
 */
export function ZonePicker(props: { model: ZoneQuestionModel; onPick(zone: string): void; onDismiss(): void }) {
  const [query, setQuery] = useState('');
  const matches = useMemo(() => matchZones(props.model.zones, query), [props.model.zones, query]);
  // Cities and countries the zone ids do not name ("Mumbai", "India"), from the background; a
  // late answer to an older query is dropped.
  const [places, setPlaces] = useState<{ query: string; found: PlaceFound[] }>({ query: '', found: [] });
  const search = props.model.places;
  const searching = !!search && query.trim().length >= 2;
  useEffect(() => {
    if (!searching) return;
    let current = true;
    search!(query).then(
      (found) => current && setPlaces({ query, found }),
      () => current && setPlaces({ query, found: [] }),
    );
    return () => {
      current = false;
    };
  }, [search, searching, query]);
  const arrived = !searching || places.query === query;
  const items = useMemo(() => pickList(matches, arrived && searching ? places.found : [], query), [matches, arrived, searching, places, query]);
  // Enter pressed while the places for this query are still on their way: picked when they arrive.
  const pendingEnter = useRef<string | null>(null);
  useEffect(() => {
    if (pendingEnter.current === null || pendingEnter.current !== query || !arrived) return;
    pendingEnter.current = null;
    const pick = enterPick(items, query);
    if (pick) props.onPick(pick.zone);
  }, [arrived, items, query]);
  return (
    <div class="zone-picker" data-part="zone-picker">
      <label>
        <span class="prompt">{props.model.prompt}</span>
        <input
          type="search"
          placeholder="City or country, e.g. Berlin"
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => {
            // Enter takes the first line listed, as in any search box with suggestions.
            if (e.key !== 'Enter' || e.isComposing) return;
            e.preventDefault();
            e.stopPropagation();
            if (!arrived) pendingEnter.current = query;
            else {
              const pick = enterPick(items, query);
              if (pick) props.onPick(pick.zone);
            }
          }}
        />
      </label>
      {isAbbreviation(query) && (
        <p class="zone-hint" role="status">
          “{query.trim()}” is an abbreviation, which says nothing of daylight saving time: type a city, e.g. New York.
        </p>
      )}
      {items.length > 0 && (
        <ul class="zones" role="listbox">
          {items.map(({ zone, label }) => (
            <li key={`${label} ${zone}`}>
              <button type="button" role="option" data-zone={zone} onClick={() => props.onPick(zone)}>
                {label} <small>{zone}</small>
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
