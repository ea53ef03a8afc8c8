import { useMemo, useState } from 'preact/hooks';
import { cityIn, isAbbreviation, matchZones, pickList, type PlaceFound, type ZoneOption } from './zone-options';

export interface FirstRunValues {
  homeZone: string;
  start: string;
  end: string;
}

export interface FirstRunProps {
  /** Every IANA zone the browser knows, with the city it is shown by. */
  zones: readonly ZoneOption[];
  /** The zone of a place the zone ids do not name (a big city such as "Mumbai", a country), else null: the one reading Options and the roster use. */
  zoneOfPlace?(text: string): string | null;
  /**
   * Big cities and countries the zone ids do not name, as the card's picker and Options search them
   * ("Canada" → Toronto, Vancouver, …; the same search, placesMatching in lib/storage/zone-names.ts).
   */
  places?(query: string): readonly PlaceFound[];
  /** Why a typed zone is refused, in the words Options uses ("“EST” is an abbreviation … e.g. "America/New_York""), or null when it reads. */
  zoneRefusal?(text: string): string | null;
  /** What is stored now (the machine's zone and 09:00–17:00 until the user says otherwise). */
  initial: FirstRunValues;
  /** True once the user saved this step (it then shows as one line with "Change"). */
  done: boolean;
  onSave(values: FirstRunValues): Promise<void>;
  /** Imports a CSV roster; resolves to what to tell the user. */
  onImportRoster(csv: string): Promise<{ ok: boolean; text: string }>;
}

/** "Tokyo", "tokyo", "Asia/Tokyo", "new york", and through `zoneOfPlace` "Mumbai" or "India" → the IANA zone; null when it names none or several. */
export function zoneFromInput(zones: readonly ZoneOption[], input: string, zoneOfPlace?: (text: string) => string | null): string | null {
  const text = input.trim();
  if (!text) return null;
  const exact = zones.find((o) => o.zone.toLowerCase() === text.toLowerCase());
  if (exact) return exact.zone;
  const city = zones.filter((o) => o.city.toLowerCase() === text.toLowerCase().replace(/\s+/g, ' '));
  if (city.length === 1) return city[0]!.zone;
  const matches = matchZones(zones, text);
  if (matches.length === 1) return matches[0]!.zone;
  // The reading Options and the roster use first: it gives the current IANA name ("Asia/Kolkata"), where Intl still says "Asia/Calcutta".
  return zoneOfPlace?.(text) ?? validZone(text);
}

/**
 * A zone the browser accepts though it does not list it ("UTC", "Etc/GMT+5"): its canonical name,
 * else null. Abbreviations are not zones here even where Intl takes them: it reads "EST" as a fixed
 * UTC−5 (America/Panama), an hour off for New York most of the year.
 */
function validZone(text: string): string | null {
  if (!/^(?:[A-Za-z][\w+\-]*\/[\w+\-/]+|UTC|GMT)$/i.test(text)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: text }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/**
 * The first-run step in the playground: where the user works from and when, stored at once, and
 * a roster of colleagues (CSV) so deadlines show in their time from the first message.
 */
export function FirstRun(props: FirstRunProps) {
  const [editing, setEditing] = useState(!props.done);
  const [zoneText, setZoneText] = useState(props.initial.homeZone);
  const [start, setStart] = useState(props.initial.start);
  const [end, setEnd] = useState(props.initial.end);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [roster, setRoster] = useState('');
  const [rosterStatus, setRosterStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const zone = zoneFromInput(props.zones, zoneText, props.zoneOfPlace);
  // The same list the card's "Where is …?" shows: zones by city, then places ("Canada": its cities).
  // An abbreviation names no place: "EST" would list Estonia and Bucharest, never New York.
  const abbreviation = !zone && isAbbreviation(zoneText);
  const suggestions = useMemo(
    () => (zone || isAbbreviation(zoneText) ? [] : pickList(matchZones(props.zones, zoneText), zoneText.trim().length >= 2 ? (props.places?.(zoneText) ?? []) : [], zoneText)),
    [props.zones, props.places, zoneText, zone],
  );
  const abbreviationText = abbreviation
    ? (props.zoneRefusal?.(zoneText) ?? `“${zoneText.trim()}” is an abbreviation, which says nothing of daylight saving time: type your city instead, e.g. New York.`)
    : '';
  const didYouMean = suggestions.length ? `Did you mean ${suggestions.slice(0, 3).map((o) => o.label).join('; ')}?` : '';

  if (!editing) {
    return (
      <section class="first-run done" data-part="first-run" aria-labelledby="first-run-title">
        <h2 id="first-run-title">Your time zone and hours</h2>
        <p>
          {cityIn(props.zones, props.initial.homeZone)} ({props.initial.homeZone}), {props.initial.start}–{props.initial.end}.{' '}
          <button type="button" class="link" onClick={() => setEditing(true)}>
            Change
          </button>
        </p>
      </section>
    );
  }

  const save = (e: Event) => {
    e.preventDefault();
    if (!zone) {
      const several = suggestions.length > 1 ? ` ${didYouMean}` : '';
      return setStatus({
        ok: false,
        text: abbreviation
          ? abbreviationText
          : `“${zoneText}” is not one time zone or a city we know: type your city, e.g. Tokyo.${several}`,
      });
    }
    if (!start || !end) return setStatus({ ok: false, text: 'Give both the start and the end of your working day.' });
    if (!(start < end)) return setStatus({ ok: false, text: 'The working day must start before it ends.' });
    props
      .onSave({ homeZone: zone, start, end })
      .then(() => {
        setStatus({ ok: true, text: `Saved: ${zone}, ${start}–${end}.` });
        setZoneText(zone);
      })
      .catch((error: Error) => setStatus({ ok: false, text: `Not saved: ${error.message}` }));
  };

  return (
    <section class="first-run" data-part="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">First, where and when do you work?</h2>
      <p class="hint">Deadlines you write are shown in each reader’s time and in yours; this is yours. It stays on this computer.</p>
      <form onSubmit={save}>
        <label class="field">
          <span>Home time zone</span>
          <input
            type="text"
            name="homeZone"
            list="first-run-zones"
            autocomplete="off"
            placeholder="A city, e.g. Tokyo"
            value={zoneText}
            aria-describedby="first-run-zone-hint"
            onInput={(e) => {
              setZoneText((e.currentTarget as HTMLInputElement).value);
              // What Save said is about the words before: it goes once they change.
              setStatus(null);
            }}
          />
        </label>
        <small id="first-run-zone-hint" class="hint">
          {zone ? `${cityIn(props.zones, zone)} — ${zone}` : abbreviation ? abbreviationText : suggestions.length ? 'Pick one below, or type your city.' : 'Type a city, a country or an IANA zone.'}
        </small>
        <datalist id="first-run-zones">
          {suggestions.map((o) => (
            <option key={`${o.label} ${o.zone}`} value={o.zone}>
              {o.label}
            </option>
          ))}
        </datalist>
        {suggestions.length > 0 && (
          <ul class="zone-suggestions" aria-label="Time zones that match" data-part="first-run-suggestions">
            {suggestions.map((o) => (
              <li key={`${o.label} ${o.zone}`}>
                <button type="button" class="link" data-zone={o.zone} onClick={() => setZoneText(o.zone)}>
                  {o.label} <small>{o.zone}</small>
                </button>
              </li>
            ))}
          </ul>
        )}
        <label class="field">
          <span>Working day starts</span>
          <input type="time" name="start" value={start} onInput={(e) => setStart((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label class="field">
          <span>ends</span>
          <input type="time" name="end" value={end} onInput={(e) => setEnd((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="submit" class="primary">
          Save
        </button>
        {status && (
          <p class={status.ok ? 'ok' : 'error'} role="status" data-part="first-run-status">
            {status.text}
          </p>
        )}
      </form>
      <details class="roster">
        <summary>Import your colleagues’ time zones (optional)</summary>
        <p class="hint">
          Paste a CSV as a spreadsheet exports it, with at least an <b>Email</b> and a <b>Time zone</b> column (Name, Work start, Work end
          and Working days too if you have them). If any line is wrong, nothing is imported and you are told which.
        </p>
        <textarea
          rows={4}
          aria-label="Roster CSV"
          placeholder={'Name,Email,Time zone\nAna Weber,ana@acme.com,Europe/Berlin'}
          value={roster}
          onInput={(e) => setRoster((e.currentTarget as HTMLTextAreaElement).value)}
        />
        <button
          type="button"
          disabled={!roster.trim()}
          onClick={() => void props.onImportRoster(roster).then(setRosterStatus, (error: Error) => setRosterStatus({ ok: false, text: error.message }))}
        >
          Import
        </button>
        {rosterStatus && (
          <p class={rosterStatus.ok ? 'ok' : 'error'} role="status" data-part="roster-status">
            {rosterStatus.text}
          </p>
        )}
      </details>
    </section>
  );
}
