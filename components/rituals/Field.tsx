import { useEffect, useRef, useState } from 'preact/hooks';

export interface FieldProps {
  label: string;
  value: string;
  multiline?: boolean;
  placeholder?: string;
  hint?: string;
  onChange(text: string): void;
}

/**
 * A labelled text field that autosaves on every keystroke. While it has focus it keeps its own text,
 * so the echo of a save (or a parse/serialise round trip of a list) never rolls back what is typed.
 */
export function Field({ label, value, multiline, placeholder, hint, onChange }: FieldProps) {
  const [text, setText] = useState(value);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setText(value);
  }, [value]);
  const common = {
    'aria-label': label,
    value: text,
    placeholder,
    onFocus: () => (focused.current = true),
    onBlur: () => (focused.current = false),
    onInput: (e: Event) => {
      const next = (e.target as HTMLInputElement | HTMLTextAreaElement).value;
      setText(next);
      onChange(next);
    },
  };
  return (
    <label class="field">
      <span>{label}</span>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
      {hint && <small class="hint">{hint}</small>}
    </label>
  );
}
