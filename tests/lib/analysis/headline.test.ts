import { describe, expect, it } from 'vitest';
import { askReason } from '@/lib/analysis/asks';
import { splitSentences } from '@/lib/analysis/doc';
import { isHeadline } from '@/lib/analysis/headline';

const sentence = (text: string) => splitSentences(text, 0, text.length, 0)[0]!;
const reason = (text: string) => askReason(sentence(text));

describe('isHeadline: a title-case line names something and asks no one', () => {
  it.each([
    'The Latest Gadgets, Buy Now or Wait?',
    'Call Me Maybe: Military Version',
    'Help Me Help You',
    'Calif GOP Lawmakers Ask PUC President To Resign',
    'Should Your Startup Hire a Designer First?',
  ])('%j is a headline, not an ask', (text) => {
    expect(isHeadline(sentence(text).words)).toBe(true);
    expect(reason(text)).toBeNull();
  });

  it.each([
    'How’s 8 AM PDT, 11 AM EDT?',
    'Can you send Ana the Q3 deck?',
    'PLEASE SEND THE SIGNED COPY TODAY.',
    'Please review the Acme Corp Master Services Agreement.',
    'Ana, Ben: can you join the call on Monday?',
    'Call Me when you land.',
  ])('%j is not a headline and stays an ask', (text) => {
    expect(isHeadline(sentence(text).words)).toBe(false);
    expect(reason(text)).not.toBeNull();
  });
});
