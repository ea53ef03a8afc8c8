/**
 * Appends text at the end of a host editor the undo-safe way (select the end, execCommand
 * 'insertText': Ctrl+Z takes it back, Quill's model follows). Returns whether the text landed.
 */
export function appendText(editor: HTMLElement, text: string): boolean {
  const doc = editor.ownerDocument;
  editor.focus();
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    const end = editor.value.length;
    editor.setSelectionRange(end, end);
  } else {
    const range = doc.createRange();
    range.selectNodeContents(editor);
    range.collapse(false);
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  const before = editor instanceof HTMLTextAreaElement ? editor.value : editor.innerText;
  const current = before.replace(/\n+$/, '');
  const separator = current.trim() === '' ? '' : /\s$/.test(current) ? '' : '\n\n';
  doc.execCommand('insertText', false, separator + text);
  const after = editor instanceof HTMLTextAreaElement ? editor.value : editor.innerText;
  return after.replace(/\s+/g, ' ').includes(text.replace(/\s+/g, ' ').trim().slice(0, 40));
}
