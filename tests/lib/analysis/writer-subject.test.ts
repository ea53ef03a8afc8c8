import { describe, expect, it } from 'vitest';
import { askReason } from '@/lib/analysis/asks';
import { splitSentences } from '@/lib/analysis/doc';
import { WRITER_SUBJECT } from '@/lib/analysis/writer-subject';

const reason = (text: string) => askReason(splitSentences(text, 0, text.length, 0)[0]!);
const subject = new RegExp(`\\b${WRITER_SUBJECT} will`);

describe('WRITER_SUBJECT: the writer as subject, said or dropped after "and"/"but"', () => {
  it.each([
    "I'm out next week, but will probably give you a call to go over it.",
    'I look forward to meeting you, and hope that you can visit the office.',
    'I read the draft and will call you after lunch.',
  ])('%j is an ask', (text) => {
    expect(reason(text)).not.toBeNull();
  });

  it.each([
    'Ana is out next week, but will probably give you a call.',
    'The team read the draft and will call the vendor after lunch.',
    'I read the draft; they will call you after lunch.',
    'He looks forward to meeting you, and hopes the trip goes well.',
  ])('%j is not an ask', (text) => {
    expect(reason(text)).toBeNull();
  });

  it('matches "and"/"but" only after an "I" clause', () => {
    expect(subject.test("i'm out, but will call")).toBe(true);
    expect(subject.test('ana is out, but will call')).toBe(false);
    expect(subject.test('i will call')).toBe(true);
  });
});
