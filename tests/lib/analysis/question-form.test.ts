import { describe, expect, it } from 'vitest';
import { askReason } from '@/lib/analysis/asks';
import { splitSentences } from '@/lib/analysis/doc';
import { readsAsQuestion } from '@/lib/analysis/question-form';

const sentence = (text: string) => splitSentences(text, 0, text.length, 0)[0]!;
const reason = (text: string) => askReason(sentence(text));

describe('readsAsQuestion: a question without its question mark inverts subject and auxiliary', () => {
  it.each([
    'When can you send the deck',
    'What time do you get home from school.',
    'Where should we meet tomorrow',
    'Can you send it over.',
    'Do you have the latest numbers',
  ])('%j still reads as a question', (text) => {
    expect(readsAsQuestion(sentence(text).words, 0)).toBe(true);
    expect(reason(text)).not.toBeNull();
  });

  it.each([
    'When you download the statistics, you always get the historical figures.',
    'When we get a weather report, we enter the low temperature into the file.',
    'Why we love this trend: it works with every outfit you own.',
    'When your friends see the note, they can comment on it.',
    'How we track revenue changed in March, you may notice.',
  ])('%j is a subordinate wh-clause, not an ask', (text) => {
    expect(readsAsQuestion(sentence(text).words, 0)).toBe(false);
    expect(reason(text)).toBeNull();
  });
});
