import { useEffect, useRef, useState } from 'preact/hooks';
import type { DraftItem } from '@/lib/features/weekly/draft';

export interface DraftLineProps {
  item: DraftItem;
  label: string;
  autoFocus?: boolean;
  onChange(text: string): void;
  onRemove(): void;
}

/**
 * One editable line. While it has focus it keeps its own text, so the echo of an earlier save
 * arriving from the database never rolls back what the user is typing.
 */
export function DraftLine({ item, label, autoFocus, onChange, onRemove }: DraftLineProps) {
  const [text, setText] = useState(item.text);
  const focused = useRef(false);
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (!focused.current) setText(item.text);
  }, [item.text]);
  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);
  return (
    <li class="line">
      <textarea
        ref={input}
        rows={1}
        aria-label={label}
        value={text}
        onFocus={() => (focused.current = true)}
        onBlur={() => (focused.current = false)}
        onInput={(e) => {
          const value = (e.target as HTMLTextAreaElement).value;
          setText(value);
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
