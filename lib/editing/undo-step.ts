/**
 * One undo step for one change. Quill (Slack's editor) merges edits less than a second apart into
 * one undo step, so a fix applied right after typing was undone together with the typing. Quill 2's
 * history answers `beforeinput` with `historyUndo`/`historyRedo`, and either resets its merge timer:
 * undo then redo leaves the text as it was and closes the step. It is done before a change, and
 * again once Quill has recorded the change (a microtask later: Quill reads it from the DOM through
 * a MutationObserver, whose callback was queued first), so typing right after a fix is a step of its
 * own too — never synchronously right after the change, when Quill's history would undo the typing
 * before it instead. Other editors (Chromium's own undo
 * for a contenteditable or a textarea) already keep a selection change between two edits apart.
 */
import { readText } from './read-text';
import { readSelection, selectText } from './selection';

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

/**
 * Closes the undo step of a change just made, once the editor has recorded it (Quill only; a
 * microtask later), keeping the caret and selection where they are: typing right after the change
 * is then undone on its own, not with the change.
 */
export function closeUndoStepAfterChange(editor: HTMLElement): void {
  if (!editor.classList.contains('ql-editor')) return;
  queueMicrotask(() => {
    try {
      const selection = readSelection(editor);
      closeUndoStep(editor);
      if (selection) selectText(editor, selection.start, selection.end);
    } catch {
      // The editor went away in between: nothing to close.
    }
  });
}
