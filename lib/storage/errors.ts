/** Storage failures in words a person can act on. */

export function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; inner?: { name?: string } } | null;
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError';
}

/** "Could not save your edit: the browser's storage for Handoff is full …" */
export function describeStorageError(error: unknown, what: string): string {
  if (isQuotaError(error)) {
    return `Could not save ${what}: the browser's storage for Handoff is full. Your earlier data is safe; export it and delete old weeks to make room.`;
  }
  return `Could not save ${what}: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * An error as a sentence for a page: a full disk gets `describeStorageError`'s advice (never a bare
 * "QuotaExceededError"); anything else its own message.
 */
export function friendlyError(error: unknown, what: string): string {
  if (isQuotaError(error)) return describeStorageError(error, what);
  return error instanceof Error ? error.message : String(error);
}
