import { describe, expect, it } from 'vitest';
import { askReason } from '@/lib/analysis/asks';
import { lowerOf, splitSentences } from '@/lib/analysis/doc';
import { writerWantsReader } from '@/lib/analysis/writer-wants-reader';

const reason = (text: string) => askReason(splitSentences(text, 0, text.length, 0)[0]!);

describe('writerWantsReader: the writer wanting something of the reader', () => {
  it.each([
    "I'd like you to keep the budget open until Friday.",
    'We’d love for you to join the pilot.',
    'I would greatly appreciate your help with the invoice.',
    'Ana and I would very much appreciate 15 minutes of your time.',
    'I would hope you would share the notes with your group.',
    'I would want you to read the contract first.',
  ])('%j is an ask', (text) => {
    expect(writerWantsReader(lowerOf(text))).toBe(true);
    expect(reason(text)).toBe('cue');
  });

  it.each([
    'We hope you enjoy the new app.',
    'We hope you find something you like!',
    'I would like to thank everyone for a great quarter.',
    'They would love for you to see it, she said.',
    'I want to finish the draft tonight.',
  ])('%j is not an ask', (text) => {
    expect(writerWantsReader(lowerOf(text))).toBe(false);
    expect(reason(text)).toBeNull();
  });
});
