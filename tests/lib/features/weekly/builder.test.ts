import { describe, expect, it } from 'vitest';
import { buildPrefill, type BuildInput } from '@/lib/features/weekly/builder';
import type { CommitmentRow } from '@/lib/features/weekly/records';

// Week 2026-W48 runs Mon Nov 23 – Sun Nov 29; "now" is Thursday noon UTC.
const now = Date.parse('2026-11-26T12:00:00Z');
const at = (iso: string) => Date.parse(iso);
const commitment = (id: number, over: Partial<CommitmentRow>): CommitmentRow => ({
  id,
  at: at('2026-11-24T10:00:00Z'),
  kind: 'commitment',
  text: "I'll send the deck by Friday.",
  status: 'open',
  host: 'slack',
  to: '#launch',
  ...over,
});

const input = (over: Partial<BuildInput>): BuildInput => ({ week: '2026-W48', zone: 'UTC', now, wins: [], commitments: [], focusSessions: [], ...over });

describe('the weekly draft builder', () => {
  it('puts this week’s wins in Progress, each saying where it came from', () => {
    const s = buildPrefill(input({
      wins: [
        { id: 2, at: at('2026-11-25T09:00:00Z'), text: 'Closed the Acme renewal.' },
        { id: 1, at: at('2026-11-23T09:00:00Z'), text: 'Shipped search' },
        { id: 3, at: at('2026-11-20T09:00:00Z'), text: 'Last week’s win' },
      ],
    }));
    expect(s.progress).toEqual([
      { id: 'win:1', text: 'Shipped search', source: { kind: 'win', label: 'Win logged Mon, Nov 23' } },
      { id: 'win:2', text: 'Closed the Acme renewal', source: { kind: 'win', label: 'Win logged Wed, Nov 25' } },
    ]);
  });

  it('puts open commitments in next week’s priorities with their due day, done ones in Progress', () => {
    const s = buildPrefill(input({
      commitments: [
        commitment(1, { dueAt: at('2026-11-27T23:59:00Z') }),
        commitment(2, { text: 'I will fix the login bug', status: 'done', doneAt: at('2026-11-25T15:00:00Z'), host: 'gmail', to: 'Ana Weber' }),
      ],
    }));
    expect(s.next).toEqual([
      { id: 'commitment:1', text: "I'll send the deck by Friday (due Fri, Nov 27)", source: { kind: 'commitment', label: 'Commitment sent Tue, Nov 24 (Slack to #launch)' } },
    ]);
    expect(s.progress.map((i) => i.text)).toEqual(['Done: I will fix the login bug']);
    expect(s.progress[0]!.source!.label).toContain('Gmail to Ana Weber');
  });

  it('marks an overdue commitment and turns an overdue ask of someone else into a blocker', () => {
    const s = buildPrefill(input({
      commitments: [
        commitment(1, { dueAt: at('2026-11-25T17:00:00Z') }),
        commitment(2, { kind: 'ask', text: 'Can you review the contract by Wednesday?', dueAt: at('2026-11-25T23:59:00Z'), to: 'Ben' }),
        commitment(3, { kind: 'ask', text: 'Could you send numbers by Friday?', dueAt: at('2026-11-27T23:59:00Z'), to: 'Cleo' }),
        commitment(4, { kind: 'blocker', text: 'Still waiting on legal for the DPA.' }),
      ],
    }));
    expect(s.next.map((i) => i.text)).toEqual([
      "I'll send the deck by Friday (due Wed, Nov 25, overdue)",
      'Follow up with Cleo: Could you send numbers by Friday? (asked for Fri, Nov 27)',
    ]);
    // Ordered by when each is due, or was said.
    expect(s.blockers.map((i) => i.text)).toEqual([
      'Still waiting on legal for the DPA',
      'Waiting on Ben: Can you review the contract by Wednesday? (asked for Wed, Nov 25)',
    ]);
    expect(s.blockers.map((i) => i.source!.kind)).toEqual(['blocker', 'ask']);
  });

  it('sums focus hours inside the week only, with the session count', () => {
    const s = buildPrefill(input({
      focusSessions: [
        { id: 1, at: at('2026-11-23T09:00:00Z'), plannedMinutes: 90, plannedEnd: null, endedAt: at('2026-11-23T10:30:00Z') },
        { id: 2, at: at('2026-11-24T09:00:00Z'), plannedMinutes: 50, plannedEnd: null, endedAt: at('2026-11-24T09:30:00Z') },
        { id: 3, at: at('2026-11-19T09:00:00Z'), plannedMinutes: 50, plannedEnd: null, endedAt: at('2026-11-19T10:00:00Z') },
      ],
    }));
    expect(s.progress).toEqual([
      { id: 'focus:week', text: '2 h of focused work in 2 sessions', source: { kind: 'focus', label: 'Focus sessions logged this week' } },
    ]);
  });

  it('stops carrying an open item two weeks after it fell due, or was said when undated', () => {
    const s = buildPrefill(input({
      commitments: [
        commitment(1, { at: at('2026-10-20T10:00:00Z'), dueAt: at('2026-10-23T12:00:00Z') }),
        commitment(2, { at: at('2026-10-20T10:00:00Z'), text: 'I will look into it' }),
        commitment(3, { at: at('2026-11-05T10:00:00Z'), dueAt: at('2026-11-13T12:00:00Z'), text: 'I will ship the fix' }),
      ],
    }));
    expect(s.next.map((i) => i.id)).toEqual(['commitment:3']);
    expect(s.next[0]!.text).toMatch(/overdue\)$/);
  });

  it('leaves out focus until there is at least a minute of it', () => {
    const justStarted = buildPrefill(input({ focusSessions: [{ id: 1, at: now - 20_000, plannedMinutes: 50, plannedEnd: now + 2_980_000 }] }));
    expect(justStarted.progress).toEqual([]);
  });

  it('builds a past week as it stood at its end, and nothing from other weeks', () => {
    const s = buildPrefill(input({
      week: '2026-W47',
      wins: [{ id: 1, at: at('2026-11-24T09:00:00Z'), text: 'This week' }],
      commitments: [commitment(1, { at: at('2026-11-18T10:00:00Z'), dueAt: at('2026-11-25T12:00:00Z') })],
      focusSessions: [{ id: 3, at: at('2026-11-19T09:00:00Z'), plannedMinutes: 25, plannedEnd: null, endedAt: at('2026-11-19T09:25:00Z') }],
    }));
    expect(s.progress.map((i) => i.text)).toEqual(['25 min of focused work in 1 session']);
    // Due on the 25th: not yet overdue at the end of W47.
    expect(s.next.map((i) => i.text)).toEqual(["I'll send the deck by Friday (due Wed, Nov 25)"]);
  });
});
