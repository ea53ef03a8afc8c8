import { describe, expect, it } from 'vitest';
import type { Deadline } from '@/lib/features/hints/contract';
import { cardFor, chipFor, fixesFor, ruleTitle, unknownRecipient } from '@/lib/features/hints/cards';
import type { Mark } from '@/lib/features/hints/marks';

const eod: Deadline = {
  start: 22, end: 28, text: 'by EOD', kind: 'resolved', due: 1,
  perRecipient: [
    { person: { email: 'ana@acme.com', timeZone: 'Europe/Berlin' }, local: '5:00 PM Mon, Nov 23 (Berlin)', zoneKnown: true, warnings: [] },
    { person: { email: 'kenji@acme.jp' }, zoneKnown: false, warnings: [{ code: 'unknown-zone', message: 'unknown' }] },
  ],
  senderLocal: '11:00 AM my time',
  phrase: 'by 5:00 PM Mon, Nov 23 your time (Berlin) — 11:00 AM my time',
  warnings: [{ code: 'passed', message: 'This has already passed for ana@acme.com' }],
  choices: [{ label: 'Tomorrow', replacement: 'by 5:00 PM Tue, Nov 24 your time (Berlin)' }],
};

const mark = (over: Partial<Mark>): Mark => ({ key: 'k', kind: 'finding', start: 22, end: 28, text: 'by EOD', range: null, ...over });

describe('fixesFor', () => {
  it('offers the finding’s fixes, the deadline’s choices and its phrase, without duplicates', () => {
    const m = mark({
      deadline: eod,
      finding: { rule: 'vague-deadline', start: 22, end: 28, text: 'by EOD', severity: 'info', message: 'm', fixes: [{ label: 'Say it in their time', replacement: eod.phrase!, start: 22, end: 28 }] },
    });
    expect(fixesFor(m).map((f) => f.replacement)).toEqual([eod.phrase, eod.choices[0]!.replacement]);
    expect(fixesFor(m).every((f) => f.start === 22 && f.end === 28)).toBe(true);
  });
});

describe('cards', () => {
  it('names the rule and shows each reader’s local time and the sender’s', () => {
    const card = cardFor(mark({ deadline: eod, kind: 'deadline' }), { index: 0, total: 2 });
    expect(card.title).toBe('Deadline');
    expect(card.deadline!.recipients).toEqual([
      { who: 'ana@acme.com', local: '5:00 PM Mon, Nov 23 (Berlin)' },
      { who: 'kenji@acme.jp', local: undefined },
    ]);
    expect(card.deadline!.senderLocal).toBe('11:00 AM my time');
    expect(card.message).toBe('This has already passed for ana@acme.com');
  });

  it('keeps unknown-zone out of the warnings (the zone question asks instead)', () => {
    expect(chipFor(eod).warnings).toEqual(['This has already passed for ana@acme.com']);
  });

  it('asks about the first unknown reader not yet dismissed', () => {
    expect(unknownRecipient(eod, new Set())?.who).toBe('kenji@acme.jp');
    expect(unknownRecipient(eod, new Set(['kenji@acme.jp']))).toBeNull();
  });

  it('titles rules from their ids', () => {
    expect(ruleTitle('vague-reference')).toBe('Vague reference');
  });
});
