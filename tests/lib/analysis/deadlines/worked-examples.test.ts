/** The worked examples of DEADLINES.md, exactly. now = Mon 2026-11-23 14:00 New York = 20:00 Berlin. */
import { describe, expect, it } from 'vitest';
import { findDeadlines } from '@/lib/analysis/deadlines';
import type { AnalysisContext } from '@/lib/analysis/types';

const now = Date.parse('2026-11-23T19:00:00Z');
const ctx: AnalysisContext = {
  now,
  sender: { name: 'Sam', timeZone: 'America/New_York', locale: 'en-US' },
  recipients: [{ name: 'Ana', email: 'ana@example.com', timeZone: 'Europe/Berlin' }],
  host: 'cli',
};

function only(text: string, context = ctx) {
  const found = findDeadlines(text, context);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('DEADLINES.md worked examples', () => {
  it('"update it by EOD": Ana\'s end of day has passed; propose her next end of day', () => {
    const d = only('update it by EOD');
    expect(d.text).toBe('by EOD');
    expect(d.due).toBe(Date.parse('2026-11-23T16:00:00Z'));
    const passed = d.warnings.find((w) => w.code === 'passed');
    expect(passed?.alternative?.due).toBe(Date.parse('2026-11-24T16:00:00Z'));
    expect(passed?.alternative?.phrase).toBe('by 5:00 PM Tue, Nov 24 your time (Berlin) — 11:00 AM Tue, Nov 24 my time (New York)');
    expect(d.choices.map((c) => c.replacement)).toContain('by 5:00 PM Tue, Nov 24 your time (Berlin) — 11:00 AM Tue, Nov 24 my time (New York)');
  });

  it('"EOD Thursday" → Thu 2026-11-26 17:00 Berlin = 16:00Z', () => {
    const d = only('Can you send it EOD Thursday?');
    expect(d.due).toBe(Date.parse('2026-11-26T16:00:00Z'));
    expect(d.phrase).toBe('by 5:00 PM Thu, Nov 26 your time (Berlin) — 11:00 AM Thu, Nov 26 my time (New York)');
    expect(d.perRecipient[0]?.local).toBe('5:00 PM Thu, Nov 26 (Berlin)');
    expect(d.senderLocal).toBe('11:00 AM Thu, Nov 26 my time (New York)');
    expect(d.warnings).toEqual([]);
  });

  it('"by Friday 3pm" → 15:00 New York = 20:00Z = 21:00 Berlin: outside Ana\'s hours, 5:00 PM her time instead', () => {
    const d = only('by Friday 3pm');
    expect(d.due).toBe(Date.parse('2026-11-27T20:00:00Z'));
    expect(d.perRecipient[0]?.local).toBe('9:00 PM Fri, Nov 27 (Berlin)');
    const outside = d.warnings.find((w) => w.code === 'outside-hours');
    expect(outside?.alternative?.due).toBe(Date.parse('2026-11-27T16:00:00Z'));
    expect(outside?.alternative?.phrase).toBe('by 5:00 PM Fri, Nov 27 your time (Berlin) — 11:00 AM Fri, Nov 27 my time (New York)');
  });

  it('"end of week" → Fri 2026-11-27 17:00 Berlin = 16:00Z', () => {
    const d = only('please wrap up by end of week');
    expect(d.due).toBe(Date.parse('2026-11-27T16:00:00Z'));
    expect(d.warnings).toEqual([]);
  });

  it('"ASAP" is vague; choices start from Ana\'s next working hours since her day is over', () => {
    const d = only('Need the numbers ASAP');
    expect(d.kind).toBe('vague');
    expect(d.due).toBeUndefined();
    expect(d.choices.map((c) => c.replacement)).toEqual([
      'by 12:00 PM Tue, Nov 24 your time (Berlin) — 6:00 AM Tue, Nov 24 my time (New York)',
      'by 5:00 PM Tue, Nov 24 your time (Berlin) — 11:00 AM Tue, Nov 24 my time (New York)',
      'by 5:00 PM Wed, Nov 25 your time (Berlin) — 11:00 AM Wed, Nov 25 my time (New York)',
    ]);
  });

  it('Tokyo sender, New York recipient: "by tomorrow" is the sender\'s Wed Nov 25, spelled out', () => {
    const tokyo: AnalysisContext = {
      now: Date.parse('2026-11-24T00:00:00Z'),
      sender: { timeZone: 'Asia/Tokyo', locale: 'en-US' },
      recipients: [{ name: 'Bo', timeZone: 'America/New_York' }],
      host: 'cli',
    };
    const d = only('by tomorrow', tokyo);
    expect(d.due).toBe(Date.parse('2026-11-25T22:00:00Z'));
    const differs = d.warnings.find((w) => w.code === 'calendar-differs');
    expect(differs?.message).toContain('Wednesday, Nov 25');
    expect(differs?.message).toContain('Monday, Nov 23');
  });
});
