/**
 * One undo step for one change. Quill (Slack's editor) merges edits less than a second apart into
 * one undo step, so a fix applied right after typing was undone together with the typing. Quill 2's
 * history answers `beforeinput` with `historyUndo`/`historyRedo`, and either resets its merge timer:
 * undo then redo leaves the text as it was and closes the step. It is done before a change, never
 * right after one: Quill reads our change from the DOM asynchronously, so its history would undo
 * the typing before it instead. Other editors (Chromium's own undo
 * for a contenteditable or a textarea) already keep a selection change between two edits apart.
 */
import { readText } from './read-text';

function fire(editor: HTMLElement, inputType: 'historyUndo' | 'historyRedo'): void {
  editor.dispatchEvent(new InputEvent('beforeinput', { inputType, bubbles: true, cancelable: true, composed: true }));
}

/** Closes the editor's open undo step, leaving the text as it is. Returns false if the text could not be kept. */
export function closeUndoStep(editor: HTMLElement): boolean {
  if (!editor.classList.contains('ql-editor')) return true;
  const before = readText(editor).text;
  fire(editor, 'historyUndo');
  // Nothing was undone (an empty history, or no Quill behind the class): nothing to redo.
  if (readText(editor).text === before) return true;
  fire(editor, 'historyRedo');
  return readText(editor).text === before;
}
