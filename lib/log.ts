/**
 * Our code runs inside other people's pages: it must never throw into them. Every callback we hand
 * to the page (observers, listeners, timers, features, card buttons) goes through `guard`, which
 * logs instead — for a callback that returns a promise, its rejection too. The one log helper of the
 * extension: messages read `[handoff] <where>: …`.
 */
const PREFIX = '[handoff]';

/**
 * An orphaned content script (the extension was reloaded under the tab) says nothing into the host
 * page's console: its calls fail with "Extension context invalidated" until it has gone quiet.
 */
function orphaned(error?: unknown): boolean {
  const runtime = (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime;
  if (runtime && !runtime.id) return true;
  return /Extension context invalidated/i.test(error instanceof Error ? error.message : String(error ?? ''));
}

export function logError(where: string, error: unknown): void {
  if (orphaned(error)) return;
  console.error(`${PREFIX} ${where}:`, error);
}

export function logWarning(message: string): void {
  if (orphaned()) return;
  console.warn(`${PREFIX} ${message}`);
}

/** Wraps `fn` so that an error inside it (or its promise's rejection) is logged with `where` and swallowed. */
export function guard<A extends unknown[]>(where: string, fn: (...args: A) => unknown): (...args: A) => void {
  return (...args: A) => {
    try {
      const result = fn(...args);
      if (result instanceof Promise) result.catch((error: unknown) => logError(where, error));
    } catch (error) {
      logError(where, error);
    }
  };
}
