/**
 * Our code runs inside other people's pages: it must never throw into them. Every callback we hand
 * to the page (observers, listeners, timers, features) goes through `guard`, which logs instead.
 */
const PREFIX = '[handoff]';

export function logError(where: string, error: unknown): void {
  console.error(`${PREFIX} ${where}:`, error);
}

export function logWarning(message: string): void {
  console.warn(`${PREFIX} ${message}`);
}

/** Wraps `fn` so that an error inside it is logged with `where` and swallowed. */
export function guard<A extends unknown[]>(where: string, fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch (error) {
      logError(where, error);
    }
  };
}
