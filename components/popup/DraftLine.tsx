import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { DraftItem } from '@/lib/features/weekly/draft';

export interface DraftLineProps {
  item: DraftItem;
  label: string;
  autoFocus?: boolean;
  onChange(text: string): void;
  onRemove(): void;
}

/**
 * One editable line. It shows the stored text, except that while this line's own saves are on
 * their way it keeps what the user typed: an echo of an earlier save never rolls back typing.
 * Text stored by someone else (another popup) is shown at once, focused or not, so two popups
 * editing one line converge on what is stored. `sent` holds the texts this line saved that the
 * store has not echoed yet, oldest first.
 */
export function DraftLine({ item, label, autoFocus, onChange, onRemove }: DraftLineProps) {
  const [text, setText] = useState(item.text);
  const sent = useRef<string[]>([]);
  const input = useRef<HTMLTextAreaElement>(null);
  // The stored text this line last reacted to. Preact runs effects after the next paint, so a key
  // typed the moment a new line appears comes before the mount's effect: that effect must not take
  // the (unchanged) stored text for someone else's and wipe the key.
  const seen = useRef(item.text);
  useEffect(() => {
    if (item.text === seen.current) return;
    seen.current = item.text;
    const at = sent.current.indexOf(item.text);
    if (at === -1) {
      // Not ours: another popup's text, or ours overwritten by it. Show what is stored.
      sent.current = [];
      setText(item.text);
    } else if (at === sent.current.length - 1) {
      // Our latest save is stored: nothing of ours is on its way any more.
      sent.current = [];
      setText(item.text);
    } else {
      // An earlier save of ours: a later one follows. Keep the typed text.
      sent.current = sent.current.slice(at + 1);
    }
  }, [item.text]);
  // Before the next key: a line added with "+ Add" takes the keys typed right after the click.
  useLayoutEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);
  return (
    <li class="line">
      <textarea
        ref={input}
        rows={1}
        aria-label={label}
        value={text}
        onInput={(e) => {
          const value = (e.target as HTMLTextAreaElement).value;
          setText(value);
          sent.current.push(value);
          onChange(value);
        }}
      />
      {item.source && <small class="source">{item.source.label}{item.edited ? ' · edited' : ''}</small>}
      <button type="button" class="remove" aria-label="Remove line" title="Remove line" onClick={onRemove}>
        ×
      </button>
    </li>
  );
}
