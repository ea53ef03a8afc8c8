import { describe, expect, it } from 'vitest';
import { anchorInSight, cardPosition, indicatorPosition } from '@/lib/features/hints/position';

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
  it('caps a tall card to the roomier side of a composer at the bottom of a short window, fully inside it', () => {
    // Slack's composer at the bottom of a 480 px window; the card would be 627 px tall.
    const short = { width: 1000, height: 480 };
    const p = cardPosition(box(440, 50), short, { width: 320, height: 627 });
    expect(p.maxHeight).toBe(440 - 6 - 8);
    expect(p.top).toBe(8);
    expect(p.top + p.maxHeight!).toBeLessThanOrEqual(440 - 6);
  });
  it('lays a card over a mark that leaves no room on either side, still inside the window', () => {
    const p = cardPosition(box(40, 50, 400), { width: 1000, height: 480 }, { width: 320, height: 627 });
    expect(p.top).toBe(8);
    expect(p.top + p.maxHeight!).toBeLessThanOrEqual(480 - 8);
  });
  it('goes beside the mark when it fits neither below nor above but the window is tall enough for all of it', () => {
    // A 900 px window, the mark in the middle, a 600 px card: whole, to the right of the words.
    const tall = { width: 320, height: 600 };
    const p = cardPosition(box(431, 294, 16, 133), { width: 1280, height: 900 }, tall);
    expect(p).toEqual({ top: 900 - 600 - 8, left: 294 + 133 + 6 });
    // No room on the right: to the left of the words.
    const q = cardPosition(box(431, 900, 16, 133), { width: 1280, height: 900 }, tall);
    expect(q).toEqual({ top: 900 - 600 - 8, left: 900 - 6 - 320 });
    // Aligned with the words when they are high enough.
    expect(cardPosition(box(80, 294, 16, 133), { width: 1280, height: 700 }, tall).top).toBe(80);
  });
  it('stays inside the window on the right', () => {
    expect(cardPosition(box(100, 900), viewport, card).left).toBe(1000 - 320 - 8);
  });
});

describe('anchorInSight', () => {
  it('is false once the words scrolled out of the window or out of their editor', () => {
    expect(anchorInSight(box(100, 50), viewport)).toBe(true);
    expect(anchorInSight(box(-40, 50), viewport)).toBe(false);
    expect(anchorInSight(box(900, 50), viewport)).toBe(false);
    expect(anchorInSight(box(100, 50), viewport, box(200, 0, 100, 800))).toBe(false);
    expect(anchorInSight(box(250, 50), viewport, box(200, 0, 100, 800))).toBe(true);
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
