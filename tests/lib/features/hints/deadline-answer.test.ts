/**
 * A deadline typed as the answer to a card's question, read before it goes in
 * (lib/features/hints/deadline-answer.ts), with the real engine in several contexts. The clock is
 * Monday evening in New York (Mon 2026-11-23 18:30 = 23:30Z), the new user's case: "Monday" is today.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import type { AnalysisContext, Fix, FixAsk, Person } from '@/lib/analysis/types';
import { answerFill, answerWindow, nextWeeks, NOT_A_TIME, placeAnswer, readAnswer, withNextWeek } from '@/lib/features/hints/deadline-answer';
import { fixChange } from '@/lib/features/hints/apply';

const NOW = Date.UTC(2026, 10, 23, 23, 30);
const ANA: Person = { name: 'Ana', timeZone: 'Europe/Berlin' };
const KENJI: Person = { name: 'Kenji', timeZone: 'Asia/Tokyo' };
const PRIYA: Person = { name: 'Priya', timeZone: 'Asia/Kolkata' };
const MARTA: Person = { name: 'Marta', email: 'marta@example.com' };
const BO: Person = { name: 'Bo', timeZone: 'America/New_York' };

const ctx = (recipients: Person[]): AnalysisContext => ({ now: NOW, sender: { name: 'Sam', timeZone: 'America/New_York', locale: 'en-US' }, recipients, host: 'gmail' });
const contexts = { oneAway: ctx([ANA]), three: ctx([ANA, KENJI, PRIYA]), alone: ctx([]), unknown: ctx([MARTA]), sameZone: ctx([BO]) };

const DECISION = 'Should we switch from Jira to Linear?';
const REQUEST = 'Can you review the Q3 deck?';

/** The deadline ask of `text` (channel-fit's review period, missing-deadline's "By when?"). */
function askOf(text: string, c: AnalysisContext): Fix & { ask: FixAsk } {
  const fix = analyze(text, c).findings.flatMap((f) => f.fixes).find((f) => f.ask?.deadline);
  if (!fix?.ask) throw new Error(`no deadline ask in ${text}`);
  return fix as Fix & { ask: FixAsk };
}

/** The card's reading of `answer` typed into the ask of `text`, read as the session reads it. */
function read(text: string, answer: string, c: AnalysisContext) {
  const fix = askOf(text, c);
  const at = placeAnswer(text, fix, answer)!;
  const window = answerWindow(at);
  return { fix, at, preview: readAnswer(fix, at, analyze(window.text, c).deadlines, c.sender.timeZone) };
}

describe('a deadline answer, read before it goes in', () => {
  it('both deadline asks say they are deadlines; other asks do not', () => {
    expect(askOf(DECISION, contexts.oneAway).ask.question).toBe('Until when can people object?');
    expect(askOf(REQUEST, contexts.oneAway).ask.question).toBe('By when?');
    const which = analyze('Please fix the report by Friday.', contexts.oneAway).findings.flatMap((f) => f.fixes).find((f) => f.ask);
    expect(which?.ask?.question).toBe('Which report?');
    expect(which?.ask?.deadline).toBeUndefined();
  });

  it('is placed where fixChange puts it: the same text, the answer inside the inserted words', () => {
    const fix = askOf(DECISION, contexts.oneAway);
    const at = placeAnswer(DECISION, fix, '  Friday 3pm ')!;
    const change = fixChange(DECISION, fix, 0, '  Friday 3pm ')!;
    expect(at.text).toBe(DECISION.slice(0, change.start) + change.replacement + DECISION.slice(change.end));
    expect(at.text.slice(at.answerStart, at.answerEnd)).toBe('Friday 3pm');
    expect(at.text.slice(at.start, at.end)).toBe(' Please comment by Friday 3pm; if there are no objections, we go ahead.');
    expect(placeAnswer(DECISION, fix, '   ')).toBeNull();
  });

  describe('"Monday" typed on a Monday evening (the new user\'s case): today, already passed, not inserted', () => {
    it('one reader in Berlin: refused, and the proposed time offered as a ready answer that names both zones', () => {
      const { preview } = read(DECISION, 'Monday', contexts.oneAway);
      expect(preview.status).toBe('passed');
      expect(preview.fill).toBeUndefined();
      expect(preview.insert).toBeUndefined();
      expect(preview.note).toBe('Already passed for Ana: not inserted. Use this time instead?');
      expect(preview.chip?.recipients).toEqual([{ who: 'Ana', local: '5:00 PM Mon, Nov 23 (Berlin)' }]);
      expect(preview.alternative).toEqual({
        fill: '5:00 PM Tue, Nov 24 your time (Berlin) — 11:00 AM Tue, Nov 24 my time (New York)',
        insert: 'Please comment by 5:00 PM Tue, Nov 24 your time (Berlin) — 11:00 AM Tue, Nov 24 my time (New York); if there are no objections, we go ahead.',
      });
    });
    it('three readers in three zones: one proposed instant for all, each city named, never "your time"', () => {
      const { preview } = read(DECISION, 'Monday', contexts.three);
      expect(preview.status).toBe('passed');
      expect(preview.note).toBe('Already passed for Ana, Kenji and Priya: not inserted. Use this time instead?');
      expect(preview.chip?.warnings).toEqual([]);
      const words = preview.alternative!.insert;
      for (const city of ['Berlin', 'Tokyo', 'Kolkata', 'my time (New York)']) expect(words).toContain(city);
      expect(words).not.toContain('your time');
    });
    it('the writer alone: refused too, in their own time', () => {
      const { preview } = read(DECISION, 'Monday', contexts.alone);
      expect(preview.status).toBe('passed');
      expect(preview.note).toBe('Already passed: not inserted. Use this time instead?');
      expect(preview.alternative?.fill).toBe('5:00 PM Tue, Nov 24 my time (New York)');
      expect(preview.chip?.senderLocal).toBe('5:00 PM Mon, Nov 23 my time (New York)');
    });
    it('a reader whose zone is unknown: read in the writer\'s time, and refused', () => {
      const { preview } = read(DECISION, 'Monday', contexts.unknown);
      expect(preview.status).toBe('passed');
      expect(preview.chip?.recipients).toEqual([{ who: 'Marta', local: undefined }]);
    });
  });

  describe('"3pm Friday", which names no zone', () => {
    it('one reader in another zone: goes in as the phrase with her city and my time, keeping one "by"; her time and the problem are shown', () => {
      const { preview } = read(DECISION, '3pm Friday', contexts.oneAway);
      expect(preview.status).toBe('deadline');
      expect(preview.fill).toBe('9:00 PM Fri, Nov 27 your time (Berlin) — 3:00 PM Fri, Nov 27 my time (New York)');
      expect(preview.insert).toBe('Please comment by 9:00 PM Fri, Nov 27 your time (Berlin) — 3:00 PM Fri, Nov 27 my time (New York); if there are no objections, we go ahead.');
      expect(preview.chip?.recipients).toEqual([{ who: 'Ana', local: '9:00 PM Fri, Nov 27 (Berlin)' }]);
      expect(preview.chip?.senderLocal).toBe('3:00 PM Fri, Nov 27 my time (New York)');
      expect(preview.chip?.warnings).toEqual([expect.stringMatching(/outside Ana's working hours/)]);
    });
    it('three readers in three zones: one instant, each city and its local time, my time; never "your time"', () => {
      const { preview } = read(DECISION, '3pm Friday', contexts.three);
      expect(preview.status).toBe('deadline');
      expect(preview.fill).toBe('9:00 PM Fri, Nov 27 Berlin time (5:00 AM Sat, Nov 28 Tokyo; 1:30 AM Sat, Nov 28 Kolkata) — 3:00 PM Fri, Nov 27 my time (New York)');
      expect(preview.insert).not.toContain('your time');
      expect(preview.chip?.recipients.map((r) => `${r.who}: ${r.local}`)).toEqual([
        'Ana: 9:00 PM Fri, Nov 27 (Berlin)',
        'Kenji: 5:00 AM Sat, Nov 28 (Tokyo)',
        'Priya: 1:30 AM Sat, Nov 28 (Kolkata)',
      ]);
      expect(preview.chip?.warnings.some((w) => /weekend/.test(w))).toBe(true);
      // The writer's words may still go in; the layer's proposed time is offered beside them.
      expect(preview.note).toMatch(/^This misses some readers’ working hours: Insert puts it in as you wrote it, or use /);
      expect(preview.alternative?.insert).toMatch(/^Please comment by .* my time \(New York\); if there are no objections, we go ahead\.$/);
      expect(preview.alternative?.fill).not.toBe(preview.fill);
    });
    it('the writer alone: goes in as written, shown in their own time', () => {
      const { preview } = read(DECISION, '3pm Friday', contexts.alone);
      expect(preview).toMatchObject({ status: 'deadline', fill: '3pm Friday', insert: 'Please comment by 3pm Friday; if there are no objections, we go ahead.' });
      expect(preview.chip).toMatchObject({ recipients: [], senderLocal: '3:00 PM Fri, Nov 27 my time (New York)', warnings: [] });
    });
    it('a reader whose zone is unknown: the zone is named as mine (they may be anywhere), and the reader shows as unknown', () => {
      const { preview } = read(DECISION, '3pm Friday', contexts.unknown);
      expect(preview.fill).toBe('3:00 PM Fri, Nov 27 my time (New York)');
      expect(preview.chip?.recipients).toEqual([{ who: 'Marta', local: undefined }]);
    });
    it('a reader on the writer\'s own clock: goes in as written', () => {
      expect(read(DECISION, '3pm Friday', contexts.sameZone).preview.fill).toBe('3pm Friday');
    });
    it('"By when?" (missing-deadline): the phrase follows the ask\'s own "by" without doubling it', () => {
      const { preview } = read(REQUEST, 'Friday 3pm', contexts.oneAway);
      expect(preview.insert).toBe('by 9:00 PM Fri, Nov 27 your time (Berlin) — 3:00 PM Fri, Nov 27 my time (New York)');
    });
  });

  it('an answer that names its zone goes in as written, whoever reads it', () => {
    for (const c of Object.values(contexts)) {
      const { preview } = read(DECISION, 'Friday 3pm CET', c);
      expect(preview.status).toBe('deadline');
      expect(preview.fill).toBe('Friday 3pm CET');
    }
    expect(read(DECISION, 'Friday 5pm your time', contexts.three).preview.fill).toBe('Friday 5pm your time');
  });

  it('words that are not a time are said so, and may still go in as written', () => {
    for (const answer of ['after the board meeting', 'soon']) {
      const { preview } = read(DECISION, answer, contexts.oneAway);
      expect(preview).toEqual({ answer, status: 'unread', fill: answer, insert: `Please comment by ${answer}; if there are no objections, we go ahead.`, note: NOT_A_TIME });
    }
  });

  it('only the answer\'s deadline words are replaced: the writer\'s other words stay', () => {
    const { fix, at } = read(DECISION, '3pm Friday, please', contexts.oneAway);
    const d = analyze(at.text, contexts.oneAway).deadlines.find((x) => x.start >= at.start)!;
    expect(answerFill(d, at, 'America/New_York')).toBe('9:00 PM Fri, Nov 27 your time (Berlin) — 3:00 PM Fri, Nov 27 my time (New York), please');
    expect(fix.ask.before).toBe(' Please comment by ');
  });

  it('reads a long message around the answer only, with the host\'s excluded ranges moved past the inserted words', () => {
    const quote = `> ${'older words '.repeat(250)}`;
    const text = `${REQUEST}\n\n${quote}`;
    const fix = askOf(text, contexts.oneAway);
    const at = placeAnswer(text, fix, 'Friday 3pm')!;
    const excluded = [{ start: REQUEST.length + 2, end: text.length }];
    const window = answerWindow(at, excluded);
    expect(window.offset).toBe(0);
    expect(window.text).toBe(at.text.slice(0, at.text.indexOf('\n\n')));
    expect(window.excluded).toEqual([]);
    const whole = answerWindow({ ...at, text: at.text.slice(0, 200) }, excluded);
    expect(whole.excluded).toEqual([{ start: REQUEST.length + 2 + (at.end - at.start), end: 200 }]);
  });
});

describe('"Monday" on a Monday evening: the same day next week is offered first', () => {
  it('a bare weekday gets "next" before it; a day with "next"/"this" or a date does not', () => {
    expect(nextWeeks('Monday')).toBe('next Monday');
    expect(nextWeeks(' mon 3pm ')).toBe('next mon 3pm');
    expect(nextWeeks('next Monday')).toBeUndefined();
    expect(nextWeeks('this Friday')).toBeUndefined();
    expect(nextWeeks('Dec 7')).toBeUndefined();
  });

  it('next Monday reads as a week on, not passed, and becomes the ready answer of the refused "Monday"', () => {
    const passed = read(DECISION, 'Monday', contexts.oneAway).preview;
    expect(passed.status).toBe('passed');
    const next = read(DECISION, nextWeeks('Monday')!, contexts.oneAway).preview;
    expect(next.status).toBe('deadline');
    expect(next.insert).toMatch(/Mon, Nov 30/);
    const offered = withNextWeek(passed, 'next Monday', next);
    expect(offered.note).toBe('“Monday” is today, and it has already passed: not inserted. Did you mean next Monday?');
    expect(offered.alternative).toEqual({ fill: next.fill, insert: next.insert });
    expect(offered.fill).toBeUndefined();
  });
});
