import { useState } from 'preact/hooks';
import type { DraftEdit, SectionId, WeeklyDraft } from '@/lib/features/weekly/draft';
import type { CopyFormat } from '@/lib/features/weekly/format';
import { DraftLine } from './DraftLine';

export interface WeeklyEditorProps {
  draft: WeeklyDraft;
  title: string;
  /** The sections in order, with their titles. */
  sections: readonly { id: SectionId; title: string; optional?: boolean }[];
  weeks: string[];
  stats: { words: number; minutes: number };
  status: string | null;
  newId(): string;
  onSelectWeek(week: string): void;
  onEdit(edit: DraftEdit): void;
  onCopy(format: CopyFormat): void;
  onInsert(): void;
  onClose(): void;
}

const COPY_BUTTONS: { format: CopyFormat; label: string }[] = [
  { format: 'markdown', label: 'Copy as Markdown' },
  { format: 'slack', label: 'Copy for Slack' },
  { format: 'plain', label: 'Copy as plain text' },
];

export function WeeklyEditor(props: WeeklyEditorProps) {
  const { draft, weeks, stats } = props;
  const [justAdded, setJustAdded] = useState<string | null>(null);
  // Lines added but not stored yet, shown at once so that typing right after "+ Add" has somewhere
  // to go (until the stored draft has them; their key stays the same, so the line is not redrawn).
  const [pending, setPending] = useState<{ id: string; section: SectionId }[]>([]);
  const linesOf = (section: SectionId) => {
    const stored = draft.sections[section] ?? [];
    const waiting = pending.filter((p) => p.section === section && !stored.some((i) => i.id === p.id));
    return [...stored, ...waiting.map((p) => ({ id: p.id, text: '' }))];
  };
  return (
    <section class="weekly" aria-label="Weekly update">
      <header>
        <button type="button" onClick={props.onClose} aria-label="Back">
          ←
        </button>
        <h2>{props.title}</h2>
        <label>
          Week{' '}
          <select aria-label="Week" value={draft.week} onChange={(e) => props.onSelectWeek((e.target as HTMLSelectElement).value)}>
            {weeks.map((w) => (
              <option key={w} value={w}>
                {w}
              </option>
            ))}
          </select>
        </label>
      </header>
      {props.sections.map((section) => (
        <div class="section" key={section.id} data-section={section.id}>
          <h3>
            {section.title}
            {section.optional ? <small> (optional)</small> : null}
          </h3>
          <ul>
            {linesOf(section.id).map((item) => (
              <DraftLine
                key={item.id}
                item={item}
                label={`${section.title} line`}
                autoFocus={item.id === justAdded}
                onChange={(text) => props.onEdit({ type: 'set', section: section.id, itemId: item.id, text })}
                onRemove={() => {
                  setPending((now) => now.filter((p) => p.id !== item.id));
                  props.onEdit({ type: 'remove', itemId: item.id });
                }}
              />
            ))}
          </ul>
          <button
            type="button"
            class="add"
            onClick={() => {
              const itemId = props.newId();
              setJustAdded(itemId);
              setPending((now) => [...now.filter((p) => !(draft.sections[p.section] ?? []).some((i) => i.id === p.id)), { id: itemId, section: section.id }]);
              props.onEdit({ type: 'add', section: section.id, itemId, text: '' });
            }}
          >
            + Add to {section.title}
          </button>
        </div>
      ))}
      <footer>
        <p data-testid="draft-stats">
          {stats.words === 0
            ? 'The draft is empty: add what you did, what is next and what is blocked.'
            : `${stats.words} ${stats.words === 1 ? 'word' : 'words'} · ${stats.minutes <= 1 ? 'about 1 min' : `about ${stats.minutes} min`} to read`}
        </p>
        <div role="group" aria-label="Copy">
          {COPY_BUTTONS.map((b) => (
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
    </section>
  );
}
