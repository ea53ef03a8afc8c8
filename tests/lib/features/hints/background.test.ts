/** The engine as the background runs it for the content scripts: the same answers as in the page. */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import { analyzeForContent } from '@/lib/features/hints/background';
import { context } from '../../analysis/fixtures';

describe('analyzeForContent', () => {
  it('answers as the engine does, for composers with different readers in turn', () => {
    const text = 'Hi Ana, please fix the report ASAP.\n\nCan you send it by EOD?';
    const berlin = context();
    const tokyo = context({ recipients: [{ name: 'Kenji', timeZone: 'Asia/Tokyo' }] });
    for (let i = 0; i < 3; i++) {
      expect(analyzeForContent(text, berlin)).toEqual(analyze(text, berlin));
      expect(analyzeForContent(text, tokyo)).toEqual(analyze(text, tokyo));
    }
    const edited = text.replace('ASAP', 'soon');
    expect(analyzeForContent(edited, berlin)).toEqual(analyze(edited, berlin));
  });

  it('survives a round trip through JSON, as a runtime message does', () => {
    const ctx = context();
    const text = 'Could you review the Q3 deck by Thursday 3pm? Thanks!';
    expect(JSON.parse(JSON.stringify(analyzeForContent(text, ctx)))).toEqual(analyze(text, ctx));
  });

  it('answers a request it answered a moment ago (an unchanged slice of a long message) from memory, and a changed one anew', () => {
    const ctx = context();
    const slices = ['Could you review the Q3 deck by Thursday 3pm?', 'The revenue figure on slide 12 seems off.', 'Please fix the report ASAP.'];
    const first = slices.map((s) => analyzeForContent(s, ctx, false));
    // The next keystroke's requests: the same slices, one of them edited.
    const edited = [...slices.slice(0, 2), 'Please fix the Q3 report ASAP.'];
    const second = edited.map((s) => analyzeForContent(s, ctx, false));
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
    expect(second[2]).not.toBe(first[2]);
    expect(JSON.parse(JSON.stringify(second[2]))).toEqual({ ...analyze(edited[2]!, ctx), rewrite: null });
    // The rewrite asked for, another minute or rules turned off: not the same request.
    expect(analyzeForContent(slices[0]!, ctx, true)).not.toBe(first[0]);
    expect(analyzeForContent(slices[0]!, { ...ctx, now: ctx.now + 60_000 }, false)).not.toBe(first[0]);
    expect(analyzeForContent(slices[0]!, { ...ctx, disabledRules: ['missing-deadline'] }, false)).not.toBe(first[0]);
  });

  it('without the rewrite (a slice the page will not show one for): the same analysis with rewrite null', () => {
    const ctx = context();
    const text = 'We had the planning session yesterday and a lot came up. Could you review the Q3 deck by Thursday 3pm?';
    const full = analyze(text, ctx);
    expect(full.rewrite).not.toBeNull();
    const sliced = JSON.parse(JSON.stringify(analyzeForContent(text, ctx, false)));
    expect(sliced).toEqual({ ...full, rewrite: null });
    expect(JSON.parse(JSON.stringify(analyzeForContent(text, ctx, true)))).toEqual(full);
  });
});
