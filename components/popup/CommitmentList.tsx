export interface CommitmentView {
  id: number;
  text: string;
  kind: 'commitment' | 'ask' | 'blocker';
  dueLabel?: string;
  overdue: boolean;
  done: boolean;
}

const KIND_LABEL = { commitment: 'You promised', ask: 'You asked', blocker: 'Blocked' } as const;

export function CommitmentList({ items, onToggle }: { items: CommitmentView[]; onToggle(id: number, done: boolean): void }) {
  if (items.length === 0) return null;
  return (
    <section class="commitments" aria-label="Commitments">
      <h2>From your sent messages</h2>
      <ul>
        {items.map((c) => (
          <li key={c.id} class={c.overdue ? 'overdue' : undefined}>
            <label>
              <input type="checkbox" checked={c.done} onChange={(e) => onToggle(c.id, (e.target as HTMLInputElement).checked)} />
              <span class="kind">{KIND_LABEL[c.kind]}:</span> {c.text}
              {c.dueLabel && <small> — due {c.dueLabel}</small>}
              {c.overdue && <strong class="badge"> overdue</strong>}
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
