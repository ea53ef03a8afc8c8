/**
 * How long a content script runs in a host page (issue 16). It ends when the extension is reloaded,
 * updated or removed under the open tab ("orphaned": `browser.runtime.id` is gone and every
 * extension API throws "Extension context invalidated"); then every feature removes its UI and goes
 * quiet, because each is tied to this context's signal through runHost (composer.signal) or directly
 * (the tab-title stripper).
 *
 * Not on the page's word. WXT ends its own context in two cases: the extension went (its location
 * watcher looks once a second), or a "content script started" event arrived on `document` — which
 * any page script can fire, since the event's name is made of our public extension id and the
 * entrypoint's name. We follow WXT's context only when the extension really went, so a page cannot
 * switch Handoff off for itself. (A second copy of the same content script in one document does not
 * happen with manifest-declared scripts; it would only show two UIs, not lose data.)
 *
 * Orphaning has no event of its own: besides WXT's watcher, the user's next focus, click, key or
 * return to the tab checks it (a property read), so a stale chip or mark is gone before it is used.
 */
import { browser } from 'wxt/browser';
import type { HostContext } from './run-host';

export function extensionAlive(): boolean {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false;
  }
}

const CHECK_ON = ['focusin', 'pointerdown', 'keydown', 'visibilitychange'] as const;

/** Our context over WXT's: ends when the extension is gone, not when a page fires WXT's event. */
export function lifetime(ctx: HostContext, alive: () => boolean = extensionAlive, doc: Document = document): HostContext {
  const controller = new AbortController();
  const { signal } = controller;
  const check = () => {
    if (!signal.aborted && !alive()) controller.abort();
  };
  ctx.onInvalidated(check);
  for (const type of CHECK_ON) doc.addEventListener(type, check, { capture: true, passive: true, signal });
  return {
    signal,
    onInvalidated(cb: () => void) {
      signal.addEventListener('abort', cb);
      return () => signal.removeEventListener('abort', cb);
    },
    addEventListener: ((target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions) => {
      // WXT's own events have per-extension names only its context knows; they stop if a page ends it.
      if (type.startsWith('wxt:')) return ctx.addEventListener(target as Window, type as 'wxt:locationchange', handler as never, options);
      target.addEventListener(type, handler, { ...options, signal });
    }) as HostContext['addEventListener'],
  };
}
