import { describe, expect, it } from 'vitest';
import { askReason } from '@/lib/analysis/asks';
import { lowerOf, splitSentences } from '@/lib/analysis/doc';
import { readerServesWriter } from '@/lib/analysis/reader-serves-writer';

const reason = (text: string) => askReason(splitSentences(text, 0, text.length, 0)[0]!);

describe('readerServesWriter: modal + second person + a verb with the writer as its object', () => {
  it.each([
    'Since I get everything you forward, you may remove me from the distribution list.',
    'If anything comes up, you could leave me a voicemail at home.',
    "If you'll leave me your number, I'll ring after the session.",
    "You won't mind sending me the signed copy by Friday.",
    'You can forward the invoice to us once it is approved.',
  ])('%j is an ask', (text) => {
    expect(readerServesWriter(lowerOf(text))).toBe(true);
    expect(reason(text)).toBe('cue');
  });

  it.each([
    'You will love us once you try the new plan.',
    'You may remember me from the offsite.',
    'You can see us at booth 4 all week.',
    'You could tell the numbers were off.',
    'They could leave me a voicemail instead.',
  ])('%j is not an ask', (text) => {
    expect(readerServesWriter(lowerOf(text))).toBe(false);
    expect(reason(text)).toBeNull();
  });
});
