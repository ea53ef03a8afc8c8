import { expect, it } from 'vitest';
import rule from '@/lib/analysis/rules/deadline-warning';
import { context } from '../fixtures';
import { describeRule, findingsOf } from '../rule-table';

describeRule(rule);

it('is information, not a finding, when the deadline works for every reader', () => {
  // 9:00 in New York = 15:00 in Berlin: EOD is still ahead for both.
  const morning = context({ now: Date.UTC(2026, 10, 23, 14, 0) });
  expect(findingsOf('deadline-warning', 'Can you send me the deck by EOD?', morning)).toEqual([]);
  expect(findingsOf('vague-deadline', 'Can you send me the deck by EOD?', morning)).toEqual([]);
});

it('names the warning and offers the layer\'s alternative', () => {
  const [f] = findingsOf('deadline-warning', 'I need the numbers by EOD.');
  expect(f?.message).toMatch(/passed|hours|notice/i);
  expect(f?.fixes.length).toBeGreaterThan(0);
});
