import { expect, it } from 'vitest';
import rule, { isPlaceholder } from '@/lib/analysis/rules/placeholder';
import { describeRule, findingsOf } from '../rule-table';

describeRule(rule);

it('tells prompts from links, tags, citations and task boxes', () => {
  expect(isPlaceholder('which report? name or link', ' ')).toBe(true);
  expect(isPlaceholder('TBD', '')).toBe(true);
  expect(isPlaceholder('the deck', '(')).toBe(false);
  expect(isPlaceholder('EXTERNAL', ' ')).toBe(false);
  expect(isPlaceholder('12', '')).toBe(false);
  expect(isPlaceholder('x', ' ')).toBe(false);
});

it('asks what goes there and replaces the placeholder with the answer, nothing else', () => {
  const text = 'The launch date is [TBD], I will confirm.';
  const [f] = findingsOf('placeholder', text);
  const fix = f!.fixes[0]!;
  expect(fix.ask?.question).toBe('What goes here?');
  expect(text.slice(fix.start, fix.end)).toBe('[TBD]');
});
