import { useState } from 'preact/hooks';

export interface DataPanelProps {
  onExport(): void;
  onImport(file: File): void;
  onDeleteAll(): void;
  status: { kind: 'ok' | 'error'; text: string } | null;
}

export function DataPanel({ onExport, onImport, onDeleteAll, status }: DataPanelProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p>Everything stays in this browser. Export it to one file, bring it back, or delete it.</p>
      <p class="row">
        <button type="button" onClick={onExport}>
          Export everything
        </button>
        <label class="button">
          Import from a file
          <input
            type="file"
            aria-label="Import from a file"
            accept="application/json,.json"
            onChange={(e) => {
              const input = e.target as HTMLInputElement;
              const file = input.files?.[0];
              if (file) onImport(file);
              input.value = '';
            }}
          />
        </label>
      </p>
      {confirming ? (
        <p class="danger" role="group" aria-label="Confirm delete">
          Delete every draft, win, commitment, focus session, decision, person and setting?{' '}
          <button
            type="button"
            onClick={() => {
              setConfirming(false);
              onDeleteAll();
            }}
          >
            Yes, delete everything
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </p>
      ) : (
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          Delete all my data
        </button>
      )}
      {status && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} class={status.kind}>
          {status.text}
        </p>
      )}
    </section>
  );
}
