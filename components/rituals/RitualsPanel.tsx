export interface RitualListItem {
  id: number;
  label: string;
  detail: string;
}

export interface RitualsPanelProps {
  /** Open proposals whose review has closed: "Decide on the CRM vendor — the review closed yesterday". */
  overdue: RitualListItem[];
  /** Drafts and open rituals to go back to, newest first. */
  recent: RitualListItem[];
  onStart(kind: 'decision' | 'kickoff' | 'retro'): void;
  onOpen(id: number): void;
}

/** The popup's rituals: what needs deciding now, three ways to start, and what is in progress. */
export function RitualsPanel({ overdue, recent, onStart, onOpen }: RitualsPanelProps) {
  return (
    <section class="rituals" aria-labelledby="rituals-title">
      <h2 id="rituals-title">Rituals</h2>
      {overdue.length > 0 && (
        <ul class="overdue" aria-label="Decisions to record">
          {overdue.map((o) => (
            <li key={o.id}>
              <button type="button" class="link" onClick={() => onOpen(o.id)}>
                {o.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="starts">
        <button type="button" onClick={() => onStart('decision')}>
          Draft a decision proposal
        </button>
        <button type="button" onClick={() => onStart('kickoff')}>
          Draft a kick-off brief
        </button>
        <button type="button" onClick={() => onStart('retro')}>
          Draft a retrospective
        </button>
      </div>
      {recent.length > 0 && (
        <ul class="recent" aria-label="Rituals in progress">
          {recent.map((r) => (
            <li key={r.id}>
              <button type="button" class="link" onClick={() => onOpen(r.id)}>
                {r.label}
              </button>{' '}
              <small>{r.detail}</small>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
