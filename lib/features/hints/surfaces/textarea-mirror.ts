/**
 * A <textarea> has no DOM inside to put a Range on, so its marks live on a mirror: a transparent copy
 * of its text in our shadow root, laid over it with the same box and font. Ranges over the mirror's
 * text node are painted by the same highlights, and the mirror is edited by the smallest change so
 * those Ranges move with the text the way Ranges in a contenteditable do.
 */
import { followEdit, rangeOver, type Mirror } from './mirror';

const COPIED = [
  'boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderTopStyle', 'borderRightStyle',
  'borderBottomStyle', 'borderLeftStyle', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch',
  'lineHeight', 'letterSpacing', 'wordSpacing', 'textIndent', 'textTransform', 'textAlign', 'direction', 'tabSize',
] as const;

export class TextareaMirror implements Mirror {
  readonly element: HTMLDivElement;
  readonly text: Text;

  constructor(private readonly area: HTMLTextAreaElement | HTMLInputElement, parent: Node) {
    const doc = area.ownerDocument;
    this.element = doc.createElement('div');
    this.element.className = 'mirror';
    this.element.setAttribute('aria-hidden', 'true');
    this.text = doc.createTextNode('');
    this.element.append(this.text);
    parent.appendChild(this.element);
  }

  /** Brings the mirror's text up to date with the smallest edit, so live Ranges follow. */
  sync(): void {
    followEdit(this.text, this.area.value);
  }

  rangeAt(start: number, end: number): Range {
    return rangeOver(this.text, start, end);
  }

  /** Lays the mirror over the textarea: same box, same font, same scroll. */
  place(): void {
    const style = getComputedStyle(this.area);
    const rect = this.area.getBoundingClientRect();
    const s = this.element.style;
    for (const key of COPIED) s[key] = style[key];
    s.position = 'fixed';
    s.top = `${rect.top}px`;
    s.left = `${rect.left}px`;
    s.width = `${rect.width}px`;
    s.height = `${rect.height}px`;
    s.borderColor = 'transparent';
    s.color = 'transparent';
    s.background = 'transparent';
    s.whiteSpace = this.area instanceof HTMLTextAreaElement ? 'pre-wrap' : 'pre';
    s.overflowWrap = 'break-word';
    s.overflow = 'hidden';
    s.pointerEvents = 'none';
    s.margin = '0';
    s.zIndex = '2147482999';
    // A scrollbar takes width from the text area, not from the box.
    s.paddingRight = `${parseFloat(style.paddingRight) + (this.area.offsetWidth - this.area.clientWidth - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth))}px`;
    this.element.scrollTop = this.area.scrollTop;
    this.element.scrollLeft = this.area.scrollLeft;
  }

  remove(): void {
    this.element.remove();
  }
}
