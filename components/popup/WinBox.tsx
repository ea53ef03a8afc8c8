import { useState } from 'preact/hooks';

export interface WinBoxProps {
  onLog(text: string): Promise<void>;
  recent: { id: number; text: string; when: string }[];
}

export function WinBox({ onLog, recent }: WinBoxProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    const logged = text;
    if (!logged.trim()) return;
    // Cleared at once, not when the save is done: the next win is often typed straight away, and a
    // late clear wiped its first words.
    setText('');
    try {
      await onLog(logged);
      setError(null);
    } catch (e) {
      // Nothing lost: the win comes back into the field if it is still empty, else it is quoted.
      setText((now) => (now ? now : logged));
      setError(`${e instanceof Error ? e.message : String(e)}${logged ? ` (not saved: “${logged}”)` : ''}`);
    }
  };
  return (
    <section class="wins" aria-label="Wins">
      <h2>Log a win</h2>
      <form onSubmit={submit}>
        <input
          type="text"
          aria-label="Log a win"
          placeholder="Shipped the onboarding fix"
          value={text}
          onInput={(e) => setText((e.target as HTMLInputElement).value)}
        />
        <button type="submit">Log it</button>
      </form>
      {error && <p role="alert">{error}</p>}
      {recent.length > 0 && (
        <ul class="recent" aria-label="Wins this week">
          {recent.map((w) => (
            <li key={w.id}>
              {w.text} <small>{w.when}</small>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
