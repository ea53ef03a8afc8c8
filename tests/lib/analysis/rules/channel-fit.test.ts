import { describe, expect, it } from 'vitest';
import rule from '@/lib/analysis/rules/channel-fit';
import { describeRule, findingsOf } from '../rule-table';

describeRule(rule);

describe('channel-fit topics', () => {
  it('marks a decision asked in a chat line as a decision: the card drafts a proposal from it', () => {
    const [found] = findingsOf(rule.id, 'Should we switch from Jira to Linear?');
    expect(found?.topic).toBe('decision');
    // The only text fix asks for the review period; nothing bracketed is inserted.
    expect(found!.fixes.every((f) => !f.replacement.includes('['))).toBe(true);
  });
  it('tells an emergency apart from a decision', () => {
    const [found] = findingsOf(rule.id, 'The production server is down and customers cannot log in!');
    expect(found?.topic).not.toBe('decision');
  });
});
