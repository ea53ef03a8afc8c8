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
    // Only what the fix adds is written: "the " and "report" stay the writer's own (a link on them survives).
    expect(fixChange(analysed, fix, 8)).toEqual({ start: 24, end: 24, expected: '', replacement: 'Q3 revenue ' });
  });

  it('replaces only the changed words of a deadline fix, and never writes a fix that changes nothing', () => {
    const text = 'Please send the report by EOD.';
    const eod = { start: 23, end: 29, replacement: 'by 5:00 PM Tue, Nov 24 your time (Berlin)' };
    expect(fixChange(text, eod, 0)).toEqual({ start: 26, end: 29, expected: 'EOD', replacement: '5:00 PM Tue, Nov 24 your time (Berlin)' });
    expect(fixChange(text, { start: 23, end: 29, replacement: 'by EOD' }, 0)).toBeNull();
  });

  it('a fix that asks writes nothing until answered, then inserts the answer where it belongs', () => {
    const ask = { start: 22, end: 22, replacement: '', ask: { question: 'Which report?', hint: 'a name', before: ' (', after: ')' } };
    expect(fixChange(analysed, ask, 0)).toBeNull();
    expect(fixChange(analysed, ask, 0, '  ')).toBeNull();
    expect(fixChange(analysed, ask, 0, 'the Q3 board deck')).toEqual({ start: 22, end: 22, expected: '', replacement: ' (the Q3 board deck)' });
    const fixed = analysed.slice(0, 22) + ' (the Q3 board deck)' + analysed.slice(22);
    expect(fixed).toBe('Please send the report (the Q3 board deck) by EOD.');
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
