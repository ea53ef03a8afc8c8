/**
 * Our code runs inside other people's pages: it must never throw into them. Every callback we hand
 * to the page (observers, listeners, timers, features, card buttons) goes through `guard`, which
 * logs instead — for a callback that returns a promise, its rejection too. The one log helper of the
 * extension: messages read `[handoff] <where>: …`.
 */
const PREFIX = '[handoff]';

export function logError(where: string, error: unknown): void {
  console.error(`${PREFIX} ${where}:`, error);
}

export function logWarning(message: string): void {
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
