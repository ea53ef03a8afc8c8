import { useState } from 'preact/hooks';
import { optionLabel, type ZoneOption } from '@/components/zone-options';

export interface ReaderChoice {
  /** The reader id stored in the draft ("person:3", "name:…"). */
  id: string;
  name: string;
  /** "Berlin", or null when the zone is unknown. */
  city: string | null;
  chosen: boolean;
  /** Whether the reader comes from the people directory (answering the zone remembers it there). */
  inDirectory: boolean;
}

export interface ReaderPickerProps {
  choices: ReaderChoice[];
  /** Every zone to pick from, sorted by city. */
  zones: readonly ZoneOption[];
  onToggle(id: string, chosen: boolean): void;
  /** The user answered "where is …?": remember it (in the directory for a directory person). */
  onSetZone(id: string, zone: string): void;
  onAdd(name: string, zone: string): void;
}

/** Who reads the ritual: people from the directory, plus readers typed by name; unknown zones are asked. */
export function ReaderPicker({ choices, zones, onToggle, onSetZone, onAdd }: ReaderPickerProps) {
  const [name, setName] = useState('');
  const [zone, setZone] = useState('');
  return (
    <fieldset class="readers">
      <legend>Readers</legend>
      {choices.length === 0 && <p class="hint">Add people in Options → People, or add a reader here.</p>}
      <ul>
        {choices.map((c) => (
          <li key={c.id}>
            <label>
              <input type="checkbox" checked={c.chosen} aria-label={`Reader ${c.name}`} onChange={(e) => onToggle(c.id, (e.target as HTMLInputElement).checked)} />{' '}
              {c.name} <small>{c.city ?? 'time zone unknown'}</small>
            </label>
            {c.chosen && c.city === null && (
              <label class="ask">
                {' '}Where is {c.name}?{' '}
                <select aria-label={`Time zone of ${c.name}`} value="" onChange={(e) => onSetZone(c.id, (e.target as HTMLSelectElement).value)}>
                  <option value="">Choose a time zone…</option>
                  {zones.map((o) => (
                    <option key={o.zone} value={o.zone}>
                      {optionLabel(o)}
                    </option>
                  ))}
                </select>
                {c.inDirectory && <small> (remembered in your people directory)</small>}
              </label>
            )}
          </li>
        ))}
      </ul>
      <form
        class="add-reader"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim() || !zone) return;
          onAdd(name.trim(), zone);
          setName('');
        }}
      >
        <input type="text" aria-label="New reader's name" placeholder="Name" value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        <select aria-label="New reader's time zone" value={zone} onChange={(e) => setZone((e.target as HTMLSelectElement).value)}>
          <option value="">Time zone…</option>
          {zones.map((o) => (
            <option key={o.zone} value={o.zone}>
              {optionLabel(o)}
            </option>
          ))}
        </select>
        <button type="submit">Add reader</button>
      </form>
    </fieldset>
  );
}
