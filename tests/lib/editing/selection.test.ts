import { describe, expect, it } from 'vitest';
import { shiftSelection } from '@/lib/editing/selection';

describe('shiftSelection', () => {
  const span = { start: 10, end: 13 }; // "EOD" becomes "5:00 PM" (7 characters)
  it('leaves a caret before the span where it was', () => {
    expect(shiftSelection({ start: 4, end: 4 }, span.start, span.end, 7)).toEqual({ start: 4, end: 4 });
  });
  it('moves a caret after the span by the change in length', () => {
    expect(shiftSelection({ start: 20, end: 20 }, span.start, span.end, 7)).toEqual({ start: 24, end: 24 });
  });
  it('puts a caret that was inside the span after the new text', () => {
    expect(shiftSelection({ start: 11, end: 11 }, span.start, span.end, 7)).toEqual({ start: 17, end: 17 });
  });
});
