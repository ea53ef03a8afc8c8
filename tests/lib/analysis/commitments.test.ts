import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { findCommitments, recomputeCommitmentDue, sentences } from '@/lib/analysis/commitments';
import { findDeadlines } from '@/lib/analysis/deadlines';

const berlin = (y: number, mo: number, d: number, h = 0, mi = 0) => new TZDate(y, mo - 1, d, h, mi, 0, 'Europe/Berlin').getTime();

// Monday 2026-11-23, 10:00 in Berlin.
const ctx = { now: Date.parse('2026-11-23T09:00:00Z'), timeZone: 'Europe/Berlin' };

describe('commitments in a sent message', () => {
  it('finds a promise due at the end of the sender’s working day on the named day — what the hint card says', () => {
    const [found, ...rest] = findCommitments("Thanks all. I'll send the deck by Friday.", ctx);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ kind: 'commitment', text: "I'll send the deck by Friday.", start: 12 });
    expect(found!.dueAt).toBe(berlin(2026, 11, 27, 17));
    // One meaning everywhere: the deadline layer (hint card) gives the same instant for the sender.
    const [card] = findDeadlines("I'll send the deck by Friday.", { now: ctx.now, sender: { timeZone: 'Europe/Berlin' }, recipients: [], host: 'cli' });
    expect(card?.due).toBe(found!.dueAt);
  });

  it('uses the sender’s own working hours and the end of their working week', () => {
    const late = { ...ctx, workingHours: { start: '10:00', end: '18:30', days: [1, 2, 3, 4] as (1 | 2 | 3 | 4)[] } };
    expect(findCommitments("I'll send the deck by Friday.", late)[0]?.dueAt).toBe(berlin(2026, 11, 27, 18, 30));
    expect(findCommitments("I'll have it done by end of week.", late)[0]?.dueAt).toBe(berlin(2026, 11, 26, 18, 30));
  });

  it('recomputes a stored commitment’s due time under the current rule (for the Dexie migration)', () => {
    const at = ctx.now;
    // Stored under the old rule: 23:59 Friday Berlin.
    const old = { at, text: "I'll send the deck by Friday.", dueAt: Date.parse('2026-11-27T22:59:00.000Z') };
    expect(recomputeCommitmentDue(old, { timeZone: 'Europe/Berlin' })).toBe(berlin(2026, 11, 27, 17));
    expect(recomputeCommitmentDue({ ...old, text: 'I can have the numbers ready tomorrow at 3pm', dueAt: berlin(2026, 11, 24, 15) }, { timeZone: 'Europe/Berlin' })).toBe(
      berlin(2026, 11, 24, 15),
    );
    // Read from when it was sent, not from today.
    const monthLater = { ...old, at: Date.parse('2026-12-21T09:00:00Z') };
    expect(recomputeCommitmentDue(monthLater, { timeZone: 'Europe/Berlin' })).toBe(berlin(2026, 12, 25, 17));
    expect(recomputeCommitmentDue({ at, text: 'I will look into the flaky test.' }, { timeZone: 'Europe/Berlin' })).toBeUndefined();
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
