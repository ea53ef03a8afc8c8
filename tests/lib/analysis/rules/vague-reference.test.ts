import { expect, it } from 'vitest';
import rule from '@/lib/analysis/rules/vague-reference';
import { describeRule, findingsOf } from '../rule-table';

describeRule(rule);

it('reads "it" after a greeting line as the opening, but not a greeting with content', () => {
  expect(findingsOf('vague-reference', "Hi Ana,\n\nIt's broken.").map((f) => f.text)).toEqual(["It's broken"]);
  expect(findingsOf('vague-reference', 'Hi Ana, the checkout page is broken since the deploy.')).toEqual([]);
});

it('does not flag again once its own fix is applied, whichever fix it was', () => {
  for (const message of ['Please fix the report by EOD.', 'Can you look at this?', "Can you send the thing we discussed?", "It's broken."]) {
    const [finding] = findingsOf('vague-reference', message);
    expect(finding, message).toBeDefined();
    const fix = finding!.fixes[0]!;
    const fixed = message.slice(0, fix.start) + fix.replacement + message.slice(fix.end);
    expect(findingsOf('vague-reference', fixed), fixed).toEqual([]);
  }
});
