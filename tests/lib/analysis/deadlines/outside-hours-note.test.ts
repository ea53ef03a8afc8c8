/**
 * A time proposed to several readers when no end of day suits them all, and the one instant a
 * phrase or the rewrite states to readers whose days end apart: the readers it lands outside the
 * working hours of are named beside it (issue 13: "a warning for any reader it lands outside their hours").
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '@/lib/analysis';
import { findDeadlines } from '@/lib/analysis/deadlines';
import type { AnalysisContext } from '@/lib/analysis/types';

const at = (iso: string) => Date.parse(iso);
const ctx = (zones: string[], now = '2026-11-30T21:00:00Z'): AnalysisContext => ({
  now: at(now),
  sender: { timeZone: 'America/New_York' },
  recipients: zones.map((timeZone, i) => ({ name: `Reader${i}`, timeZone })),
  host: 'gmail',
});
const fixesOf = (text: string, c: AnalysisContext) => createAnalyzer().analyze(text, c).findings.find((f) => f.rule === 'deadline-warning')?.fixes ?? [];

describe('a proposed time that cannot suit every reader', () => {
  it('names the reader and the local time it is outside the hours of, and is not called a time that works', () => {
    // Tokyo, Los Angeles and Berlin share no working hour: each proposal misses one of them.
    const fixes = fixesOf('Please send me the numbers by 11pm Tuesday.', ctx(['Asia/Tokyo', 'America/Los_Angeles', 'Europe/Berlin']));
    expect(fixes.length).toBeGreaterThan(0);
    for (const f of fixes) expect(f.note).toMatch(/^Outside working hours in (Tokyo|Los Angeles|Berlin) \(\d{1,2}:\d\d [AP]M \w{3}, \w{3} \d{1,2}\)/);
    expect(fixes[0]!.label).toBe('Use the nearest time');
    expect(fixes[0]!.note).toBe('Outside working hours in Berlin (2:00 AM Wed, Dec 2)');
  });

  it('says nothing when the proposal suits everyone', () => {
    // Berlin and Kolkata overlap: their shared end of day is inside both their hours.
    const fixes = fixesOf('Please send me the numbers by 11pm Tuesday.', ctx(['Europe/Berlin', 'Asia/Kolkata']));
    expect(fixes.length).toBeGreaterThan(0);
    expect(fixes[0]!.label).toBe('Use a time that works for them');
    expect(fixes.every((f) => f.note === undefined)).toBe(true);
  });

  it('says nothing for one reader: the proposal is in their hours', () => {
    const fixes = fixesOf('Please send me the numbers by 11pm Tuesday.', ctx(['Europe/Berlin']));
    expect(fixes.length).toBeGreaterThan(0);
    expect(fixes.every((f) => f.note === undefined)).toBe(true);
  });

  it('notes the ASAP choices that miss a reader when no end of day suits them all', () => {
    const [d] = findDeadlines('Can you send it ASAP?', ctx(['Asia/Tokyo', 'America/Los_Angeles', 'Europe/Berlin']));
    expect(d!.kind).toBe('vague');
    expect(d!.choices.length).toBeGreaterThan(0);
    expect(d!.choices.every((c) => /^Outside working hours in /.test(c.note ?? ''))).toBe(true);
  });
});

describe('one instant stated to readers whose days end apart', () => {
  // Paris writes to New York and Singapore: the earliest end of day (5 PM Singapore) is 4 AM in New York.
  const c: AnalysisContext = { ...ctx(['America/New_York', 'Asia/Singapore'], '2026-12-01T09:00:00Z'), sender: { timeZone: 'Europe/Paris' } };
  const text = 'Hi team,\n\nQuick recap of this week. Can everyone add their December time off to the team calendar by Friday?\n\nThanks,\nLea';

  it('the deadline says which readers its phrase is outside the hours of', () => {
    const d = findDeadlines(text, c).find((x) => x.kind === 'resolved')!;
    expect(d.phraseNote).toBe('Outside working hours in New York (4:00 AM Fri, Dec 4)');
  });

  it('the rewrite that states it carries the note', () => {
    const analysis = createAnalyzer().analyze(text, c);
    expect(analysis.rewrite).toContain('4:00 AM Fri, Dec 4 New York');
    expect(analysis.rewriteNotes).toEqual(['Outside working hours in New York (4:00 AM Fri, Dec 4)']);
  });

  it('no note when every reader shares the zone', () => {
    const same: AnalysisContext = { ...c, recipients: [{ name: 'A', timeZone: 'America/New_York' }, { name: 'B', timeZone: 'America/New_York' }] };
    expect(findDeadlines(text, same).find((x) => x.kind === 'resolved')!.phraseNote).toBeUndefined();
    expect(createAnalyzer().analyze(text, same).rewriteNotes).toBeUndefined();
  });
});

describe('the rewrite’s note is about the time it states', () => {
  it('an EOD already passed for one reader is restated as the proposal that suits them all: no note of the passed time', () => {
    // Toronto writes at 5:20 PM Monday: Berlin's end of day has passed, Tokyo's and Kolkata's have not.
    const c: AnalysisContext = { ...ctx(['Europe/Berlin', 'Asia/Tokyo', 'Asia/Kolkata'], '2026-11-30T22:20:00Z'), sender: { timeZone: 'America/Toronto' } };
    const text = 'Can you fix the Q3 report ASAP? Also please send the numbers by EOD.';
    const d = findDeadlines(text, c).find((x) => x.text === 'by EOD')!;
    expect(d.phraseNote).toMatch(/^Outside working hours in /);
    const analysis = createAnalyzer().analyze(text, c);
    expect(analysis.rewrite).toContain('5:00 PM Wed, Dec 2 Tokyo time');
    expect(analysis.rewriteNotes).toBeUndefined();
  });
});

describe('a time proposed for one written days ahead stays near its day', () => {
  it('"by Dec 11 3pm" outside two readers’ hours: the proposal is an end of day around Dec 11, not one of the coming days', () => {
    // Auckland writes on Mon Nov 30 to Berlin, Tokyo and Kolkata.
    const c: AnalysisContext = { ...ctx(['Europe/Berlin', 'Asia/Tokyo', 'Asia/Kolkata'], '2026-11-30T09:00:00Z'), sender: { timeZone: 'Pacific/Auckland' } };
    const [d] = findDeadlines('Can you send the signed contract by Dec 11 3pm?', c);
    const proposal = d!.warnings.concat(d!.perRecipient.flatMap((r) => r.warnings)).find((w) => w.alternative)?.alternative;
    expect(proposal).toBeDefined();
    expect(Math.abs(proposal!.due - d!.due!)).toBeLessThan(36 * 3_600_000);
    expect(proposal!.phrase).toMatch(/Dec 1[01]/);
  });
});
