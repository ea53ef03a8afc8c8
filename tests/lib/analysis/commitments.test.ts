import { describe, expect, it } from 'vitest';
import { findCommitments, sentences } from '@/lib/analysis/commitments';

// Monday 2026-11-23, 10:00 in Berlin.
const ctx = { now: Date.parse('2026-11-23T09:00:00Z'), timeZone: 'Europe/Berlin' };

describe('commitments in a sent message', () => {
  it('finds a promise with its due time at the end of the named day in the sender’s zone', () => {
    const [found, ...rest] = findCommitments("Thanks all. I'll send the deck by Friday.", ctx);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ kind: 'commitment', text: "I'll send the deck by Friday.", start: 12 });
    expect(new Date(found!.dueAt!).toISOString()).toBe('2026-11-27T22:59:00.000Z');
  });

  it('takes an explicit time as it is', () => {
    const [found] = findCommitments('I can have the numbers ready tomorrow at 3pm', ctx);
    expect(found?.kind).toBe('commitment');
    expect(new Date(found!.dueAt!).toISOString()).toBe('2026-11-24T14:00:00.000Z');
  });

  it('keeps a promise without a date, but not an ask without one', () => {
    expect(findCommitments('I will look into the flaky test.', ctx)).toMatchObject([{ kind: 'commitment' }]);
    expect(findCommitments('Can you take a look?', ctx)).toEqual([]);
    expect(findCommitments('Could you review the contract by Wednesday?', ctx)).toMatchObject([{ kind: 'ask', text: 'Could you review the contract by Wednesday?' }]);
  });

  it('finds blocked-by and waiting-on phrases', () => {
    const found = findCommitments('Quick status: the release is blocked by the SSO bug. Still waiting on legal for the DPA!', ctx);
    expect(found.map((f) => [f.kind, f.text])).toEqual([
      ['blocker', 'Quick status: the release is blocked by the SSO bug.'],
      ['blocker', 'Still waiting on legal for the DPA!'],
    ]);
  });

  it('does not take absence or pleasantries for promises', () => {
    for (const ok of ["I'll be out tomorrow.", "I'll be happy to help.", 'We shipped it yesterday.', 'Great work, team!', 'I think this is fine.']) {
      expect(findCommitments(ok, ctx), ok).toEqual([]);
    }
  });

  it('splits sentences with exact offsets', () => {
    const text = 'One.  Two?\nThree';
    expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['One.', 'Two?', 'Three']);
  });
});
