import { describe, expect, it } from 'vitest';
import { parseTimes } from '@/lib/analysis/deadlines';
import { NY, OPTS, longest, valueOf, wall } from './helpers';

describe('zone-words', () => {
  it.each([
    ['3pm India time', wall('Asia/Kolkata', 2026, 11, 24, 15)],
    ['3pm UK time', wall('Europe/London', 2026, 11, 23, 15)],
    ['3pm Eastern on Friday', wall(NY, 2026, 11, 27, 15)],
    ['noon Pacific on Friday', wall('America/Los_Angeles', 2026, 11, 27, 12)],
    ['by 6pm Singapore time Friday', wall('Asia/Singapore', 2026, 11, 27, 18)],
    ['Thursday 8:00 pst', wall('America/Los_Angeles', 2026, 11, 26, 8)],
    ['9:30 - 11:00 CST', wall('America/Chicago', 2026, 11, 23, 9, 30)],
  ])('"%s"', (text, expected) => {
    expect(valueOf(text)).toBe(expected);
  });

  it('"3pm Eastern on Friday" is one phrase', () => {
    expect(longest('3pm Eastern on Friday').text).toBe('3pm Eastern on Friday');
  });

  it('an ambiguous abbreviation takes the meaning of the zone it is read in and lists the others', () => {
    const india = longest('5pm IST tomorrow');
    expect(Date.parse(india.value)).toBe(wall('Asia/Kolkata', 2026, 11, 24, 17));
    expect(india.zoneAlternatives?.map((a) => a.zone)).toEqual(['Europe/Dublin', 'Asia/Jerusalem']);
    const dublin = longest('5pm IST tomorrow', { ...OPTS, timeZone: 'Europe/Dublin' });
    expect(Date.parse(dublin.value)).toBe(wall('Europe/Dublin', 2026, 11, 24, 17));
    const ast = longest('5pm AST tomorrow');
    expect(Date.parse(ast.value)).toBe(wall('America/Halifax', 2026, 11, 24, 17));
    expect(ast.zoneAlternatives?.[0]?.zone).toBe('Asia/Riyadh');
  });

  it('an abbreviation out of season is read as the region\'s clock, with a note', () => {
    const july = { ...OPTS, now: Date.parse('2026-07-06T15:00:00Z') };
    const m = longest('5pm PST on July 10', july);
    expect(Date.parse(m.value)).toBe(wall('America/Los_Angeles', 2026, 7, 10, 17));
    expect(m.note).toMatch(/PST \(UTC−8\) is not in use in Los Angeles on Jul 10/);
    expect(longest('5pm PST on Nov 27').note).toBeUndefined();
  });

  it('a zone word alone is no time', () => {
    expect(parseTimes('We are on Eastern time now that I moved.', OPTS).map((m) => m.text)).not.toContain('Eastern time');
  });
});
