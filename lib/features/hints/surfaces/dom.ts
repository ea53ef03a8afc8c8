/**
 * A contenteditable editor (Gmail, Slack's Quill, Docs comments): marks are live Ranges over the
 * editor's own text, painted with the CSS Custom Highlight API; nothing is added to the editor.
 */
import { offsetsOf, rangeAt, readText, replaceText, type TextMap } from '@/lib/editing';
import { clear, paint } from '../highlights';
import type { EditorSurface } from './surface';

/** Elements whose formatting a plain-text replacement loses: links, emphasis, code, lists, quotes, images. */
const FORMATTING = new Set(['A', 'B', 'STRONG', 'I', 'EM', 'U', 'S', 'STRIKE', 'CODE', 'PRE', 'UL', 'OL', 'BLOCKQUOTE', 'IMG']);

/** Whether the editor holds any of those (by tag: generic HTML, not a host's own markup). */
function hasFormatting(editor: HTMLElement): boolean {
  const walker = document.createTreeWalker(editor, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    if (FORMATTING.has(el.tagName) && (el.tagName !== 'A' || el.hasAttribute('href'))) return true;
  }
  return false;
}

export function domSurface(editor: HTMLElement, notProse?: string): EditorSurface {
  const owner = {};
  return {
    // The host's quote, signature and code containers come back as `excluded` ranges for the engine.
    read: async () => readText(editor, notProse),
    readsThroughPage: false,
    sync() {},
    rangeFor: (map: TextMap) => (start, end) => rangeAt(map, start, end),
    live(map, range) {
      const now = offsetsOf(map, range);
      return now ? { start: now.start, text: map.text.slice(now.start, now.end) } : null;
    },
    boxes: (range) => Array.from(range.getClientRects()),
    anchor: (range) => range.getBoundingClientRect(),
    paint(ranges, count) {
      if (count === 0) clear(owner);
      else paint(owner, ranges);
    },
    place() {},
    scrollTo: (range) => range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' }),
    replace: async (change) => replaceText(editor, change),
    focus: () => editor.focus({ preventScroll: true }),
    keyTarget: null,
    scrollsInEditor: true,
    wholeRewrite: true,
    formatted: () => hasFormatting(editor),
    unavailable: () => null,
    dispose: () => clear(owner),
  };
}
