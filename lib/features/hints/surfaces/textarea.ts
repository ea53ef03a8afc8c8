/**
 * A <textarea> or text <input>: it has no DOM text to range over, so marks live on a mirror of its
 * text in our shadow root (./textarea-mirror.ts), painted by the same highlights.
 */
import { readText, replaceText } from '@/lib/editing';
import { guard } from '@/lib/log';
import { clear, paint } from '../highlights';
import type { EditorSurface } from './surface';
import { TextareaMirror } from './textarea-mirror';

export function textareaSurface(field: HTMLTextAreaElement | HTMLInputElement, shadow: ShadowRoot, signal: AbortSignal): EditorSurface {
  const owner = {};
  const mirror = new TextareaMirror(field, shadow);
  field.addEventListener('scroll', guard('hints: scroll', () => mirror.place()), { signal, passive: true });
  return {
    read: async () => readText(field),
    readsThroughPage: false,
    sync: () => mirror.sync(),
    rangeFor: () => (start, end) => mirror.rangeAt(start, end),
    live: (_map, range) => ({ start: range.startOffset, text: range.toString() }),
    boxes: (range) => Array.from(range.getClientRects()),
    anchor: (range) => range.getBoundingClientRect(),
    paint(ranges, count) {
      if (count === 0) clear(owner);
      else paint(owner, ranges);
      mirror.element.hidden = count === 0;
    },
    place: () => mirror.place(),
    scrollTo: (range) => range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' }),
    replace: async (change) => replaceText(field, change),
    focus: () => field.focus({ preventScroll: true }),
    keyTarget: null,
    scrollsInEditor: true,
    wholeRewrite: true,
    formatted: () => false,
    unavailable: () => null,
    dispose() {
      clear(owner);
      mirror.remove();
    },
  };
}
