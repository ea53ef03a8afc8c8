/**
 * The fair review window. Every expected instant was worked out by hand from the zones' offsets
 * (written in the comment beside it) and is stated twice: as a UTC ISO string and as the reader's
 * wall clock through @date-fns/tz's TZDate — neither goes through the code under test.
 */
import { describe, expect, it } from 'vitest';
import { TZDate } from '@date-fns/tz';
import { reviewWindow, DEFAULT_REQUIREMENT, type Reader } from '@/lib/features/rituals/window';
import { readerLines } from '@/lib/features/rituals/render';

const utc = (iso: string) => Date.parse(iso);
/** The instant a wall clock in `zone` shows; month is 1-based here. */
const wall = (zone: string, y: number, mo: number, d: number, h: number, mi = 0) => new TZDate(y, mo - 1, d, h, mi, zone).getTime();

const ny: Reader = { id: 'priya', name: 'Priya', timeZone: 'America/New_York' };
const berlin: Reader = { id: 'ana', name: 'Ana', timeZone: 'Europe/Berlin' };
const tokyo: Reader = { id: 'kenji', name: 'Kenji', timeZone: 'Asia/Tokyo' };
const twoDays = DEFAULT_REQUIREMENT.decision;
const oneDay = { unit: 'days', amount: 1 } as const;
const style = { locale: 'en-US' };

describe('the fair review window', () => {
  it('New York, Berlin and Tokyo: the last reader to get two working days sets the close; no hour is common to all three', () => {
    // Opens Mon Nov 30 2026 15:00Z = 10:00 New York (UTC−5) = 16:00 Berlin (UTC+1) = Tue 00:00 Tokyo (UTC+9).
    const opens = utc('2026-11-30T15:00:00Z');
    const w = reviewWindow(opens, [ny, berlin, tokyo], twoDays);
    // New York: Mon 7 h + Tue 8 h + Wed 1 h → Wed 10:00 NY = 15:00Z.
    // Berlin: Mon 1 h + Tue 8 h + Wed 7 h → Wed 16:00 Berlin = 15:00Z.
    // Tokyo: Tue 8 h + Wed 8 h → Wed 17:00 Tokyo = 08:00Z.
    expect(w.readers.map((r) => r.readyAt)).toEqual([utc('2026-12-02T15:00:00Z'), utc('2026-12-02T15:00:00Z'), utc('2026-12-02T08:00:00Z')]);
    expect(w.readers[0]!.readyAt).toBe(wall('America/New_York', 2026, 12, 2, 10));
    expect(w.readers[2]!.readyAt).toBe(wall('Asia/Tokyo', 2026, 12, 2, 17));
    expect(w.requiredAt).toBe(utc('2026-12-02T15:00:00Z'));
    // 15:00Z is midnight in Tokyo. New York works 14:00–22:00Z and Tokyo 00:00–08:00Z: they never
    // overlap, so the close stays at the fair minimum and Tokyo's line says why.
    expect(w.closesAt).toBe(utc('2026-12-02T15:00:00Z'));
    expect(w.moved).toBe(false);
    expect(w.noCommonHours).toBe(true);
    expect(w.readers.map((r) => r.inHours)).toEqual([true, true, false]);
    expect(w.readers.map((r) => r.givenMinutes)).toEqual([960, 960, 960]);
    expect(readerLines(w, style)).toEqual([
      'Priya (New York): 10:00 AM Wednesday, Dec 2',
      'Ana (Berlin): 4:00 PM Wednesday, Dec 2',
      'Kenji (Tokyo): 12:00 AM Thursday, Dec 3 (outside your working hours: no time within a day is inside everyone’s hours)',
    ]);
  });

  it('moves a close outside one reader’s hours later, to the first instant inside everyone’s, never earlier', () => {
    // Opens Mon Nov 30 08:00Z = 09:00 Berlin = 03:00 New York.
    const opens = utc('2026-11-30T08:00:00Z');
    const w = reviewWindow(opens, [berlin, ny], twoDays);
    // Berlin: Mon + Tue → Tue 17:00 Berlin = 16:00Z. New York: Mon + Tue → Tue 17:00 NY = 22:00Z.
    expect(w.requiredAt).toBe(wall('America/New_York', 2026, 12, 1, 17));
    // 22:00Z is 23:00 in Berlin. Next starts: Berlin Wed 08:00Z (03:00 NY, out), New York Wed 14:00Z (15:00 Berlin, in).
    expect(w.closesAt).toBe(utc('2026-12-02T14:00:00Z'));
    expect(w.closesAt).toBe(wall('Europe/Berlin', 2026, 12, 2, 15));
    expect(w.moved).toBe(true);
    expect(w.closesAt!).toBeGreaterThan(w.requiredAt!);
    expect(w.readers.every((r) => r.inHours)).toBe(true);
    expect(readerLines(w, style)).toEqual(['Ana (Berlin): 3:00 PM Wednesday, Dec 2', 'Priya (New York): 9:00 AM Wednesday, Dec 2']);
  });

  it('with no hour common to all, closes inside the hours of as many readers as it can within the day', () => {
    // Opens Mon Nov 30 13:00Z = 8:00 New York, 14:00 Berlin, 22:00 Tokyo.
    // New York: Mon 8 h + Tue 8 h → Tue 17:00 NY = 22:00Z. Berlin: Mon 3 h + Tue 8 h + Wed 5 h → Wed 14:00 = 13:00Z.
    // Tokyo: Tue 8 h + Wed 8 h → Wed 17:00 JST = 08:00Z. Fair minimum: Wed 13:00Z, inside Berlin's hours only.
    const w = reviewWindow(utc('2026-11-30T13:00:00Z'), [ny, berlin, tokyo], twoDays);
    expect(w.requiredAt).toBe(wall('Europe/Berlin', 2026, 12, 2, 14));
    // New York starts at 14:00Z (15:00 Berlin): two of three readers in hours; no instant has all three.
    expect(w.closesAt).toBe(utc('2026-12-02T14:00:00Z'));
    expect(w.noCommonHours).toBe(true);
    expect(w.readers.map((r) => r.inHours)).toEqual([true, true, false]);
    expect(readerLines(w, style)[2]).toBe('Kenji (Tokyo): 11:00 PM Wednesday, Dec 2 (outside your working hours: no time within a day is inside everyone’s hours)');
  });

  it('a reader with a four-day week gets two of their own working days, not calendar days', () => {
    const fourDays: Reader = { ...berlin, id: 'lena', name: 'Lena', workingHours: { start: '09:00', end: '17:00', days: [1, 2, 3, 4] } };
    // Opens Thu Dec 3 09:00 Berlin = 08:00Z. Lena: Thu 8 h; Fri, Sat, Sun off; Mon 8 h → Mon Dec 7 17:00 Berlin = 16:00Z.
    const opens = wall('Europe/Berlin', 2026, 12, 3, 9);
    expect(opens).toBe(utc('2026-12-03T08:00:00Z'));
    expect(reviewWindow(opens, [fourDays], twoDays).closesAt).toBe(utc('2026-12-07T16:00:00Z'));
    // The same window for a Mon–Fri colleague closes Friday 17:00 = 16:00Z.
    expect(reviewWindow(opens, [berlin], twoDays).closesAt).toBe(utc('2026-12-04T16:00:00Z'));
    // Together, the four-day reader sets the close.
    const both = reviewWindow(opens, [berlin, fourDays], twoDays);
    expect(both.closesAt).toBe(utc('2026-12-07T16:00:00Z'));
    expect(readerLines(both, style)[1]).toBe('Lena (Berlin): 5:00 PM Monday, Dec 7');
  });

  it('a day off counts nothing: shorter days count their own length', () => {
    const short: Reader = { ...ny, id: 'sam', name: 'Sam', workingHours: { start: '10:00', end: '16:00', days: [1, 2, 3, 4, 5] } };
    // Two of Sam's days are 12 h: opens Mon Nov 30 10:00 NY → Tue 16:00 NY = 21:00Z.
    const w = reviewWindow(wall('America/New_York', 2026, 11, 30, 10), [short], twoDays);
    expect(w.closesAt).toBe(utc('2026-12-01T21:00:00Z'));
    expect(w.readers[0]!.neededMinutes).toBe(720);
    // In hours instead: 16 working hours → Mon 6 + Tue 6 + Wed 4 → Wed 14:00 NY = 19:00Z.
    expect(reviewWindow(wall('America/New_York', 2026, 11, 30, 10), [short], { unit: 'hours', amount: 16 }).closesAt).toBe(utc('2026-12-02T19:00:00Z'));
  });

  it('a window across a weekend skips Saturday and Sunday', () => {
    // Opens Fri Dec 4 13:00 New York = 18:00Z. Fri 4 h, Sat/Sun off, Mon 8 h, Tue 4 h → Tue Dec 8 13:00 NY = 18:00Z.
    const w = reviewWindow(utc('2026-12-04T18:00:00Z'), [ny], twoDays);
    expect(w.closesAt).toBe(utc('2026-12-08T18:00:00Z'));
    expect(w.closesAt).toBe(wall('America/New_York', 2026, 12, 8, 13));
    expect(readerLines(w, style)).toEqual(['Priya (New York): 1:00 PM Tuesday, Dec 8']);
    // A retro's working week from the same Friday: Fri 4 h + Mon–Thu 32 h + Fri 4 h → Fri Dec 11 13:00 NY.
    expect(reviewWindow(utc('2026-12-04T18:00:00Z'), [ny], DEFAULT_REQUIREMENT.retro).closesAt).toBe(wall('America/New_York', 2026, 12, 11, 13));
  });

  it('across a clock change in Berlin only (Mar 29 2026; New York changed on Mar 8, Tokyo never)', () => {
    // Opens Fri Mar 27 14:00Z = 15:00 Berlin (CET, UTC+1) = 23:00 Tokyo (UTC+9).
    const opens = utc('2026-03-27T14:00:00Z');
    const w = reviewWindow(opens, [berlin, tokyo], oneDay);
    // Berlin: Fri 15–17 CET = 2 h; Mon Mar 30 09:00 CEST (UTC+2) + 6 h = 15:00 CEST = 13:00Z.
    // Tokyo: Mon Mar 30 09–17 JST = 00:00–08:00Z → ready Mon 08:00Z.
    expect(w.requiredAt).toBe(utc('2026-03-30T13:00:00Z'));
    expect(w.requiredAt).toBe(wall('Europe/Berlin', 2026, 3, 30, 15));
    // 13:00Z is 22:00 in Tokyo. Next starts: Tokyo Tue 00:00Z (02:00 Berlin, out), Berlin Tue 09:00 CEST = 07:00Z
    // (16:00 Tokyo, in). Ignoring the change would give 08:00Z.
    expect(w.closesAt).toBe(utc('2026-03-31T07:00:00Z'));
    // The change is found to the minute (01:00Z, when 02:00 CET became 03:00 CEST).
    expect(Math.abs(w.readers[0]!.clockChange! - utc('2026-03-29T01:00:00Z'))).toBeLessThanOrEqual(60_000);
    expect(w.readers[1]!.clockChange).toBeUndefined();
    expect(readerLines(w, style)).toEqual([
      'Ana (Berlin): 9:00 AM Tuesday, Mar 31 (clocks change in Berlin on Mar 29)',
      'Kenji (Tokyo): 4:00 PM Tuesday, Mar 31',
    ]);
    // New York, already on summer time, reports no change in the same window.
    expect(reviewWindow(opens, [ny], oneDay).readers[0]!.clockChange).toBeUndefined();
  });

  it('half-hour zones: Kolkata with Berlin, Adelaide with Kathmandu', () => {
    // Opens Mon Nov 30 06:00Z = 11:30 Kolkata (UTC+5:30) = 07:00 Berlin.
    // Kolkata: Mon 11:30–17:00 = 5.5 h, Tue 2.5 h → Tue 11:30 IST = 06:00Z. Berlin: Mon 8 h → 16:00Z Mon.
    const kolkata: Reader = { id: 'ravi', name: 'Ravi', timeZone: 'Asia/Kolkata' };
    const a = reviewWindow(utc('2026-11-30T06:00:00Z'), [kolkata, berlin], oneDay);
    expect(a.requiredAt).toBe(wall('Asia/Kolkata', 2026, 12, 1, 11, 30));
    // 06:00Z is 07:00 Berlin: moved to Berlin's start Tue 08:00Z = 13:30 Kolkata.
    expect(a.closesAt).toBe(utc('2026-12-01T08:00:00Z'));
    expect(readerLines(a, style)).toEqual(['Ravi (Kolkata): 1:30 PM Tuesday, Dec 1', 'Ana (Berlin): 9:00 AM Tuesday, Dec 1']);

    // Opens Mon Nov 30 00:00Z = 10:30 Adelaide (ACDT, UTC+10:30) = 05:45 Kathmandu (UTC+5:45).
    // Adelaide: Mon 6.5 h + Tue 1.5 h → Tue 10:30 ACDT = Tue 00:00Z. Kathmandu: Mon 9–17 → 11:15Z Mon.
    const adelaide: Reader = { id: 'mia', name: 'Mia', timeZone: 'Australia/Adelaide' };
    const kathmandu: Reader = { id: 'bina', name: 'Bina', timeZone: 'Asia/Kathmandu' };
    const b = reviewWindow(utc('2026-11-30T00:00:00Z'), [adelaide, kathmandu], oneDay);
    expect(b.requiredAt).toBe(utc('2026-12-01T00:00:00Z'));
    expect(b.requiredAt).toBe(wall('Australia/Adelaide', 2026, 12, 1, 10, 30));
    // 00:00Z is 05:45 Kathmandu: moved to Kathmandu's start Tue 09:00 = 03:15Z = 1:45 PM Adelaide.
    expect(b.closesAt).toBe(utc('2026-12-01T03:15:00Z'));
    expect(readerLines(b, style)).toEqual(['Mia (Adelaide): 1:45 PM Tuesday, Dec 1', 'Bina (Kathmandu): 9:00 AM Tuesday, Dec 1']);
  });

  it('an unknown zone is reported, never guessed; the window is computed for the readers who are known', () => {
    const sam: Reader = { id: 'sam', name: 'Sam' };
    const typo: Reader = { id: 'x', name: 'Xu', timeZone: 'Mars/Olympus' };
    const w = reviewWindow(utc('2026-11-30T08:00:00Z'), [berlin, sam, typo], twoDays);
    expect(w.unknown).toEqual([
      { reader: sam, reason: 'missing' },
      { reader: typo, reason: 'invalid' },
    ]);
    expect(w.readers.map((r) => r.reader.id)).toEqual(['ana']);
    // Berlin alone: Mon + Tue → Tue Dec 1 17:00 Berlin = 16:00Z.
    expect(w.closesAt).toBe(utc('2026-12-01T16:00:00Z'));
    expect(readerLines(w, style)).toEqual([
      'Ana (Berlin): 5:00 PM Tuesday, Dec 1',
      'Sam: 4:00 PM Tuesday, Dec 1 UTC (your time zone is not set yet)',
      'Xu: 4:00 PM Tuesday, Dec 1 UTC (your time zone is not set yet)',
    ]);
    // Nobody known: no close is invented.
    const none = reviewWindow(utc('2026-11-30T08:00:00Z'), [sam], twoDays);
    expect(none.closesAt).toBeUndefined();
    expect(none.unknown).toHaveLength(1);
  });

  it('rounds the close up to the quarter hour, never down', () => {
    // Opens Mon Nov 30 14:07 Berlin = 13:07Z; one working day → Tue 14:07 Berlin = 13:07Z → 13:15Z.
    const w = reviewWindow(utc('2026-11-30T13:07:00Z'), [berlin], oneDay);
    expect(w.requiredAt).toBe(utc('2026-12-01T13:07:00Z'));
    expect(w.closesAt).toBe(utc('2026-12-01T13:15:00Z'));
    expect(w.moved).toBe(false);
    expect(readerLines(w, style)).toEqual(['Ana (Berlin): 2:15 PM Tuesday, Dec 1']);
  });

  it('an alias zone (Asia/Calcutta) is valid; hours with no working day are reported, not looped on', () => {
    const alias = reviewWindow(utc('2026-11-30T06:00:00Z'), [{ id: 'r', name: 'R', timeZone: 'Asia/Calcutta' }], oneDay);
    expect(alias.closesAt).toBe(wall('Asia/Kolkata', 2026, 12, 1, 11, 30));
    const idle: Reader = { id: 'i', name: 'Ida', timeZone: 'Europe/Berlin', workingHours: { start: '09:00', end: '17:00', days: [] } };
    const w = reviewWindow(utc('2026-11-30T08:00:00Z'), [idle, ny], oneDay);
    expect(w.noHours).toEqual([idle]);
    expect(w.readers.map((r) => r.reader.id)).toEqual(['priya']);
    expect(() => reviewWindow(0, [ny], { unit: 'hours', amount: -1 })).toThrow(RangeError);
  });

  it('never closes before every reader has their hours, whatever the opening (every 193 minutes over two weeks across Europe’s clock change)', () => {
    const readers = [ny, berlin, tokyo, { id: 'ravi', name: 'Ravi', timeZone: 'Asia/Kolkata' }];
    // An independent count in 15-minute steps, reading each reader's wall clock with TZDate.
    const inHours = (zone: string, t: number) => {
      const d = new TZDate(t, zone);
      const minutes = d.getHours() * 60 + d.getMinutes();
      return d.getDay() >= 1 && d.getDay() <= 5 && minutes >= 540 && minutes < 1020;
    };
    for (let opens = utc('2026-03-20T00:00:00Z'); opens < utc('2026-04-03T00:00:00Z'); opens += 193 * 60_000) {
      const w = reviewWindow(opens, readers, oneDay);
      expect(w.closesAt!).toBeGreaterThanOrEqual(w.requiredAt!);
      expect(w.closesAt! - w.requiredAt!).toBeLessThanOrEqual(86_400_000);
      for (const r of w.readers) {
        let minutes = 0;
        for (let t = opens; t < w.closesAt!; t += 15 * 60_000) if (inHours(r.timeZone, t)) minutes += 15;
        expect(minutes).toBeGreaterThanOrEqual(480 - 15);
      }
    }
    // ~100 windows, each checked quarter hour by quarter hour with Intl: about 1 s alone, 5 s+ on a busy 2-core machine.
  }, 60_000);
});
