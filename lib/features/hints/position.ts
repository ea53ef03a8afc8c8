/** Where our fixed-position views go, from the rectangles of what they belong to. */
import type { Position } from '@/components/hints/types';

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const GAP = 6;
const MARGIN = 8;

/** Below this, a card squeezed beside its mark would be useless: it is laid over the mark instead. */
const MIN_HEIGHT = 120;

/**
 * Below the mark when the card fits there, else above it when it fits there, else beside it (right,
 * then left) when the window is tall enough for the whole card, else on the roomier of above and
 * below with its height capped (`maxHeight`, px; the card scrolls inside). Always inside the
 * viewport, never over the marked words while it fits anywhere whole. `card.height` is the card's
 * natural height (its scrollHeight), px.
 */
export function cardPosition(anchor: Box, viewport: { width: number; height: number }, card: { width: number; height: number }): Position {
  const below = viewport.height - anchor.bottom - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  const left = clamp(anchor.left, MARGIN, viewport.width - card.width - MARGIN);
  if (card.height <= below) return { top: anchor.bottom + GAP, left };
  if (card.height <= above) return { top: anchor.top - GAP - card.height, left };
  // A tall card in a short window (a 900 px laptop screen): capped above or below, its title or its
  // first fix scrolls out of sight; beside the words it is whole.
  if (card.height <= viewport.height - 2 * MARGIN) {
    const top = clamp(anchor.top, MARGIN, viewport.height - card.height - MARGIN);
    if (viewport.width - anchor.right - GAP - MARGIN >= card.width) return { top, left: anchor.right + GAP };
    if (anchor.left - GAP - MARGIN >= card.width) return { top, left: anchor.left - GAP - card.width };
  }
  const room = Math.max(below, above);
  const maxHeight = Math.floor(room >= MIN_HEIGHT ? room : Math.min(card.height, viewport.height - 2 * MARGIN));
  const top = room < MIN_HEIGHT ? MARGIN : below >= above ? anchor.bottom + GAP : anchor.top - GAP - maxHeight;
  return { top: clamp(top, MARGIN, viewport.height - maxHeight - MARGIN), left, maxHeight };
}

/**
 * Whether the words a card belongs to can be seen: inside the viewport and, when given, inside
 * the editor's box (text scrolled out of a scrolling composer is out of sight too).
 */
export function anchorInSight(anchor: Box, viewport: { width: number; height: number }, clip?: Box): boolean {
  const box = clip
    ? { top: Math.max(anchor.top, clip.top), bottom: Math.min(anchor.bottom, clip.bottom), left: Math.max(anchor.left, clip.left), right: Math.min(anchor.right, clip.right) }
    : anchor;
  return box.bottom > 0 && box.top < viewport.height && box.right > 0 && box.left < viewport.width && box.bottom >= box.top && box.right >= box.left;
}

/**
 * Places a drawn card beside `anchor` with its real size: sets its top, left and max-height.
 * Returns false, and places nothing, when the anchor is out of sight (the caller closes the card).
 */
export function placeCard(card: HTMLElement, anchor: Box, viewport: { width: number; height: number }, clip?: Box): boolean {
  if (!anchorInSight(anchor, viewport, clip)) return false;
  const position = cardPosition(anchor, viewport, { width: card.offsetWidth, height: card.scrollHeight + card.offsetHeight - card.clientHeight });
  card.style.top = `${position.top}px`;
  card.style.left = `${position.left}px`;
  card.style.maxHeight = position.maxHeight === undefined ? '' : `${position.maxHeight}px`;
  return true;
}

/** The count sits in the editor's bottom-right corner; null when the editor is out of sight. */
export function indicatorPosition(editor: Box, viewport: { width: number; height: number }, size = 22): Position | null {
  if (editor.bottom <= 0 || editor.top >= viewport.height || editor.right <= 0 || editor.left >= viewport.width) return null;
  return {
    top: clamp(editor.bottom - size - 4, Math.max(editor.top, 0), viewport.height - size),
    left: clamp(editor.right - size - 8, Math.max(editor.left, 0), viewport.width - size),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
