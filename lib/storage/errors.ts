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
