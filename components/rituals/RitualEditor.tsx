import { useEffect, useState } from 'preact/hooks';
import type { Channel } from '@/lib/features/rituals/model';
import type { DecisionStatus } from '@/lib/features/rituals/log';
import type { RitualFormat } from '@/lib/features/rituals/render';
import type { Requirement } from '@/lib/features/rituals/window';
import { Field } from './Field';
import { ReaderPicker, type ReaderPickerProps } from './ReaderPicker';

export interface FieldView {
  key: string;
  label: string;
  value: string;
  multiline?: boolean;
  hint?: string;
  placeholder?: string;
}

export interface OutcomeView {
  status: DecisionStatus;
  decision: string;
  link: string;
  decidedLabel: string | null;
  onSave(outcome: { status: DecisionStatus; decision: string; link: string }): void;
}

export interface RitualEditorProps {
  heading: string;
  fields: FieldView[];
  onField(key: string, text: string): void;
  channel: Channel;
  onChannel(channel: Channel): void;
  requirement: Requirement;
  onRequirement(requirement: Requirement): void;
  readers: ReaderPickerProps;
  /** Where the window stands: "Opens when you copy or insert it", "Posted …", an unknown-zone warning. */
  windowNotes: string[];
  preview: string;
  status: string | null;
  onCopy(format: RitualFormat): void;
  onInsert(): void;
  onClose(): void;
  outcome?: OutcomeView;
  /** The retro's summary draft, built from the collected notes. */
  summary?: { text: string; onCopy(format: RitualFormat): void; onInsert(): void };
}

const COPY: { format: RitualFormat; label: string }[] = [
  { format: 'markdown', label: 'Copy as Markdown' },
  { format: 'slack', label: 'Copy for Slack' },
  { format: 'plain', label: 'Copy as plain text' },
];

const CHANNELS: { id: Channel; label: string }[] = [
  { id: 'slack', label: 'Slack' },
  { id: 'gmail', label: 'Gmail' },
  { id: 'docs', label: 'Google Docs' },
];

function Outcome({ outcome }: { outcome: OutcomeView }) {
  const [status, setStatus] = useState(outcome.status);
  const [decision, setDecision] = useState(outcome.decision);
  const [link, setLink] = useState(outcome.link);
  useEffect(() => {
    setStatus(outcome.status);
    setDecision(outcome.decision);
    setLink(outcome.link);
  }, [outcome.status, outcome.decision, outcome.link]);
  return (
    <fieldset class="outcome">
      <legend>Decision log</legend>
      <label class="field">
        <span>Status</span>
        <select aria-label="Status" value={status} onChange={(e) => setStatus((e.target as HTMLSelectElement).value as DecisionStatus)}>
          <option value="open">Open</option>
          <option value="decided">Decided</option>
          <option value="rejected">Rejected</option>
          <option value="superseded">Superseded</option>
        </select>
      </label>
      <label class="field">
        <span>Decision</span>
        <input type="text" aria-label="Decision" value={decision} placeholder="What was decided" onInput={(e) => setDecision((e.target as HTMLInputElement).value)} />
      </label>
      <label class="field">
        <span>Link to where it was posted</span>
        <input type="text" aria-label="Link to where it was posted" value={link} placeholder="https://…" onInput={(e) => setLink((e.target as HTMLInputElement).value)} />
      </label>
      <button type="button" onClick={() => outcome.onSave({ status, decision, link })}>
        Save to the decision log
      </button>
      {outcome.decidedLabel && <small class="hint"> {outcome.decidedLabel}</small>}
    </fieldset>
  );
}

/** One ritual being drafted: its fields, readers and window, a live preview, and copy/insert. */
export function RitualEditor(props: RitualEditorProps) {
  return (
    <section class="ritual" aria-label={props.heading}>
      <header>
        <button type="button" onClick={props.onClose} aria-label="Back">
          ←
        </button>
        <h2>{props.heading}</h2>
      </header>
      {props.fields.map((f) => (
        <Field key={f.key} label={f.label} value={f.value} multiline={f.multiline} hint={f.hint} placeholder={f.placeholder} onChange={(text) => props.onField(f.key, text)} />
      ))}
      <label class="field">
        <span>Posted in</span>
        <select aria-label="Posted in" value={props.channel} onChange={(e) => props.onChannel((e.target as HTMLSelectElement).value as Channel)}>
          {CHANNELS.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <ReaderPicker {...props.readers} />
      <div class="window-length row">
        <span>Every reader gets at least</span>
        <input
          type="number"
          min={0}
          max={60}
          step={props.requirement.unit === 'days' ? 0.5 : 1}
          aria-label="Window length"
          value={props.requirement.amount}
          onChange={(e) => {
            const amount = Number((e.target as HTMLInputElement).value);
            if (Number.isFinite(amount) && amount >= 0 && amount <= 60) props.onRequirement({ unit: props.requirement.unit, amount });
          }}
        />
        <select aria-label="Window unit" value={props.requirement.unit} onChange={(e) => props.onRequirement({ unit: (e.target as HTMLSelectElement).value as 'days' | 'hours', amount: props.requirement.amount })}>
          <option value="days">of their working days</option>
          <option value="hours">of their working hours</option>
        </select>
      </div>
      {props.windowNotes.map((note) => (
        <p class="hint window-note" key={note}>
          {note}
        </p>
      ))}
      <h3>Preview</h3>
      <pre class="preview" data-testid="ritual-preview">
        {props.preview}
      </pre>
      <footer>
        <div role="group" aria-label="Copy">
          {COPY.map((b) => (
            <button type="button" key={b.format} onClick={() => props.onCopy(b.format)}>
              {b.label}
            </button>
          ))}
          <button type="button" onClick={props.onInsert}>
            Insert into the open composer
          </button>
        </div>
        {props.status && <p role="status">{props.status}</p>}
      </footer>
      {props.summary && (
        <section class="summary" aria-label="Retro summary">
          <h3>Summary draft</h3>
          <pre class="preview" data-testid="retro-summary">
            {props.summary.text}
          </pre>
          <div role="group" aria-label="Copy the summary">
            {COPY.map((b) => (
              <button type="button" key={b.format} onClick={() => props.summary!.onCopy(b.format)}>
                {`Summary: ${b.label.replace(/^Copy /, '')}`}
              </button>
            ))}
            <button type="button" onClick={props.summary.onInsert}>
              Insert the summary
            </button>
          </div>
        </section>
      )}
      {props.outcome && <Outcome outcome={props.outcome} />}
    </section>
  );
}
