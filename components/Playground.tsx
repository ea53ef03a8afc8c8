import type { ComponentChildren, Ref } from 'preact';

export interface PlaygroundSection {
  id: 'gmail' | 'slack' | 'docs';
  title: string;
  hint: string;
  /** Composers with Handoff attached right now. */
  attached: number;
  containerRef: Ref<HTMLDivElement>;
  /** Messages to try, put into the section's first composer by one click. */
  examples: { label: string; text: string }[];
}

export interface PlaygroundProps {
  sections: PlaygroundSection[];
  /** "Alt+Shift+J", or "⌥⇧J" on macOS. */
  shortcut: string;
  onTry(section: PlaygroundSection['id'], text: string): void;
  /** The first-run step, above the replicas. */
  children?: ComponentChildren;
}

/** The playground frame: one section per host replica; the replicas themselves are filled in by lib/hosts. */
export function Playground({ sections, shortcut, onTry, children }: PlaygroundProps) {
  return (
    <main class="playground">
      <header>
        <h1>Handoff playground</h1>
        <p>
          Try Handoff without signing in anywhere: these are working replicas of a Gmail compose window, a Slack
          composer and a Google Docs comment box, with Handoff attached exactly as on the real sites. Nothing you
          type leaves this page.
        </p>
        <ol class="how" data-part="how-to">
          <li>Pick an example below, or type your own message into any composer.</li>
          <li>
            Underlined words have a hint: point at one, or press <kbd data-part="shortcut">{shortcut}</kbd> in the composer to go through them.
          </li>
          <li>Choose a fix in the card; your editor’s own undo (Ctrl+Z) takes it back.</li>
        </ol>
      </header>
      {children}
      {sections.map((section) => (
        <section key={section.id} data-replica={section.id} aria-labelledby={`replica-${section.id}`}>
          <h2 id={`replica-${section.id}`}>{section.title}</h2>
          <p class="hint">
            {section.hint}{' '}
            <span class="status" role="status">
              {section.attached === 1 ? 'Handoff attached to 1 composer.' : `Handoff attached to ${section.attached} composers.`}
            </span>
          </p>
          {section.examples.length > 0 && (
            <p class="examples">
              <span>Try:</span>
              {section.examples.map((example) => (
                <button type="button" key={example.label} data-part="example" title={example.text} onClick={() => onTry(section.id, example.text)}>
                  {example.label}
                </button>
              ))}
            </p>
          )}
          <div class="replica" ref={section.containerRef} />
        </section>
      ))}
    </main>
  );
}
