/**
 * A mirror holds a copy of an editor's text in our shadow root, for editors with no DOM text of
 * their own to put a Range on (a <textarea>, a canvas). Ranges over the copy move with the text the
 * way Ranges in a contenteditable do, because the copy is changed by the smallest edit.
 */
export interface Mirror {
  readonly element: HTMLElement;
  /** Brings the copy up to date with the editor, when that can be done at once. */
  sync(): void;
  rangeAt(start: number, end: number): Range;
  /** Lays whatever the mirror draws over the editor again (after a scroll, a resize, new marks). */
  place(): void;
  remove(): void;
}

/** Turns `node`'s text into `next` with one replaceData over the part that differs. */
export function followEdit(node: Text, next: string): void {
  const prev = node.data;
  if (next === prev) return;
  let head = 0;
  const max = Math.min(prev.length, next.length);
  while (head < max && prev.charCodeAt(head) === next.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < max - head && prev.charCodeAt(prev.length - 1 - tail) === next.charCodeAt(next.length - 1 - tail)) tail++;
  node.replaceData(head, prev.length - head - tail, next.slice(head, next.length - tail));
}

export function rangeOver(node: Text, start: number, end: number): Range {
  const range = node.ownerDocument.createRange();
  range.setStart(node, Math.min(start, node.length));
  range.setEnd(node, Math.min(end, node.length));
  return range;
}
