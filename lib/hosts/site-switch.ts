/**
 * The options page can turn Handoff off per site (settings.sites). While a site is off, its
 * content script mounts nothing; turning it back on resumes discovery without a page reload.
 */
import { getSettings, siteOn, watchSettings, type Settings } from '@/lib/storage/settings';
import type { HostAdapter } from './adapter';
import type { ComposerFeature } from './types';
import { runHost, type HostContext, type RunHostOptions } from './run-host';
import { logError } from '@/lib/log';

/** A context that ends with `controller` (the site switched off) or with its parent (the script reloaded). */
function childContext(parent: HostContext, controller: AbortController): HostContext {
  parent.onInvalidated(() => controller.abort());
  return {
    signal: controller.signal,
    onInvalidated(cb: () => void) {
      controller.signal.addEventListener('abort', cb);
      return () => controller.signal.removeEventListener('abort', cb);
    },
    // Through the parent, which maps WXT's own events (wxt:locationchange); quiet once we end.
    addEventListener: ((target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions) =>
      parent.addEventListener(
        target,
        type,
        (event: Event) => {
          if (!controller.signal.aborted) handler(event);
        },
        options,
      )) as HostContext['addEventListener'],
  };
}

export function runHostWhileEnabled(
  ctx: HostContext,
  adapter: HostAdapter,
  features: ComposerFeature[],
  options?: RunHostOptions,
): void {
  let running: AbortController | undefined;
  const apply = (settings: Settings) => {
    if (ctx.signal.aborted) return;
    const enabled = siteOn(settings, adapter.id);
    if (enabled && !running) {
      running = new AbortController();
      runHost(childContext(ctx, running), adapter, features, options);
    } else if (!enabled && running) {
      running.abort();
      running = undefined;
    }
  };
  getSettings().then(apply, (error: unknown) => logError(`${adapter.id}: reading settings`, error));
  const stopWatching = watchSettings((settings) => {
    try {
      apply(settings);
    } catch (error) {
      logError(`${adapter.id}: applying settings`, error);
    }
  });
  ctx.onInvalidated(stopWatching);
}
