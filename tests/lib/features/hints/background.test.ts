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
