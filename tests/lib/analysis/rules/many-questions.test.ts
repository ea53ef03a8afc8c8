import { expect, it } from 'vitest';
import rule from '@/lib/analysis/rules/many-questions';
import { describeRule, findingsOf } from '../rule-table';

describeRule(rule);

it('numbers only the questions and keeps every sentence between them', () => {
  const text = 'Hi Ana. Can you send the deck? I need it for the board. Is the launch on Thursday? Who presents? Thanks!';
  const [found] = findingsOf('many-questions', text);
  expect(found?.fixes[0]?.replacement).toBe(
    '\n1. Can you send the deck?\nI need it for the board.\n2. Is the launch on Thursday?\n3. Who presents?\n',
  );
});
