import { describe, expect, it } from 'vitest';
import { askReason } from '@/lib/analysis/asks';
import { lowerOf, splitSentences } from '@/lib/analysis/doc';
import { withoutOtherSenses } from '@/lib/analysis/cue-senses';

const reason = (text: string) => askReason(splitSentences(text, 0, text.length, 0)[0]!);

describe('withoutOtherSenses: cue words that ask nothing of the reader', () => {
  it.each([
    'Presents sure to please every budget.',
    'The new layout is hard to please everyone with, we found.',
    'She can let me know if I got the numbers wrong.',
    'He also let me know that the plant is for sale.',
    'They have to let us know by Friday whether they are in.',
    "They'll send me the data on Monday.",
  ])('%j is not an ask', (text) => {
    expect(withoutOtherSenses(lowerOf(text))).not.toBe(lowerOf(text));
    expect(reason(text)).toBeNull();
  });

  it.each([
    'Please send the Q3 deck to Ana.',
    'I need you to please send the signed copy.',
    'Let me know if the numbers look wrong.',
    'Someone let me know when the build is green.',
    'Send me the draft and tell her to let me know too.',
  ])('%j stays an ask', (text) => {
    expect(reason(text)).not.toBeNull();
  });

  it('keeps offsets: the text is blanked, never shortened', () => {
    const lower = lowerOf('She can let me know.');
    expect(withoutOtherSenses(lower)).toHaveLength(lower.length);
  });
});
