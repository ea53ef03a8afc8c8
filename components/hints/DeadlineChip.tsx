import type { DeadlineChipModel } from './types';

export function DeadlineChip({ model }: { model: DeadlineChipModel }) {
  return (
    <div class="chip" data-part="deadline-chip">
      <ul class="times">
        {model.recipients.map((r) => (
          <li key={r.who}>
            <span class="who">{r.who}</span>
            <span class={r.local ? 'when' : 'when unknown'}>{r.local ?? 'time zone unknown'}</span>
          </li>
        ))}
        {model.senderLocal && (
          <li>
            <span class="who">{model.senderLabel ?? 'You'}</span>
            <span class="when">{model.senderLocal}</span>
          </li>
        )}
      </ul>
      {model.basis && <p class="basis">{model.basis}</p>}
      {model.warnings.map((w) => (
        <p class="warning" key={w}>
          {w}
        </p>
      ))}
    </div>
  );
}
