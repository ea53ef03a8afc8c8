import { describe, expect, it } from 'vitest';
import { askReason } from '@/lib/analysis/asks';
import { splitSentences } from '@/lib/analysis/doc';

const reason = (text: string) => askReason(splitSentences(text, 0, text.length, 0)[0]!);

describe('askReason', () => {
  it.each([
    ['Can you send me the Q3 deck?', 'question'],
    ['Could you e-mail me your mailing address so I can send a cheque.', 'cue'],
    ['Please review the contract.', 'cue'],
    ['Paul, forward the numbers to Jim.', 'imperative'],
    ['Also check the March column.', 'imperative'],
    ['Let me know what you think.', 'cue'],
    ['I would like to discuss it with you tomorrow.', 'cue'],
    ['It would be great if you could draft the message points.', 'cue'],
    ['Do you have the latest numbers', 'cue'],
  ])('%j is an ask (%s)', (text, expected) => {
    expect(reason(text)).toBe(expected);
  });

  it.each([
    'I sent the deck yesterday.',
    'The numbers look good.',
    'Let me call him tomorrow.',
    'To ensure delivery, please add us to your address book.',
    'Sent from my iPhone',
    'Looking forward to the weekend.',
    'Thanks for the quick turnaround.',
  ])('%j is not an ask', (text) => {
    expect(reason(text)).toBeNull();
  });
});
