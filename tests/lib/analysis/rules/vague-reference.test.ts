import { expect, it } from 'vitest';
import rule from '@/lib/analysis/rules/vague-reference';
import { describeRule, findingsOf } from '../rule-table';
import { answered } from '@/lib/analysis/rule';

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
    const fixed = message.slice(0, fix.start) + answered(fix, answers[i]!) + message.slice(fix.end);
    expect(fixed).toBe(expected);
    expect(findingsOf('vague-reference', fixed), fixed).toEqual([]);
  });
});
