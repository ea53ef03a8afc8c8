import { expect, it } from 'vitest';
import rule from '@/lib/analysis/rules/vague-reference';
import { describeRule, findingsOf } from '../rule-table';
import { answerEdit } from '@/lib/analysis/rule';

describeRule(rule);

it('reads "it" after a greeting line as the opening, but not a greeting with content', () => {
  expect(findingsOf('vague-reference', "Hi Ana,\n\nIt's broken.").map((f) => f.text)).toEqual(["It's broken"]);
  expect(findingsOf('vague-reference', 'Hi Ana, the checkout page is broken since the deploy.')).toEqual([]);
});

it('asks the writer, and once the answer is in, does not flag again — whichever fix it was', () => {
  const cases: [string, string, string][] = [
    ['Please fix the report by EOD.', 'Which report?', 'Please fix the report (the Q3 board deck) by EOD.'],
    ['Can you look at this?', 'What is “this”?', 'Can you look at this (the login timeout in PR 482)?'],
    ["Can you send the thing we discussed?", 'Which thing?', "Can you send the thing (the vendor shortlist) we discussed?"],
    ["It's broken.", 'What exactly is broken?', "It's broken (the checkout page on staging)."],
  ];
  const answers = ['the Q3 board deck', 'the login timeout in PR 482', 'the vendor shortlist', 'the checkout page on staging'];
  cases.forEach(([message, question, expected], i) => {
    const [finding] = findingsOf('vague-reference', message);
    expect(finding, message).toBeDefined();
    const fix = finding!.fixes[0]!;
    expect(fix.ask?.question).toBe(question);
    expect(fix.replacement).toBe(message.slice(fix.start, fix.end));
    const edit = answerEdit(fix, answers[i]!);
    const fixed = message.slice(0, edit.start) + edit.text + message.slice(edit.end);
    expect(fixed).toBe(expected);
    expect(findingsOf('vague-reference', fixed), fixed).toEqual([]);
  });
});

it('an answer that names the thing goes before its word, as an insertion; anything else in brackets', () => {
  const message = 'Please fix the report by EOD.';
  const [finding] = findingsOf('vague-reference', message);
  const fix = finding!.fixes[0]!;
  const apply = (answer: string) => {
    const edit = answerEdit(fix, answer);
    expect(edit.end, answer).toBe(edit.start); // inserts only: the writer's words are never retyped
    return message.slice(0, edit.start) + edit.text + message.slice(edit.end);
  };
  expect(apply('Q3')).toBe('Please fix the Q3 report by EOD.');
  expect(apply('the Q3 report')).toBe('Please fix the Q3 report by EOD.');
  expect(apply('Q3 sales reports')).toBe('Please fix the Q3 sales report by EOD.');
  expect(apply('Acme Q3')).toBe('Please fix the Acme Q3 report by EOD.');
  // Not a name for it: a noun phrase of its own, a link, a lower-case word.
  expect(apply('the Q3 board deck')).toBe('Please fix the report (the Q3 board deck) by EOD.');
  expect(apply('https://docs.example.com/q3')).toBe('Please fix the report (https://docs.example.com/q3) by EOD.');
  expect(apply('deck')).toBe('Please fix the report (deck) by EOD.');
  for (const answer of ['Q3', 'the Q3 board deck']) expect(findingsOf('vague-reference', apply(answer)), answer).toEqual([]);
});
