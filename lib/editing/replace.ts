/**
 * Undo-safe replacement of a span through the host's own editing path, in the order measured in
 * Chromium (see HOSTS.md): select the Range → `execCommand('insertText')` → verify → synthetic paste
 * → verify → a direct DOM edit as the last resort, which the host's Ctrl+Z cannot undo (we say so).
 */
import { isTextField, readText } from './read-text';
import { rangeAt } from './ranges';
import { readSelection, selectText, shiftSelection } from './selection';
import { closeUndoStep, closeUndoStepAfterChange } from './undo-step';

export type ReplaceMethod = 'insertText' | 'paste' | 'dom';

export type ReplaceResult =
  | { ok: true; method: ReplaceMethod; undoable: boolean }
  | { ok: false; reason: 'stale' | 'unexpected' | 'not-editable'; detail?: string };

export interface Replacement {
  start: number;
  end: number;
  /** The text the caller believes is at [start, end); nothing happens when the editor disagrees. */
  expected: string;
  replacement: string;
}

export interface ReplaceOptions {
  /** Skip methods (tests use it to prove each fallback). */
  methods?: ReplaceMethod[];
  /** Where to put the caret afterwards: the user's own caret (default) or after the new text. */
  caret?: 'keep' | 'after';
}

export function replaceText(editor: HTMLElement, change: Replacement, options: ReplaceOptions = {}): ReplaceResult {
  const methods = options.methods ?? ['insertText', 'paste', 'dom'];
  const before = readText(editor);
  if (before.text.slice(change.start, change.end) !== normaliseSpaces(change.expected)) {
    return { ok: false, reason: 'stale', detail: `found "${before.text.slice(change.start, change.end)}"` };
  }
  if (!isEditable(editor)) return { ok: false, reason: 'not-editable' };
  const wanted = before.text.slice(0, change.start) + normaliseSpaces(change.replacement) + before.text.slice(change.end);
  const userSelection = readSelection(editor, before);
  // The change gets an undo step of its own: Ctrl+Z right after typing undoes it, not the typing too.
  if (!closeUndoStep(editor)) return { ok: false, reason: 'unexpected', detail: 'the editor did not keep the text while closing its undo step' };

  for (const method of methods) {
    const current = readText(editor);
    if (current.text !== before.text) {
      return current.text === wanted
        ? finish(editor, change, userSelection, options, method, true)
        : { ok: false, reason: 'unexpected', detail: `the text changed while "${method}" was tried` };
    }
    editor.focus({ preventScroll: true });
    if (!selectText(editor, change.start, change.end, current)) continue;
    if (method === 'insertText') editor.ownerDocument.execCommand('insertText', false, change.replacement);
    else if (method === 'paste') dispatchPaste(editor, change.replacement);
    else domEdit(editor, change);
    const after = readText(editor).text;
    if (after === wanted) return finish(editor, change, userSelection, options, method, method !== 'dom');
  }
  const now = readText(editor).text;
  return now === before.text
    ? { ok: false, reason: 'not-editable', detail: 'no editing path changed the text' }
    : { ok: false, reason: 'unexpected', detail: 'the editor rewrote the replacement differently' };
}

function finish(
  editor: HTMLElement,
  change: Replacement,
  userSelection: ReturnType<typeof readSelection>,
  options: ReplaceOptions,
  method: ReplaceMethod,
  undoable: boolean,
): ReplaceResult {
  const length = normaliseSpaces(change.replacement).length;
  if (options.caret === 'after' || !userSelection) {
    selectText(editor, change.start + length, change.start + length);
  } else {
    const moved = shiftSelection(userSelection, change.start, change.end, length);
    selectText(editor, moved.start, moved.end);
  }
  if (undoable) closeUndoStepAfterChange(editor);
  return { ok: true, method, undoable };
}

function isEditable(editor: HTMLElement): boolean {
  if (isTextField(editor)) return !editor.disabled && !editor.readOnly;
  return editor.isContentEditable;
}

function normaliseSpaces(text: string): string {
  return text.replace(/\u00a0/g, ' ');
}

/** Quill (Slack) and many editors handle paste themselves and record it in their own history. */
function dispatchPaste(editor: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const target = focusTarget(editor);
  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
}

function focusTarget(editor: HTMLElement): Element {
  const node = editor.ownerDocument.getSelection()?.anchorNode;
  const element = node instanceof Element ? node : node?.parentElement;
  return element && editor.contains(element) ? element : editor;
}

/** The last resort: correct text, but outside the host's undo history. */
function domEdit(editor: HTMLElement, change: Replacement): void {
  if (isTextField(editor)) {
    editor.setRangeText(change.replacement, change.start, change.end, 'end');
  } else {
    const range = rangeAt(readText(editor), change.start, change.end);
    if (!range) return;
    range.deleteContents();
    const lines = change.replacement.split('\n');
    const fragment = editor.ownerDocument.createDocumentFragment();
    lines.forEach((line, i) => {
      if (i > 0) fragment.append(editor.ownerDocument.createElement('br'));
      if (line) fragment.append(editor.ownerDocument.createTextNode(line));
    });
    range.insertNode(fragment);
  }
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: change.replacement }));
}
