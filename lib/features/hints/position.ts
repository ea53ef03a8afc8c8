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

/** Below the mark, or above it when there is more room there; always inside the viewport. */
export function cardPosition(anchor: Box, viewport: { width: number; height: number }, card: { width: number; height: number }): Position {
  const below = viewport.height - anchor.bottom;
  const above = anchor.top;
  const top = below >= card.height + GAP || below >= above ? anchor.bottom + GAP : anchor.top - GAP - card.height;
  return {
    top: clamp(top, MARGIN, viewport.height - card.height - MARGIN),
    left: clamp(anchor.left, MARGIN, viewport.width - card.width - MARGIN),
  };
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
