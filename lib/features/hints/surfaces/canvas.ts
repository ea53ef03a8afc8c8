/**
 * A canvas body (the Google Docs document): the text is read and replaced through the page
 * (CanvasText), asynchronously; marks are live Ranges over a hidden copy, drawn as boxes over the
 * canvas (./canvas-mirror.ts). When the page does not share the text, the surface says why, after a
 * grace period, and asks again a few times.
 */
import type { CanvasText, CanvasUnavailable } from '@/lib/hosts/types';
import { guard } from '@/lib/log';
import { CanvasMirror } from './canvas-mirror';
import type { EditorSurface, SurfaceHooks } from './surface';
import { UNAVAILABLE_GRACE_MS, UNAVAILABLE_RETRIES, UNAVAILABLE_RETRY_MS } from '../unavailable';

export function canvasSurface(canvasText: CanvasText, editor: HTMLElement, shadow: ShadowRoot, hooks: SurfaceHooks): EditorSurface {
  const mirror = new CanvasMirror(canvasText, editor, shadow);
  const startedAt = Date.now();
  let shown: CanvasUnavailable | null = null;
  let retries = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  function setUnavailable(why: CanvasUnavailable | null): void {
    if (!why) {
      retries = 0;
      clearTimeout(retryTimer);
      retryTimer = undefined;
    } else if (retryTimer === undefined && retries < UNAVAILABLE_RETRIES) {
      // One retry pending at a time, however many reads failed meanwhile (each keystroke reads).
      retryTimer = setTimeout(guard('hints: retry', () => {
        retryTimer = undefined;
        retries += 1;
        if (!disposed) hooks.retry();
      }), UNAVAILABLE_RETRY_MS);
    }
    const next = why && Date.now() - startedAt >= UNAVAILABLE_GRACE_MS ? why : null;
    if (next === shown) return;
    shown = next;
    hooks.unavailableChanged();
  }

  const keys = canvasText.keyTarget();
  return {
    async read() {
      const read = await canvasText.read();
      if (disposed) return null;
      setUnavailable(read.available ? null : read.why);
      if (!read.available) return null;
      mirror.follow(read.text);
      return { editor, text: read.text, pieces: [], ...(read.total ? { total: read.total } : {}) };
    },
    readsThroughPage: true,
    sync() {},
    rangeFor: () => (start, end) => mirror.rangeAt(start, end),
    live: (_map, range) => ({ start: range.startOffset, text: range.toString() }),
    boxes: (range) => mirror.boxesOf(range),
    anchor: (range) => mirror.boxesOf(range)[0],
    paint(ranges, count) {
      mirror.setRanges(ranges);
      mirror.element.hidden = count === 0;
    },
    place: () => mirror.place(),
    scrollTo() {},
    replace: (change) => canvasText.replace(change),
    focus() {
      // The keyboard goes back to the page's text-event frame, not to the canvas.
      if (!keys) return editor.focus({ preventScroll: true });
      keys.defaultView?.focus();
      (keys.activeElement as HTMLElement | null)?.focus({ preventScroll: true });
    },
    keyTarget: keys,
    // The boxes are laid over the page's canvas, which scrolls its own way: only the viewport clips.
    scrollsInEditor: false,
    // A document body is not a message: rewriting all of it in one click would be no favour.
    wholeRewrite: false,
    formatted: () => false,
    unavailable: () => shown,
    dispose() {
      disposed = true;
      clearTimeout(retryTimer);
      mirror.remove();
    },
  };
}
