import { useEffect, useState } from 'preact/hooks';
import type { DecisionStatus } from '@/lib/features/rituals/log';

export interface DecisionView {
  id: number;
  title: string;
  status: DecisionStatus;
  decision: string;
  link: string;
  /** "Proposed Mon, Nov 30 · review closes Wed, Dec 2" */
  detail: string;
}

export interface DecisionLogProps {
  decisions: DecisionView[];
  query: string;
  total: number;
  status: string | null;
  onQuery(query: string): void;
  onSave(id: number, outcome: { status: DecisionStatus; decision: string; link: string }): void;
  onExportMarkdown(): void;
}

function Row({ view, onSave }: { view: DecisionView; onSave: DecisionLogProps['onSave'] }) {
  const [status, setStatus] = useState(view.status);
  const [decision, setDecision] = useState(view.decision);
  const [link, setLink] = useState(view.link);
  useEffect(() => {
    setStatus(view.status);
    setDecision(view.decision);
    setLink(view.link);
  }, [view.status, view.decision, view.link]);
  const dirty = status !== view.status || decision !== view.decision || link !== view.link;
  return (
    <tr data-decision={view.id}>
      <td>
        <strong>{view.title}</strong>
        <br />
        <small>{view.detail}</small>
      </td>
      <td>
        <select aria-label={`Status of ${view.title}`} value={status} onChange={(e) => setStatus((e.target as HTMLSelectElement).value as DecisionStatus)}>
          <option value="open">Open</option>
          <option value="decided">Decided</option>
          <option value="rejected">Rejected</option>
          <option value="superseded">Superseded</option>
        </select>
      </td>
      <td>
        <input type="text" aria-label={`Decision on ${view.title}`} value={decision} placeholder="What was decided" onInput={(e) => setDecision((e.target as HTMLInputElement).value)} />
      </td>
      <td>
        {view.link && !dirty && /^https?:\/\//i.test(view.link) ? (
          <a href={view.link} target="_blank" rel="noreferrer noopener">
            Posted here
          </a>
        ) : null}
        <input type="text" aria-label={`Link for ${view.title}`} value={link} placeholder="https://…" onInput={(e) => setLink((e.target as HTMLInputElement).value)} />
      </td>
      <td>
        <button type="button" disabled={!dirty} onClick={() => onSave(view.id, { status, decision, link })}>
          Save
        </button>
      </td>
    </tr>
  );
}

/** The decision log in Options: every proposal with its status, decision and link; searchable; exported as Markdown. */
export function DecisionLog(props: DecisionLogProps) {
  return (
    <section aria-labelledby="decisions-title">
      <h2 id="decisions-title">Decision log</h2>
      <p>Every decision proposal you drafted, with its outcome. Handoff does not read replies or reactions: record the outcome here or in the popup.</p>
      <p class="row">
        <input type="search" aria-label="Search decisions" placeholder="Search decisions" value={props.query} onInput={(e) => props.onQuery((e.target as HTMLInputElement).value)} />
        <button type="button" onClick={props.onExportMarkdown}>
          Export the log as Markdown
        </button>
      </p>
      {props.total === 0 ? (
        <p>No decisions yet. Draft a proposal from the Handoff popup.</p>
      ) : props.decisions.length === 0 ? (
        <p>No decision matches “{props.query}”.</p>
      ) : (
        <table class="people decisions">
          <thead>
            <tr>
              <th>Proposal</th>
              <th>Status</th>
              <th>Decision</th>
              <th>Where it was posted</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {props.decisions.map((d) => (
              <Row key={d.id} view={d} onSave={props.onSave} />
            ))}
          </tbody>
        </table>
      )}
      {props.status && <p role="status" class="ok">{props.status}</p>}
    </section>
  );
}
