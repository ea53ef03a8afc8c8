/** Our errors are logged with a prefix and never thrown into the host page. */
export function logError(where: string, error: unknown): void {
  console.error(`[handoff] hints: ${where}:`, error);
}

export function guarded<A extends unknown[]>(where: string, fn: (...args: A) => unknown): (...args: A) => void {
  return (...args: A) => {
    try {
      const result = fn(...args);
      if (result instanceof Promise) result.catch((error: unknown) => logError(where, error));
    } catch (error) {
      logError(where, error);
    }
  };
}
