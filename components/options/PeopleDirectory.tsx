import { useState } from 'preact/hooks';

export interface PersonView {
  id: number;
  name: string;
  emails: string[];
  slackIds: string[];
  timeZone: string;
  zoneSource: string;
  hours: string;
}

export interface PersonDraft {
  id?: number;
  name: string;
  emails: string;
  slackIds: string;
  timeZone: string;
}

export interface PeopleDirectoryProps {
  people: PersonView[];
  zones: string[];
  onSave(person: PersonDraft): Promise<void>;
  onDelete(id: number): void;
  onImport(text: string, format: 'csv' | 'json'): Promise<{ imported: number; errors: { line: number; message: string }[] }>;
}

const EMPTY: PersonDraft = { name: '', emails: '', slackIds: '', timeZone: '' };

export function PeopleDirectory({ people, zones, onSave, onDelete, onImport }: PeopleDirectoryProps) {
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<PersonDraft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [roster, setRoster] = useState('');
  const [format, setFormat] = useState<'csv' | 'json'>('csv');
  const [importResult, setImportResult] = useState<{ imported: number; errors: { line: number; message: string }[] } | null>(null);
  const q = query.trim().toLowerCase();
  const shown = q
    ? people.filter((p) => [p.name, ...p.emails, ...p.slackIds, p.timeZone].some((s) => s.toLowerCase().includes(q)))
    : people;

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
        <button type="button" onClick={() => setEditing({ ...EMPTY })}>
          Add a person
        </button>
      </p>
      {editing && (
        <form class="person-form" aria-label={editing.id ? 'Edit person' : 'Add person'} onSubmit={save}>
          <label>
            Name <input type="text" aria-label="Name" value={editing.name} onInput={(e) => setEditing({ ...editing, name: (e.target as HTMLInputElement).value })} />
          </label>
          <label>
            Emails <input type="text" aria-label="Emails" placeholder="ana@example.com, ana@corp.example" value={editing.emails} onInput={(e) => setEditing({ ...editing, emails: (e.target as HTMLInputElement).value })} />
          </label>
          <label>
            Slack member ids <input type="text" aria-label="Slack member ids" value={editing.slackIds} onInput={(e) => setEditing({ ...editing, slackIds: (e.target as HTMLInputElement).value })} />
          </label>
          <label>
            Time zone{' '}
            <input type="text" list="zone-list" aria-label="Time zone" placeholder="Europe/Berlin" value={editing.timeZone} onInput={(e) => setEditing({ ...editing, timeZone: (e.target as HTMLInputElement).value })} />
          </label>
          <datalist id="zone-list">
            {zones.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
          <button type="submit">Save person</button>{' '}
          <button type="button" onClick={() => setEditing(null)}>
            Cancel
          </button>
          {error && <p role="alert">{error}</p>}
        </form>
      )}
      <table class="people">
        <thead>
          <tr>
            <th>Name</th>
            <th>Email / Slack</th>
            <th>Time zone</th>
            <th>Hours</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {shown.map((p) => (
            <tr key={p.id} data-person={p.id}>
              <td>{p.name}</td>
              <td>{[...p.emails, ...p.slackIds].join(', ')}</td>
              <td>
                {p.timeZone || 'unknown'} {p.zoneSource && <small>({p.zoneSource})</small>}
              </td>
              <td>{p.hours}</td>
              <td>
                <button
                  type="button"
                  aria-label={`Edit ${p.name || p.emails[0]}`}
                  onClick={() => setEditing({ id: p.id, name: p.name, emails: p.emails.join(', '), slackIds: p.slackIds.join(', '), timeZone: p.timeZone })}
                >
                  Edit
                </button>{' '}
                <button type="button" aria-label={`Delete ${p.name || p.emails[0]}`} onClick={() => onDelete(p.id)}>
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length === 0 && <p>{people.length ? 'Nobody matches.' : 'No one yet: add people or import a roster.'}</p>}
      <details>
        <summary>Import a roster (CSV or JSON)</summary>
        <p>
          CSV header: <code>email,name,timeZone,workStart,workEnd,workDays</code>. Nothing is imported if any line has a problem.
        </p>
        <select aria-label="Roster format" value={format} onChange={(e) => setFormat((e.target as HTMLSelectElement).value as 'csv' | 'json')}>
          <option value="csv">CSV</option>
          <option value="json">JSON</option>
        </select>
        <textarea aria-label="Roster" rows={5} value={roster} onInput={(e) => setRoster((e.target as HTMLTextAreaElement).value)} />
        <button
          type="button"
          onClick={async () => {
            const result = await onImport(roster, format);
            setImportResult(result);
            if (!result.errors.length) setRoster('');
          }}
        >
          Import roster
        </button>
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
