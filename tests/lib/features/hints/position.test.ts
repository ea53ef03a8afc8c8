import { describe, expect, it } from 'vitest';
import { cardPosition, indicatorPosition } from '@/lib/features/hints/position';

const viewport = { width: 1000, height: 800 };
const card = { width: 320, height: 200 };
const box = (top: number, left: number, h = 20, w = 60) => ({ top, left, bottom: top + h, right: left + w });

describe('cardPosition', () => {
  it('goes below the mark when there is room', () => {
    expect(cardPosition(box(100, 50), viewport, card)).toEqual({ top: 126, left: 50 });
  });
  it('goes above the mark near the bottom of the window', () => {
    expect(cardPosition(box(700, 50), viewport, card)).toEqual({ top: 494, left: 50 });
  });
  it('stays inside the window on the right', () => {
    expect(cardPosition(box(100, 900), viewport, card).left).toBe(1000 - 320 - 8);
  });
});

describe('indicatorPosition', () => {
  it('sits in the editor’s bottom-right corner', () => {
    expect(indicatorPosition(box(100, 100, 200, 400), viewport)).toEqual({ top: 274, left: 470 });
  });
  it('is hidden when the editor is scrolled out of sight', () => {
    expect(indicatorPosition(box(-300, 100, 200, 400), viewport)).toBeNull();
  });
});
