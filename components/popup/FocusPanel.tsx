export interface FocusPanelProps {
  /** Null when not focused. */
  active: { untilLabel: string | null; remainingLabel: string | null } | null;
  /** The preset lengths in minutes (null: until stopped), each with its label. */
  presets: { minutes: number | null; label: string }[];
  todayLabel: string;
  weekLabel: string;
  onStart(minutes: number | null): void;
  onStop(): void;
}

export function FocusPanel({ active, presets, todayLabel, weekLabel, onStart, onStop }: FocusPanelProps) {
  return (
    <section class="focus" aria-label="Focus">
      <h2>Focus</h2>
      {active ? (
        <div class="focus-on" role="status">
          <p>
            In focus{active.untilLabel ? ` until ${active.untilLabel}` : ' until you stop'}
            {active.remainingLabel ? ` — ${active.remainingLabel} left` : ''}
          </p>
          <button type="button" onClick={onStop}>
            Stop focus
          </button>
        </div>
      ) : (
        <div class="presets" role="group" aria-label="Start a focus session">
          {presets.map(({ minutes, label }) => (
            <button type="button" key={String(minutes)} onClick={() => onStart(minutes)}>
              {label}
            </button>
          ))}
        </div>
      )}
      <p class="totals" data-testid="focus-totals">
        Today: {todayLabel} · This week: {weekLabel}
      </p>
    </section>
  );
}
