import type { ComponentChildren } from 'preact';

export function Popup({ playgroundUrl, optionsUrl, children }: { playgroundUrl: string; optionsUrl?: string; children?: ComponentChildren }) {
  return (
    <main>
      <h1>Handoff</h1>
      {children}
      <p class="links">
        <a href={playgroundUrl} target="_blank" rel="noreferrer">
          Open the playground
        </a>
        {optionsUrl && (
          <>
            {' · '}
            <a href={optionsUrl} target="_blank" rel="noreferrer">
              Options
            </a>
          </>
        )}
      </p>
    </main>
  );
}
