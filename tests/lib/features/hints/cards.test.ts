import { describe, expect, it } from 'vitest';
import type { Deadline } from '@/lib/features/hints/contract';
import { cardFor, cardTitle, chipFor, fixesFor, insertionOf, markLabel, readsWith, ruleTitle, savedZoneLine, unknownRecipient } from '@/lib/features/hints/cards';
import { findingsOf } from '../../analysis/rule-table';
import { RULE_INFO } from '@/lib/analysis/rule-names';
import { rules } from '@/lib/analysis/rules';
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
  it('offers the finding’s fixes and the phrase in their time, without duplicates', () => {
    const m = mark({
      deadline: eod,
      finding: { rule: 'vague-deadline', start: 22, end: 28, text: 'by EOD', severity: 'info', message: 'm', fixes: [{ label: 'Say it in their time', replacement: eod.phrase!, start: 22, end: 28 }] },
    });
    expect(fixesFor(m).map((f) => f.replacement)).toEqual([eod.phrase]);
    expect(fixesFor(m).every((f) => f.start === 22 && f.end === 28)).toBe(true);
  });

  it('"by Friday" said as one time for readers whose days end apart says whose it is sooner for', () => {
    const friday: Deadline = {
      ...eod, text: 'by Friday', due: 1, warnings: [], choices: [],
      phrase: 'by 7:00 PM Fri, Dec 4 Tokyo time (11:00 AM Fri, Dec 4 Berlin) — 5:00 AM Fri, Dec 4 my time (Toronto)',
      perRecipient: [
        { person: { name: 'Kenji', timeZone: 'Asia/Tokyo' }, due: 1, local: '7:00 PM Fri, Dec 4 (Tokyo)', zoneKnown: true, warnings: [] },
        { person: { name: 'Ana', timeZone: 'Europe/Berlin' }, due: 2, local: '5:00 PM Fri, Dec 4 (Berlin)', zoneKnown: true, warnings: [] },
      ],
    };
    const [fix] = fixesFor(mark({ deadline: friday, kind: 'deadline', text: 'by Friday' }));
    expect(fix!.label).toBe('Say one time for everyone');
    expect(fix!.note).toBe('One time for everyone, the first of their ends of day: sooner than their own for Ana');
    const one: Deadline = { ...friday, perRecipient: [friday.perRecipient[0]!] };
    expect(fixesFor(mark({ deadline: one, kind: 'deadline', text: 'by Friday' }))[0]).toMatchObject({ label: 'Say it in their time' });
    expect(fixesFor(mark({ deadline: one, kind: 'deadline', text: 'by Friday' }))[0]!.note).toBeUndefined();
  });

  it('a stated time that is only information is never moved: its choices are not offered, its phrase in their time is', () => {
    const info = mark({ deadline: { ...eod, warnings: [] }, kind: 'deadline' });
    expect(fixesFor(info).map((f) => f.replacement)).toEqual([eod.phrase]);
    const appointment = mark({ deadline: { ...eod, text: 'on Thursday at 10am', role: 'appointment', phrase: 'at 5:00 PM Thu, Nov 26 your time (Berlin)', warnings: [] }, kind: 'deadline' });
    expect(fixesFor(appointment)).toEqual([]);
  });
});

describe('cards', () => {
  it('names the rule and shows each reader’s local time and the sender’s', () => {
    const card = cardFor(mark({ deadline: eod, kind: 'deadline' }), { index: 0, total: 2 });
    expect(card.title).toBe('Deadline for ana@acme.com and 1 more');
    expect(card.deadline!.recipients).toEqual([
      { who: 'ana@acme.com', local: '5:00 PM Mon, Nov 23 (Berlin)' },
      { who: 'kenji@acme.jp', local: undefined },
    ]);
    expect(card.deadline!.senderLocal).toBe('11:00 AM my time');
    expect(card.message).toBe('This has already passed for ana@acme.com');
    // Said once: the chip does not repeat the card's message.
    expect(card.deadline!.warnings).not.toContain('This has already passed for ana@acme.com');
  });

  it('the writer’s row is "You" for one moment, and "First due, for you" when each reader’s day ends apart', () => {
    expect(chipFor(eod).senderLabel).toBeUndefined();
    const apart: Deadline = {
      ...eod,
      perRecipient: [
        { person: { name: 'Ana', timeZone: 'Europe/Berlin' }, due: 1, local: '5:00 PM Mon, Nov 23 (Berlin)', zoneKnown: true, warnings: [] },
        { person: { name: 'Kenji', timeZone: 'Asia/Tokyo' }, due: 2, local: '5:00 PM Tue, Nov 24 (Tokyo)', zoneKnown: true, warnings: [] },
      ],
    };
    expect(chipFor(apart).senderLabel).toBe('First due, for you');
  });

  it('keeps unknown-zone out of the warnings (the zone question asks instead)', () => {
    expect(chipFor(eod).warnings).toEqual(['This has already passed for ana@acme.com']);
  });

  it('asks about the first unknown reader not yet dismissed', () => {
    expect(unknownRecipient(eod, new Set())?.who).toBe('kenji@acme.jp');
    expect(unknownRecipient(eod, new Set(['kenji@acme.jp']))).toBeNull();
  });

  it('offers no "Say it in their time" when no reader’s zone is known: it would only restate the deadline in the writer’s time', () => {
    const unknown = { ...eod, warnings: [], phrase: 'by 7:30 PM Thu, Dec 10 my time (Kolkata)', choices: [], perRecipient: [{ person: { name: 'Readers' }, zoneKnown: false, warnings: [] }] };
    expect(fixesFor(mark({ deadline: unknown, kind: 'deadline' })).map((f) => f.label)).not.toContain('Say it in their time');
    const known = { ...unknown, perRecipient: [{ person: { name: 'Ana', timeZone: 'Europe/Berlin' }, zoneKnown: true, warnings: [] }] };
    expect(fixesFor(mark({ deadline: known, kind: 'deadline' })).map((f) => f.label)).toContain('Say it in their time');
  });

  it('asks about an unknown reader by the name the page shows, keyed by their address', () => {
    const named = { ...eod, perRecipient: [{ person: { name: 'Ana Weber', email: 'ana@example.com' }, zoneKnown: false, warnings: [] }] };
    expect(unknownRecipient(named, new Set())).toMatchObject({ who: 'ana@example.com', label: 'Ana Weber' });
    const bare = { ...eod, perRecipient: [{ person: { email: 'ana@example.com' }, zoneKnown: false, warnings: [] }] };
    expect(unknownRecipient(bare, new Set())?.label).toBe('ana@example.com');
  });

  it('names rules plainly, and every rule has a plain name', () => {
    expect(ruleTitle('vague-reference')).toBe('Unclear reference');
    expect(ruleTitle('some-new-rule')).toBe('Some new rule');
    expect(rules.map((r) => r.id).filter((id) => !RULE_INFO[id])).toEqual([]);
  });

  const finding = (rule: string, message: string, text = 'the report') => ({ rule, start: 0, end: text.length, text, severity: 'warning' as const, message, fixes: [] });

  it('titles a card with the question the reader would ask back, never a rule id', () => {
    expect(cardTitle(mark({ finding: finding('vague-reference', '“the report” — which report? The reader cannot ask back: name it or link it.') }))).toBe('Which report?');
    expect(cardTitle(mark({ finding: finding('vague-reference', '“it” — what is “it”? Add the link or name the thing.', 'it') }))).toBe('What is “it”?');
    expect(cardTitle(mark({ finding: finding('missing-deadline', 'A request with no “by when”') }))).toBe('By when?');
    expect(cardTitle(mark({ finding: finding('deadline-warning', 'Outside Ana’s working hours.', 'by 11pm') }))).toBe('Can they make that time?');
    const april31 = { ...eod, kind: 'invalid' as const, text: 'by April 31', perRecipient: [], warnings: [{ code: 'invalid-date' as const, message: 'April has 30 days: there is no April 31' }], choices: [] };
    expect(cardTitle(mark({ finding: finding('deadline-warning', 'April has 30 days: there is no April 31.', 'by April 31'), deadline: april31 }))).toBe('Which date?');
    expect(cardTitle(mark({ kind: 'deadline', deadline: { ...eod, perRecipient: [{ ...eod.perRecipient[0]!, person: { name: 'Ana', email: 'ana@acme.com' } }] } }))).toBe('Deadline for Ana');
    for (const rule of rules) expect(cardTitle(mark({ finding: finding(rule.id, 'Some message') }))).not.toContain('-');
  });

  it('shows the flagged words once: not again under a message that quotes them', () => {
    const quoted = cardFor(mark({ text: 'the report', finding: finding('vague-reference', '“the report” — which report? Name it.') }), { index: 0, total: 1 });
    expect(quoted.quote).toBe('');
    const unquoted = cardFor(mark({ text: 'Can you look?', finding: finding('missing-deadline', 'A request with no “by when”.', 'Can you look?') }), { index: 0, total: 1 });
    expect(unquoted.quote).toBe('Can you look?');
    expect(unquoted.ruleName).toBe('Request without a deadline');
  });

  it('puts each mark in words for readers who cannot see the underline', () => {
    expect(markLabel(mark({ text: 'the report', finding: finding('vague-reference', '“the report” — which report?') }))).toBe('“the report”: Which report?');
  });
});

describe('the other reading of an ambiguous zone abbreviation', () => {
  it('says how the abbreviation was read and why, and lists the other meanings', async () => {
    const { createAnalyzer } = await import('@/lib/analysis');
    const { readingFor } = await import('@/lib/features/hints/cards');
    const ctx = { now: Date.parse('2026-11-30T10:00:00Z'), sender: { timeZone: 'Europe/Berlin', locale: 'en-US' }, recipients: [], host: 'slack' as const };
    const [d] = createAnalyzer().analyze('Send it by 3pm IST on Friday.', ctx).deadlines;
    expect(readingFor(d!)).toEqual({
      said: '“IST” read as India Standard Time (its most common meaning).',
      others: [
        { abbreviation: 'IST', zone: 'Europe/Dublin', label: 'Irish Standard Time' },
        { abbreviation: 'IST', zone: 'Asia/Jerusalem', label: 'Israel Standard Time' },
      ],
    });
    const [chosen] = createAnalyzer().analyze('Send it by 3pm IST on Friday.', { ...ctx, zoneChoices: { IST: 'Asia/Jerusalem' } }).deadlines;
    expect(readingFor(chosen!)?.said).toBe('“IST” read as Israel Standard Time (as you chose).');
    // 3 PM in Jerusalem on Fri Dec 4 2026 is 13:00Z (Intl: Israel is UTC+2 in winter).
    expect(chosen!.due).toBe(Date.parse('2026-12-04T13:00:00Z'));
    const [plain] = createAnalyzer().analyze('Send it by 3pm Berlin time on Friday.', ctx).deadlines;
    expect(readingFor(plain!)).toBeUndefined();
  });
});

describe('fix buttons show what they insert, and nothing that changes nothing', () => {
  const text = 'Please send the deck by 5:00 PM Tue, Nov 24 your time (Berlin)';
  const phrase = 'by 5:00 PM Tue, Nov 24 your time (Berlin)';
  const start = text.indexOf(phrase);
  const inPlace: Deadline = { ...eod, start, end: text.length, text: phrase, phrase, warnings: [], perRecipient: [], choices: [] };

  it('drops the deadline’s own phrase when the words already say it', () => {
    expect(fixesFor(mark({ deadline: inPlace, kind: 'deadline', start, end: text.length, text: phrase }), text)).toEqual([]);
  });

  it('never offers the phrase of a time that has passed', () => {
    const passed: Deadline = { ...eod, choices: [] };
    expect(fixesFor(mark({ deadline: passed, kind: 'deadline' }), 'Please fix the report by EOD')).toEqual([]);
  });

  it('a button shows the words it adds; a question carries its field', () => {
    const analysed = 'Please fix the report by EOD';
    const card = cardFor(
      mark({
        finding: {
          rule: 'vague-reference', start: 7, end: 21, text: 'fix the report', severity: 'warning', message: '“fix the report” — which report?',
          fixes: [{ label: 'Add which report', start: 21, end: 21, replacement: '', ask: { question: 'Which report?', hint: 'a name', before: ' (', after: ')' } }],
        },
      }),
      { index: 0, total: 1, analysed, rewrite: 'Please fix the report by 5:00 PM' },
    );
    expect(card.fixes[0]).toMatchObject({ insert: '', ask: { question: 'Which report?', hint: 'a name', choices: [] } });
    const deadline = cardFor(mark({ deadline: { ...eod, warnings: [] }, kind: 'deadline' }), { index: 0, total: 1, analysed });
    expect(deadline.fixes.map((f) => f.insert)).toEqual(['5:00 PM Mon, Nov 23 your time (Berlin) — 11:00 AM my time']);
    // An edit that would start inside a word ("3pm" → "3:00 PM" edits ":00 PM"): the button shows the whole replacement.
    expect(insertionOf({ label: '', start: 3, end: 6, replacement: '3:00 PM Kolkata time' }, 'by 3pm')).toBe('3:00 PM Kolkata time');
    // A fix that adds a paragraph and capitalises the word after it shows the paragraph it adds.
    const greeted = 'Hey all, quick update.';
    expect(insertionOf({ label: '', start: 8, end: 10, replacement: '\n\nCan you confirm by Friday?\n\nQ' }, greeted)).toBe('Can you confirm by Friday?');
    expect(card.rewrite?.diff).toEqual([
      { op: 'same', text: 'Please fix the report by ' },
      { op: 'del', text: 'EOD' },
      { op: 'add', text: '5:00 PM' },
    ]);
    expect(card.rewrite?.warning).toBeUndefined();
  });

  it('a day that ends at a different moment for each reader is not called one moment; a promise is titled as one', () => {
    const friday: Deadline = {
      ...eod, text: 'by Friday', warnings: [],
      perRecipient: [
        { person: { name: 'Ana', timeZone: 'Europe/Berlin' }, due: 1, local: '5:00 PM Fri (Berlin)', zoneKnown: true, warnings: [] },
        { person: { name: 'Ken', timeZone: 'Asia/Tokyo' }, due: 2, local: '5:00 PM Fri (Tokyo)', zoneKnown: true, warnings: [] },
      ],
    };
    expect(cardFor(mark({ deadline: friday, kind: 'deadline' }), { index: 0, total: 1 }).message).toMatch(/different moment for each reader/);
    expect(cardTitle(mark({ deadline: { ...friday, role: 'appointment' }, kind: 'deadline' }))).toMatch(/^Time for /);
    const promise: Deadline = { ...friday, role: 'promise' };
    expect(cardTitle(mark({ deadline: promise, kind: 'deadline' }))).toBe('Your promise');
    expect(cardFor(mark({ deadline: promise, kind: 'deadline' }), { index: 0, total: 1 }).message).toMatch(/your promise/);
  });

  it("a channel's readers named by their city are not named twice beside a time that says it", () => {
    const d: Deadline = { ...eod, warnings: [], perRecipient: [{ person: { name: 'Readers (Kolkata)', timeZone: 'Asia/Kolkata' }, local: '9:30 PM Mon, Nov 23 (Kolkata)', zoneKnown: true, warnings: [] }] };
    expect(chipFor(d).recipients).toEqual([{ who: 'Readers', local: '9:30 PM Mon, Nov 23 (Kolkata)' }]);
  });

  it('the rewrite says it drops links and formatting when the message has them', () => {
    const analysed = 'Please fix the report by EOD';
    const m = mark({ deadline: { ...eod, warnings: [] }, kind: 'deadline' });
    const card = cardFor(m, { index: 0, total: 1, analysed, rewrite: 'Please fix the report by 5:00 PM', formatted: true });
    expect(card.rewrite?.warning).toMatch(/links or formatting/);
  });

  it('the rewrite says which readers its one stated time is outside the hours of; none without a note', () => {
    const analysed = 'Please fix the report by EOD';
    const m = mark({ deadline: { ...eod, warnings: [] }, kind: 'deadline' });
    const note = 'Outside working hours in New York (4:00 AM Fri, Dec 4)';
    const card = cardFor(m, { index: 0, total: 1, analysed, rewrite: 'Please fix the report by 5:00 PM', rewriteNotes: [note] });
    expect(card.rewrite?.warning).toBe(`The rewrite states one time for everyone. ${note}.`);
    expect(cardFor(m, { index: 0, total: 1, analysed, rewrite: 'Please fix the report by 5:00 PM' }).rewrite?.warning).toBeUndefined();
  });

  it('a fix whose time misses a reader carries the note to its button; "say it in their time" carries the phrase note', () => {
    const analysed = 'Please fix the report by EOD';
    const note = 'Outside working hours in Berlin (2:00 AM Wed, Dec 2)';
    const d: Deadline = { ...eod, warnings: [], choices: [], phraseNote: note };
    const finding = { rule: 'deadline-warning', start: 22, end: 28, text: 'by EOD', severity: 'warning' as const, message: 'm', fixes: [{ label: 'Use the nearest time', replacement: 'by 5:00 PM Tue, Dec 1 Los Angeles time', start: 22, end: 28, note }] };
    const card = cardFor(mark({ deadline: d, finding }), { index: 0, total: 1, analysed });
    expect(card.fixes.map((f) => f.note)).toEqual([note, note]);
    expect(card.fixes[1]!.label).toBe('Say it in their time');
  });
});

describe('readsWith', () => {
  it('shows the flagged words as they will read with the answer in, before Insert', () => {
    const text = 'Please fix the report by EOD.';
    const [f] = findingsOf('vague-reference', text);
    const m = { start: f!.start, end: f!.end };
    const fix = f!.fixes[0]!;
    expect(readsWith(m, fix, text, 'Q3')).toBe('fix the Q3 report');
    expect(readsWith(m, fix, text, 'the Q3 board deck')).toBe('fix the report (the Q3 board deck)');
    expect(readsWith(m, fix, undefined, 'Q3')).toBe('Q3');
  });
});

describe('the line a card says once "Where is …?" is answered', () => {
  it('names whom, the city the pickers show the zone by, the zone id, and where to change it', () => {
    expect(savedZoneLine('Ana', 'Asia/Kolkata')).toBe('Saved: Ana — Kolkata (Asia/Kolkata). Change it in Options.');
    expect(savedZoneLine('Readers of this conversation', 'America/Los_Angeles')).toBe('Saved: Readers of this conversation — Los Angeles (America/Los_Angeles). Change it in Options.');
    // A zone whose name is no city is said once.
    expect(savedZoneLine('Ana', 'UTC')).toBe('Saved: Ana — UTC. Change it in Options.');
  });
});
