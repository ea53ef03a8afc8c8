import { describe, expect, it } from 'vitest';
import { rowAt, rowOffsets } from '@/components/options/rows';

describe('windowing rows of different heights', () => {
  it('places each row after the ones above it: measured heights where known, the estimate elsewhere', () => {
    const offsets = rowOffsets([10, 11, 12, 13], new Map([[11, 80]]), 40);
    expect([...offsets]).toEqual([0, 40, 120, 160, 200]);
  });

  it('finds the row at a scroll offset', () => {
    const offsets = rowOffsets([1, 2, 3], new Map([[2, 100]]), 40);
    expect(rowAt(offsets, 0)).toBe(0);
    expect(rowAt(offsets, 39.9)).toBe(0);
    expect(rowAt(offsets, 40)).toBe(1);
    expect(rowAt(offsets, 139)).toBe(1);
    expect(rowAt(offsets, 140)).toBe(2);
    expect(rowAt(offsets, 10_000)).toBe(2);
    expect(rowAt(rowOffsets([], new Map(), 40), 50)).toBe(0);
  });

  it('is quick for 50,000 people', () => {
    const ids = Array.from({ length: 50_000 }, (_, i) => i);
    const started = performance.now();
    const offsets = rowOffsets(ids, new Map(), 44);
    expect(rowAt(offsets, 44 * 25_000 + 1)).toBe(25_000);
    expect(performance.now() - started).toBeLessThan(50);
  });
});
