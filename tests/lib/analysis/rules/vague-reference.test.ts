import { expect, it } from 'vitest';
import rule from '@/lib/analysis/rules/vague-reference';
import { describeRule, findingsOf } from '../rule-table';

describeRule(rule);

it('reads "it" after a greeting line as the opening, but not a greeting with content', () => {
  expect(findingsOf('vague-reference', "Hi Ana,\n\nIt's broken.").map((f) => f.text)).toEqual(["It's broken"]);
  expect(findingsOf('vague-reference', 'Hi Ana, the checkout page is broken since the deploy.')).toEqual([]);
});
