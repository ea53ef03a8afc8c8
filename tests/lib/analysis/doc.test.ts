import { describe, expect, it } from 'vitest';
import { paragraphSpans, splitSentences, tokenizeWords, withinSpans } from '@/lib/analysis/doc';

const sentences = (text: string) => splitSentences(text, 0, text.length, 0).map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    ['Please fix it. Thanks!', ['Please fix it.', 'Thanks!']],
    ['Can you check? I think Mr. Smith knows.', ['Can you check?', 'I think Mr. Smith knows.']],
    ['See e.g. the deck (slide 3). Then reply.', ['See e.g. the deck (slide 3).', 'Then reply.']],
    ['Hi Ana\nCan you send it', ['Hi Ana', 'Can you send it']],
    ['Version 2.5 is out... finally', ['Version 2.5 is out...', 'finally']],
    ['  ', []],
    ['Please fix the report [which report? name or link] by EOD. Thanks!', ['Please fix the report [which report? name or link] by EOD.', 'Thanks!']],
    ['Is it done? [x] Yes.', ['Is it done?', '[x] Yes.']],
  ])('splits %j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('keeps exact UTF-16 offsets with emoji and RTL text', () => {
    const text = '🚀 Launch is Friday! مرحبا بك؟ Can you 👍🏽 confirm?';
    for (const s of splitSentences(text, 0, text.length, 0)) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      for (const w of s.words) expect(text.slice(w.start, w.end)).toBe(w.text);
    }
  });

  it('reads typographic apostrophes as straight ones in lower case, offsets unchanged', () => {
    const text = 'Let’s meet, I’d say. Don‘t worry.';
    const [a, b] = splitSentences(text, 0, text.length, 0);
    expect(a?.lower).toBe("let's meet, i'd say.");
    expect(b?.lower).toBe("don't worry.");
    expect(a?.words.map((w) => w.lower)).toEqual(["let's", 'meet', "i'd", 'say']);
    expect(a?.text).toBe('Let’s meet, I’d say.');
  });

  it('marks questions, even with a trailing emoji', () => {
    const [a, b] = splitSentences('Can you send it? 🙏 Thanks.', 0, 27, 0);
    expect(a?.question).toBe(true);
    expect(b?.question).toBe(false);
  });
});

describe('paragraphSpans and tokenizeWords', () => {
  it('splits on blank lines and trims', () => {
    const text = '  Hi Ana,\n\nFirst para.\nStill first.\n \n\nSecond.  ';
    expect(paragraphSpans(text).map(([s, e]) => text.slice(s, e))).toEqual(['Hi Ana,', 'First para.\nStill first.', 'Second.']);
  });

  it('keeps apostrophes inside words and lower-cases', () => {
    expect(tokenizeWords("Don't fix Ana's deck", 5).map((w) => [w.lower, w.start])).toEqual([
      ["don't", 5],
      ['fix', 11],
      ["ana's", 15],
      ['deck', 21],
    ]);
  });
});

describe('withinSpans', () => {
  const spans = [{ start: 2, end: 5 }, { start: 8, end: 9 }, { start: 20, end: 30 }];
  it.each([
    [0, false], [2, true], [4, true], [5, false], [8, true], [9, false], [25, true], [30, false],
  ])('%i → %s', (at, expected) => {
    expect(withinSpans(spans, at)).toBe(expected);
  });
});
