import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { PeopleTable } from './PeopleTable';
import type { ZoneOption } from '@/components/zone-options';
import type { RosterProgress } from '@/lib/storage/roster';

export interface PersonView {
  id: number;
  name: string;
  emails: string[];
  slackIds: string[];
  timeZone: string;
  zoneSource: string;
  /** "09:00–17:00", or '' for the default. */
  hours: string;
  /** Their working day as stored, "HH:MM"; '' for the default. */
  workStart: string;
  workEnd: string;
}

export interface PersonDraft {
  id?: number;
  name: string;
  emails: string;
  slackIds: string;
  timeZone: string;
  /** "HH:MM" from the time fields; both '' for the default working day (09:00–17:00). */
  workStart: string;
  workEnd: string;
}

export interface PeopleDirectoryProps {
  people: PersonView[];
  /** Every zone to pick from, with the city it is shown by. */
  zones: readonly ZoneOption[];
  onSave(person: PersonDraft): Promise<void>;
  onDelete(id: number): void;
  /** Imports a roster; `onProgress` is told how far it is. Rejects with a message to show. */
  onImport(text: string, format: 'csv' | 'json', onProgress: (progress: RosterProgress) => void): Promise<{ imported: number; errors: { line: number; message: string }[] }>;
}

const EMPTY: PersonDraft = { name: '', emails: '', slackIds: '', timeZone: '', workStart: '', workEnd: '' };

export function PeopleDirectory({ people, zones, onSave, onDelete, onImport }: PeopleDirectoryProps) {
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<PersonDraft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [roster, setRoster] = useState('');
  const [format, setFormat] = useState<'csv' | 'json'>('csv');
  const [importResult, setImportResult] = useState<{ imported: number; errors: { line: number; message: string }[] } | null>(null);
  const [progress, setProgress] = useState<RosterProgress | null>(null);
  const [importFailed, setImportFailed] = useState<string | null>(null);
  // One lower-cased line per person, built when the people change, not on every keystroke.
  // Opening the form puts the cursor in its first field; closing it returns focus to the button that
  // opened it ("Add a person" or the row's "Edit"), so a keyboard user is never left on nothing.
  const firstField = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const formOpen = editing !== null;
  const [opened, setOpened] = useState(0);
  useEffect(() => {
    if (formOpen) firstField.current?.focus();
    else if (opener.current?.isConnected) opener.current.focus();
  }, [formOpen, opened]);
  const openForm = (draft: PersonDraft) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setEditing(draft);
    setOpened((n) => n + 1);
  };
  const haystacks = useMemo(() => people.map((p) => [p.name, ...p.emails, ...p.slackIds, p.timeZone].join('\n').toLowerCase()), [people]);
  const q = query.trim().toLowerCase();
  const shown = useMemo(() => (q ? people.filter((_, i) => haystacks[i]!.includes(q)) : people), [people, haystacks, q]);

  const save = async (event: Event) => {
    event.preventDefault();
    if (!editing) return;
    try {
      await onSave(editing);
      setEditing(null);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section aria-labelledby="people-title">
      <h2 id="people-title">People</h2>
      <p class="row">
        <input type="search" aria-label="Search people" placeholder="Search by name, email or zone" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
        <button type="button" onClick={() => openForm({ ...EMPTY })}>
          Add a person
        </button>
      </p>
      {editing && (
        <form class="person-form" aria-label={editing.id ? 'Edit person' : 'Add person'} onSubmit={save}>
          <label>
            Name <input ref={firstField} type="text" aria-label="Name" value={editing.name} onInput={(e) => setEditing({ ...editing, name: (e.target as HTMLInputElement).value })} />
          </label>
          <label>
            Emails <input type="text" aria-label="Emails" placeholder="ana@example.com, ana@corp.example" value={editing.emails} onInput={(e) => setEditing({ ...editing, emails: (e.target as HTMLInputElement).value })} />
          </label>
          <label>
            Slack member ids <input type="text" aria-label="Slack member ids" value={editing.slackIds} onInput={(e) => setEditing({ ...editing, slackIds: (e.target as HTMLInputElement).value })} />
          </label>
          <label>
            Time zone{' '}
            <input type="text" list="zone-list" aria-label="Time zone" placeholder="Berlin or Europe/Berlin" value={editing.timeZone} onInput={(e) => setEditing({ ...editing, timeZone: (e.target as HTMLInputElement).value })} />
          </label>
          <datalist id="zone-list">
            {zones.map((o) => (
              <option key={o.zone} value={o.zone} label={o.city} />
            ))}
          </datalist>
          <fieldset class="person-hours">
            <legend>Working hours, in their time zone (empty: 09:00–17:00)</legend>
            <label>
              Starts <input type="time" aria-label="Their working day starts" value={editing.workStart} onInput={(e) => setEditing({ ...editing, workStart: (e.target as HTMLInputElement).value })} />
            </label>{' '}
            <label>
              ends <input type="time" aria-label="Their working day ends" value={editing.workEnd} onInput={(e) => setEditing({ ...editing, workEnd: (e.target as HTMLInputElement).value })} />
            </label>
          </fieldset>
          <button type="submit">Save person</button>{' '}
          <button type="button" onClick={() => setEditing(null)}>
            Cancel
          </button>
          {error && <p role="alert">{error}</p>}
        </form>
      )}
      <PeopleTable
        people={shown}
        onEdit={(p) => openForm({ id: p.id, name: p.name, emails: p.emails.join(', '), slackIds: p.slackIds.join(', '), timeZone: p.timeZone, workStart: p.workStart, workEnd: p.workEnd })}
        onDelete={onDelete}
      />
      {shown.length === 0 && <p>{people.length ? 'Nobody matches.' : 'No one yet: add people or import a roster.'}</p>}
      <details>
        <summary>Import a roster (CSV or JSON)</summary>
        <p>
          CSV header: <code>email,name,timeZone,workStart,workEnd,workDays</code>. Time zones are IANA names such as <code>Europe/Berlin</code> or the city they are named after (<code>Berlin</code>, <code>Tokyo</code>), not EST or +05:30. Cells in double quotes may hold commas and line breaks. Nothing is imported if any line has a problem.
        </p>
        <select aria-label="Roster format" value={format} onChange={(e) => setFormat((e.target as HTMLSelectElement).value as 'csv' | 'json')}>
          <option value="csv">CSV</option>
          <option value="json">JSON</option>
        </select>
        <textarea aria-label="Roster" rows={5} value={roster} onInput={(e) => setRoster((e.target as HTMLTextAreaElement).value)} />
        <button
          type="button"
          disabled={progress !== null}
          onClick={async () => {
            // A new import replaces the last one's result at once, not when it ends.
            setImportResult(null);
            setImportFailed(null);
            setProgress({ phase: 'checking', done: 0, total: 0 });
            try {
              const result = await onImport(roster, format, setProgress);
              setImportResult(result);
              if (!result.errors.length) setRoster('');
            } catch (e) {
              setImportFailed(e instanceof Error ? e.message : String(e));
            } finally {
              setProgress(null);
            }
          }}
        >
          Import roster
        </button>
        {progress && (
          <div role="status" aria-live="polite" class="import-progress">
            {progress.phase === 'checking' ? (
              <p>Checking the roster…</p>
            ) : (
              <p>
                Saving {progress.done.toLocaleString('en-US')} of {progress.total.toLocaleString('en-US')} people…
              </p>
            )}
            <progress aria-label="Roster import" max={progress.total || 1} value={progress.phase === 'checking' ? undefined : progress.done} />
          </div>
        )}
        {importFailed && (
          <p role="alert" class="error">
            The import failed and nothing was imported: {importFailed}
          </p>
        )}
        {importResult &&
          (importResult.errors.length ? (
            <div role="alert">
              <p>Nothing was imported. Fix these lines and try again:</p>
              <ul>
                {importResult.errors.map((e) => (
                  <li key={`${e.line}:${e.message}`}>
                    Line {e.line}: {e.message}
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <p role="status">Imported {importResult.imported} people.</p>
          ))}
      </details>
    </section>
  );
}
