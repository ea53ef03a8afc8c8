import { describe, expect, it } from 'vitest';
import { describeStorageError, isQuotaError } from '@/lib/storage/errors';

describe('storage errors in words', () => {
  it('recognises a quota error, also when Dexie wraps it', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quota })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(describeStorageError(quota, 'your edit')).toMatch(/^Could not save your edit: the browser's storage for Handoff is full\. Your earlier data is safe/);
    expect(describeStorageError(new Error('closed'), 'the win')).toBe('Could not save the win: closed');
  });
});
