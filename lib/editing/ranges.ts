/** Offsets of a TextMap ↔ DOM positions and Ranges. */
import type { Piece, TextMap } from './read-text';

export interface DomPoint {
  node: Node;
  offset: number;
}

/**
 * The DOM position of a text offset. An offset on a boundary between two pieces belongs to the
 * piece after it for a range start (`'forward'`) and to the piece before it for a range end.
 */
export function pointAt(map: TextMap, offset: number, affinity: 'forward' | 'backward'): DomPoint {
  const { pieces } = map;
  if (pieces.length === 0) return { node: map.editor, offset: 0 };
  // Binary search for the first piece that ends at or after the offset.
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid]!.end < offset) lo = mid + 1;
    else hi = mid;
  }
  let piece = pieces[lo]!;
  if (piece.end < offset) return endOf(piece);
  if (affinity === 'forward' && offset === piece.end && pieces[lo + 1] && pieces[lo + 1]!.start >= offset) {
    // On the boundary: a range starting here starts in the next piece, not at the end of this one.
    if (pieces[lo + 1]!.start === offset) piece = pieces[lo + 1]!;
  }
  if (offset < piece.start) return startOf(piece);
  return inside(piece, offset - piece.start);
}

function inside(piece: Piece, delta: number): DomPoint {
  if (piece.kind === 'text') return { node: piece.node, offset: delta };
  return delta === 0 ? startOf(piece) : endOf(piece);
}

function startOf(piece: Piece): DomPoint {
  if (piece.kind === 'text') return { node: piece.node, offset: 0 };
  const parent = piece.node.parentNode!;
  return { node: parent, offset: Array.prototype.indexOf.call(parent.childNodes, piece.node) as number };
}

function endOf(piece: Piece): DomPoint {
  if (piece.kind === 'text') return { node: piece.node, offset: piece.node.length };
  const start = startOf(piece);
  return { node: start.node, offset: start.offset + 1 };
}

/** A Range over text[start, end) of a contenteditable; null for a <textarea> (it has no inner DOM). */
export function rangeAt(map: TextMap, start: number, end: number): Range | null {
  if (map.pieces.length === 0 && map.text.length > 0) return null;
  const from = pointAt(map, start, 'forward');
  const to = pointAt(map, end, start === end ? 'forward' : 'backward');
  const range = map.editor.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The text offset of a DOM position inside the editor, or null when it is outside. */
export function offsetAt(map: TextMap, node: Node, offset: number): number | null {
  if (!map.editor.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const piece = map.pieces.find((p) => p.node === node);
    if (piece) return piece.start + Math.min(offset, piece.end - piece.start);
  }
  // Any other position: the start of the first piece at or after it, else the end of the text.
  const probe = map.editor.ownerDocument.createRange();
  probe.setStart(node, offset);
  for (const piece of map.pieces) {
    const at = piece.kind === 'text' ? { node: piece.node as Node, offset: 0 } : startOf(piece);
    if (probe.comparePoint(at.node, at.offset) >= 0) return piece.start;
    if (piece.kind === 'text' && probe.comparePoint(piece.node, piece.node.length) >= 0) {
      return piece.end;
    }
  }
  return map.text.length;
}

/** The offsets a (live) Range covers now, or null when it has left the editor. */
export function offsetsOf(map: TextMap, range: Range): { start: number; end: number } | null {
  const start = offsetAt(map, range.startContainer, range.startOffset);
  const end = offsetAt(map, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  return { start, end };
}
