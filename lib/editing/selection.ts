/** The user's selection in an editor, as text offsets, so it survives a replacement elsewhere. */
import { isTextField, readText, type TextMap } from './read-text';
import { offsetsOf, rangeAt } from './ranges';

export interface TextSelection {
  start: number;
  end: number;
}

export function readSelection(editor: HTMLElement, map: TextMap = readText(editor)): TextSelection | null {
  if (isTextField(editor)) {
    return { start: editor.selectionStart ?? 0, end: editor.selectionEnd ?? 0 };
  }
  const selection = editor.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  return offsetsOf(map, selection.getRangeAt(0));
}

export function selectText(editor: HTMLElement, start: number, end: number, map: TextMap = readText(editor)): boolean {
  if (isTextField(editor)) {
    editor.setSelectionRange(start, end);
    return true;
  }
  const range = rangeAt(map, start, end);
  const selection = editor.ownerDocument.getSelection();
  if (!range || !selection) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/** Where a selection lands after text[start, end) became `insertedLength` characters long. */
export function shiftSelection(sel: TextSelection, start: number, end: number, insertedLength: number): TextSelection {
  const delta = insertedLength - (end - start);
  const move = (offset: number) => (offset <= start ? offset : offset >= end ? offset + delta : start + insertedLength);
  return { start: move(sel.start), end: move(sel.end) };
}
