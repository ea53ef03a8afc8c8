/**
 * The mirror of a canvas body (the Docs document body). Its copy of the text is hidden: it exists
 * so that marks are live Ranges like everywhere else, dropped at once when their words change. What
 * the user sees are boxes laid over the canvas where the page says each marked span is drawn.
 */
import type { CanvasText } from '@/lib/hosts/types';
import { BOX_STYLES as BOX_STYLE, HIGHLIGHT_KINDS, noRanges, type HighlightKind } from '../highlights';
import { followEdit, rangeOver, type Mirror } from './mirror';

export class CanvasMirror implements Mirror {
  /** The boxes drawn over the canvas. */
  readonly element: HTMLDivElement;
  private readonly copy: Text;
  private readonly hiddenCopy: HTMLDivElement;
  private painted: Record<HighlightKind, Range[]> = noRanges();

  constructor(
    private readonly canvas: CanvasText,
    /** The canvas's scrolling viewport: words scrolled out of it get no box (nor a hover). */
    private readonly viewport: HTMLElement,
    parent: Node,
  ) {
    const doc = parent.ownerDocument ?? document;
    this.hiddenCopy = doc.createElement('div');
    this.hiddenCopy.hidden = true;
    this.copy = doc.createTextNode('');
    this.hiddenCopy.append(this.copy);
    this.element = doc.createElement('div');
    this.element.className = 'canvas-marks';
    this.element.setAttribute('aria-hidden', 'true');
    parent.appendChild(this.hiddenCopy);
    parent.appendChild(this.element);
  }

  /** A canvas is read through the page, asynchronously: `follow` takes each text that was read. */
  sync(): void {}

  follow(text: string): void {
    followEdit(this.copy, text);
  }

  rangeAt(start: number, end: number): Range {
    return rangeOver(this.copy, start, end);
  }

  /** Where a Range over the copy is drawn on the page now, as far as it can be seen. */
  boxesOf(range: Range, locate = this.canvas.locate(this.copy.data), view = this.viewport.getBoundingClientRect()): DOMRect[] {
    if (range.startContainer !== this.copy) return [];
    return locate(range.startOffset, range.endOffset).flatMap((box) => {
      const left = Math.max(box.left, view.left);
      const top = Math.max(box.top, view.top);
      const right = Math.min(box.right, view.right);
      const bottom = Math.min(box.bottom, view.bottom);
      return right > left && bottom > top ? [new DOMRect(left, top, right - left, bottom - top)] : [];
    });
  }

  /** The marks to draw from now on; `place` draws them. */
  setRanges(ranges: Record<HighlightKind, Range[]>): void {
    this.painted = ranges;
  }

  place(): void {
    const doc = this.element.ownerDocument;
    const locate = this.canvas.locate(this.copy.data);
    const view = this.viewport.getBoundingClientRect();
    const boxes: HTMLElement[] = [];
    for (const kind of HIGHLIGHT_KINDS) {
      for (const range of this.painted[kind]) {
        for (const rect of this.boxesOf(range, locate, view)) {
          const box = doc.createElement('div');
          box.dataset.part = `canvas-mark-${kind}`;
          box.style.cssText = `position: fixed; pointer-events: none; box-sizing: border-box; z-index: 2147482999; ${BOX_STYLE[kind]}`;
          box.style.top = `${rect.top}px`;
          box.style.left = `${rect.left}px`;
          box.style.width = `${rect.width}px`;
          box.style.height = `${rect.height}px`;
          boxes.push(box);
        }
      }
    }
    this.element.replaceChildren(...boxes);
  }

  remove(): void {
    this.hiddenCopy.remove();
    this.element.remove();
  }
}
