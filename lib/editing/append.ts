/**
 * Appends text at the end of a host editor through the one editor-writing path (`replaceText`, the
 * same as a hint's fix): `execCommand('insertText')`, else a synthetic paste, so Ctrl+Z takes it
 * back and Quill's model follows. A blank line separates it from text already there.
 */
import { readText } from './read-text';
import { replaceText, type Replacement, type ReplaceResult } from './replace';

type Write = (editor: HTMLElement, change: Replacement, options: { caret: 'after' }) => ReplaceResult;

/** Whether the text landed; `write` is replaceText (tests may watch it). */
export function appendText(editor: HTMLElement, text: string, write: Write = replaceText): boolean {
  const current = readText(editor).text;
  const kept = current.replace(/\n+$/, '');
  const separator = kept.trim() === '' ? '' : /\s$/.test(kept) ? '' : '\n\n';
  const end = current.length;
  const result = write(editor, { start: end, end, expected: '', replacement: separator + text }, { caret: 'after' });
  return result.ok;
}
