import type { Ref } from 'preact';

export interface PlaygroundSection {
  id: 'gmail' | 'slack' | 'docs';
  title: string;
  hint: string;
  /** Composers with Handoff attached right now. */
  attached: number;
  containerRef: Ref<HTMLDivElement>;
}

/** The playground frame: one section per host replica; the replicas themselves are filled in by lib/hosts. */
export function Playground({ sections }: { sections: PlaygroundSection[] }) {
  return (
    <main class="playground">
      <header>
        <h1>Handoff playground</h1>
        <p>
          Try Handoff without signing in anywhere: these are working replicas of a Gmail compose window, a Slack
          composer and a Google Docs comment box, with Handoff attached exactly as on the real sites. Nothing you
          type leaves this page.
        </p>
      </header>
      {sections.map((section) => (
        <section key={section.id} data-replica={section.id} aria-labelledby={`replica-${section.id}`}>
          <h2 id={`replica-${section.id}`}>{section.title}</h2>
          <p class="hint">
            {section.hint}{' '}
            <span class="status" role="status">
              {section.attached === 1 ? 'Handoff attached to 1 composer.' : `Handoff attached to ${section.attached} composers.`}
            </span>
          </p>
          <div class="replica" ref={section.containerRef} />
        </section>
      ))}
    </main>
  );
}
