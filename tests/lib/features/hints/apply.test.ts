import { describe, expect, it } from 'vitest';
import { fixChange, rewriteChange, shiftSinceAnalysis } from '@/lib/features/hints/apply';

const analysed = 'Please send the report by EOD.';
const mark = { start: 12, text: 'the report' };
const fix = { start: 12, end: 22, replacement: 'the Q3 revenue report' };

describe('applying a fix to text that may have changed since the analysis', () => {
  it('does not move a fix when the text is as analysed', () => {
    expect(shiftSinceAnalysis({ analysed, now: analysed, mark, fix, live: null })).toBe(0);
  });

  it('follows the live Range when the user typed before the words', () => {
    const now = `Hi Ana! ${analysed}`;
    expect(shiftSinceAnalysis({ analysed, now, mark, fix, live: { start: 20, text: 'the report' } })).toBe(8);
  });

  it('refuses when the live Range no longer covers the same words, or cannot be found', () => {
    const now = 'Please send the rapport by EOD.';
    expect(shiftSinceAnalysis({ analysed, now, mark, fix, live: { start: 12, text: 'the rapport' } })).toBeNull();
    expect(shiftSinceAnalysis({ analysed, now, mark, fix, live: null })).toBeNull();
  });

  it('without a Range, finds the same words nearest to where they were', () => {
    // "the report" at 16 and at 48: 16 is nearest to where it was (12).
    const now = `Hi! ${analysed} And the report again.`;
    expect(shiftSinceAnalysis({ analysed, now, mark, fix })).toBe(4);
    // At 0 and at 36: 0 is nearer to 12 than 36 is.
    expect(shiftSinceAnalysis({ analysed, now: `the report first. Then: ${analysed}`, mark, fix })).toBe(-12);
    expect(shiftSinceAnalysis({ analysed, now: 'Please send it by EOD.', mark, fix })).toBeNull();
  });

  it('builds the change with the words it expects, so another edit in between makes it a no-op', () => {
    expect(fixChange(analysed, fix, 8)).toEqual({ start: 20, end: 30, expected: 'the report', replacement: 'the Q3 revenue report' });
  });

  it('rewrites the whole message only while it is exactly as analysed', () => {
    expect(rewriteChange(analysed, analysed, 'Could you send the Q3 report by 5 PM?')).toEqual({
      start: 0, end: analysed.length, expected: analysed, replacement: 'Could you send the Q3 report by 5 PM?',
    });
    expect(rewriteChange(analysed, `${analysed} Thanks`, 'x')).toBeNull();
    expect(rewriteChange(analysed, analysed, null)).toBeNull();
    expect(rewriteChange(analysed, analysed, '')).toBeNull();
  });
});
