/**
 * Issue 12, "Deadlines as people write them": each kind of failure, with right answers computed
 * independently (@date-fns/tz and Intl), through both paths — findDeadlines (keystroke) and parseTimes.
 */
import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { findDeadlines, parseTimes, rereadDeadline } from '@/lib/analysis/deadlines';
import { phraseAt, preferredPhrase } from '@/lib/analysis/deadline-phrase';
import type { AnalysisContext, Person } from '@/lib/analysis/types';

const wall = (zone: string, y: number, mo: number, d: number, h = 0, mi = 0) => new TZDate(y, mo - 1, d, h, mi, 0, zone).getTime();
const offsetOf = (zone: string, at: number) => {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')!.value;
  const m = /GMT([+-])(\d\d):(\d\d)/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
};

const NY = 'America/New_York';
// Mon 2026-11-23 10:00 in New York.
const NOW = Date.parse('2026-11-23T15:00:00Z');
function ctx(recipients: Person[] = [{ name: 'Ana', timeZone: 'Europe/Berlin' }], sender = NY, now = NOW): AnalysisContext {
  return { now, sender: { timeZone: sender, locale: 'en-US' }, recipients, host: 'cli' };
}

describe('one reading serves findDeadlines and parseTimes; no phrase is cut in two', () => {
  // Named times (noon, midnight) are in the recipient's zone (DEADLINES.md); parseTimes reads them in the zone it is given.
  it.each([
    ['Can you send it by 12 noon Friday?', '12 noon Friday', wall('Europe/Berlin', 2026, 11, 27, 12), wall(NY, 2026, 11, 27, 12)],
    ['Can you send it by 1200 hrs Friday?', '1200 hrs Friday', wall(NY, 2026, 11, 27, 12)],
    ['Please submit by 1700 hours.', '1700 hours', wall(NY, 2026, 11, 23, 17)],
    ['Please send it 5pm sharp on Friday.', '5pm sharp on Friday', wall(NY, 2026, 11, 27, 17)],
    ['Please send it 3pm at the latest on Friday.', '3pm at the latest on Friday', wall(NY, 2026, 11, 27, 15)],
    ['Please send it by 3pm Eastern on Friday.', '3pm Eastern on Friday', wall(NY, 2026, 11, 27, 15)],
    ['Please send it by 3pm India time.', '3pm India time', wall('Asia/Kolkata', 2026, 11, 24, 15)],
    ['Please send it by 3pm UK time.', '3pm UK time', wall('Europe/London', 2026, 11, 23, 15)],
    ['Please send it by midnight tonight.', 'midnight tonight', wall('Europe/Berlin', 2026, 11, 24, 0), wall(NY, 2026, 11, 24, 0)],
    ['Please send it tomorrow night at 11.', 'tomorrow night at 11', wall(NY, 2026, 11, 24, 23)],
    ['Can you send it by 4:45 pm your time on Wednesday?', '4:45 pm your time on Wednesday', wall('Europe/Berlin', 2026, 11, 25, 16, 45), wall(NY, 2026, 11, 25, 16, 45)],
  ])('%s', (text, phrase, due, parsed?: number) => {
    const deadlines = findDeadlines(text, ctx());
    expect(deadlines).toHaveLength(1);
    const [d] = deadlines;
    expect(text.slice(d!.start, d!.end).replace(/^by\s+/, '')).toBe(phrase);
    expect(d!.due).toBe(due);
    const mentions = parseTimes(text, { now: NOW, timeZone: NY, locale: 'en-US' });
    expect(mentions.map((m) => m.text)).toEqual([phrase]);
    expect(Date.parse(mentions[0]!.value)).toBe(parsed ?? due);
    // The rewrite replaces the whole phrase: no "by 12 by 12:00 PM …".
    const rewritten = text.slice(0, d!.start) + phraseAt(text, d!.start, preferredPhrase(d!)!) + text.slice(d!.end);
    expect(rewritten).not.toMatch(/\bby\s+\d+\s+by\b|\bsharp\b|at the latest|\bhrs\b|\bhours\b/);
  });
});

describe('ambiguous zone abbreviations are surfaced, decided by the people involved', () => {
  const text = 'Please send the deck by 5pm IST tomorrow.';
  it('a sender in India: India Standard Time, with Ireland and Israel offered', () => {
    const sender = 'Asia/Kolkata';
    const [d] = findDeadlines(text, ctx([{ name: 'Bo', timeZone: NY }], sender, NOW));
    expect(d!.due).toBe(wall('Asia/Kolkata', 2026, 11, 24, 17));
    expect(d!.zoneReading).toMatchObject({ abbreviation: 'IST', zone: 'Asia/Kolkata', because: 'sender' });
    expect(d!.warnings.find((w) => w.code === 'ambiguous-zone')?.message).toMatch(/Irish Standard Time or Israel Standard Time/);
    expect(d!.alternatives?.map((a) => [a.zone, a.due])).toEqual([
      ['Europe/Dublin', wall('Europe/Dublin', 2026, 11, 24, 17)],
      ['Asia/Jerusalem', wall('Asia/Jerusalem', 2026, 11, 24, 17)],
    ]);
  });

  it('a recipient in Dublin: Irish time', () => {
    const [d] = findDeadlines(text, ctx([{ name: 'Aoife', timeZone: 'Europe/Dublin' }]));
    expect(d!.zoneReading).toMatchObject({ zone: 'Europe/Dublin', because: 'recipient' });
    expect(d!.due).toBe(wall('Europe/Dublin', 2026, 11, 24, 17));
  });

  it('no one in those zones: the most common meaning, still flagged', () => {
    const [d] = findDeadlines(text, ctx([{ name: 'Ana', timeZone: 'Europe/Berlin' }]));
    expect(d!.zoneReading?.because).toBe('most-common');
    expect(d!.warnings.some((w) => w.code === 'ambiguous-zone')).toBe(true);
  });

  it('the one-click other reading re-resolves with the chosen zone', () => {
    const c = ctx([{ name: 'Ana', timeZone: 'Europe/Berlin' }]);
    const [d] = findDeadlines(text, c);
    const israel = d!.alternatives!.find((a) => a.zone === 'Asia/Jerusalem')!;
    const again = rereadDeadline(text, c, d!, israel);
    expect(again?.due).toBe(wall('Asia/Jerusalem', 2026, 11, 24, 17));
    expect(again?.due).toBe(israel.due);
    expect(again?.zoneReading).toMatchObject({ zone: 'Asia/Jerusalem', because: 'chosen' });
    expect(again?.alternatives?.map((a) => a.zone)).toEqual(['Asia/Kolkata', 'Europe/Dublin']);
  });

  it.each([
    ['CST', NY, 'America/Chicago', 'Asia/Shanghai'],
    ['CST', 'Asia/Shanghai', 'Asia/Shanghai', 'America/Chicago'],
    ['BST', 'Europe/London', 'Europe/London', 'Asia/Dhaka'],
    ['BST', 'Asia/Dhaka', 'Asia/Dhaka', 'Europe/London'],
    ['AST', 'America/Halifax', 'America/Halifax', 'Asia/Riyadh'],
    ['AST', 'Asia/Riyadh', 'Asia/Riyadh', 'America/Halifax'],
  ])('%s written by someone in %s reads as %s and offers %s', (abbreviation, sender, zone, other) => {
    const [d] = findDeadlines(`Please reply by 10am ${abbreviation} on Thursday.`, ctx([], sender));
    expect(d!.zoneReading?.zone).toBe(zone);
    expect(d!.alternatives?.map((a) => a.zone)).toContain(other);
    // 10:00 on Thu Nov 26 on that zone's clock (out of season for BST: London's own clock then).
    expect(d!.due).toBe(wall(zone, 2026, 11, 26, 10));
  });
});

describe('abbreviations out of season are read as the region\'s clock, and say so', () => {
  it.each([
    ['5pm PST', 'Jul 10', 'America/Los_Angeles', 2026, 7, 10, Date.parse('2026-07-06T15:00:00Z')],
    ['5pm EST', 'Jul 10', 'America/New_York', 2026, 7, 10, Date.parse('2026-07-06T15:00:00Z')],
    ['5pm BST', 'Nov 27', 'Europe/London', 2026, 11, 27, NOW],
    ['5pm CEST', 'Nov 27', 'Europe/Berlin', 2026, 11, 27, NOW],
    ['5pm AEST', 'Jan 15', 'Australia/Sydney', 2027, 1, 15, Date.parse('2027-01-11T15:00:00Z')],
  ])('"%s" on %s', (time, day, zone, y, mo, d, now) => {
    const text = `Please send it by ${time} on ${day}.`;
    const [found] = findDeadlines(text, ctx([{ name: 'Ana', timeZone: 'Europe/Berlin' }], NY, now));
    const due = wall(zone, y, mo, d, 17);
    expect(found!.due).toBe(due);
    const note = found!.warnings.find((w) => w.code === 'out-of-season');
    expect(note?.message).toContain(`${time.split(' ')[1]} (`);
    // The offset it states is the region's real one then, by Intl.
    const real = offsetOf(zone, due);
    expect(note?.message).toContain(`then UTC${real < 0 ? '−' : '+'}${Math.floor(Math.abs(real) / 60)}`);
  });

  it('in season there is no note', () => {
    const [d] = findDeadlines('Please send it by 5pm PST on Nov 27.', ctx());
    expect(d!.warnings.some((w) => w.code === 'out-of-season')).toBe(false);
    expect(d!.due).toBe(wall('America/Los_Angeles', 2026, 11, 27, 17));
  });
});

describe('a message that is not English gets no English time reading', () => {
  it.each([
    'Pouvez-vous envoyer le rapport avant vendredi 10h ?',
    'Kannst du mir das bitte bis Freitag 14:00 schicken?',
    '¿Puedes enviarlo antes del viernes a las 14:00?',
    'Puoi inviarlo entro venerdì alle 14:00?',
    'Kun je het vrijdag om 14:00 sturen?',
    'Можешь прислать до пятницы 14:00?',
    '金曜日の14:00までに送ってください。',
  ])('%s', (text) => {
    expect(findDeadlines(text, ctx())).toEqual([]);
    expect(parseTimes(text, { now: NOW, timeZone: NY })).toEqual([]);
  });

  it('English with a foreign name in it is still English', () => {
    expect(findDeadlines('Can you send the Café de la Paix menu by Friday 3pm?', ctx())[0]?.due).toBe(wall(NY, 2026, 11, 27, 15));
  });
});

describe('an appointment is not a deadline', () => {
  it('"Can we meet at 3pm on Friday" stays "at", never "by … your time"', () => {
    const text = 'Can we meet at 3pm on Friday?';
    const [d] = findDeadlines(text, ctx());
    expect(d!.role).toBe('appointment');
    expect(d!.due).toBe(wall(NY, 2026, 11, 27, 15));
    expect(d!.phrase).toMatch(/^at 9:00 PM Fri, Nov 27 your time \(Berlin\)/);
    expect(preferredPhrase(d!)).not.toMatch(/^by/);
    expect(d!.warnings.some((w) => w.code === 'short-notice')).toBe(false);
    expect(d!.warnings.every((w) => !w.alternative || w.alternative.phrase.startsWith('at '))).toBe(true);
  });

  it('a deliverable with a time stays a deadline, even beside "call"', () => {
    expect(findDeadlines('Can you send the call notes by 3pm on Friday?', ctx())[0]?.role).toBe('deadline');
    expect(findDeadlines('Please send the deck Friday.', ctx())[0]?.role).toBe('deadline');
  });
});
