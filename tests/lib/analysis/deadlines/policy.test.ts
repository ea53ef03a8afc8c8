/** The deadline policy: each warning of DEADLINES.md, several recipients, unknown zones, clock changes. */
import { describe, expect, it } from 'vitest';
import { findDeadlines } from '@/lib/analysis/deadlines';
import type { AnalysisContext, Person } from '@/lib/analysis/types';

const monday14NY = Date.parse('2026-11-23T19:00:00Z');
const ana: Person = { name: 'Ana Weber', timeZone: 'Europe/Berlin' };
const raj: Person = { name: 'Raj', timeZone: 'Asia/Kolkata' };
const lee: Person = { name: 'Lee', timeZone: 'America/Los_Angeles' };

function context(recipients: Person[], now = monday14NY, sender: AnalysisContext['sender'] = { timeZone: 'America/New_York', locale: 'en-US' }): AnalysisContext {
  return { now, sender, recipients, host: 'cli' };
}

function codes(text: string, ctx: AnalysisContext): string[] {
  return findDeadlines(text, ctx).flatMap((d) => d.warnings.map((w) => w.code));
}

describe('reading phrases for a recipient', () => {
  it.each([
    ['by COB tomorrow', '2026-11-24T16:00:00Z'],
    ['end of day tomorrow', '2026-11-24T16:00:00Z'],
    ['Thursday EOD', '2026-11-26T16:00:00Z'],
    ['by close of business Wednesday', '2026-11-25T16:00:00Z'],
    ['by EOM', '2026-11-30T16:00:00Z'],
    ['first thing tomorrow', '2026-11-24T08:00:00Z'],
    ['can you send it tomorrow morning?', '2026-11-24T08:00:00Z'],
    ['by Friday noon', '2026-11-27T11:00:00Z'],
    ['by tomorrow 3pm', '2026-11-24T20:00:00Z'],
    ['by 10am your time tomorrow', '2026-11-24T09:00:00Z'],
    ['by 3pm CET Friday', '2026-11-27T14:00:00Z'],
    ['by 9am PT tomorrow', '2026-11-24T17:00:00Z'],
    ['in 2 hours', '2026-11-23T21:00:00Z'],
    ['within 3 days', '2026-11-26T19:00:00Z'],
    ['please send it Nov 30', '2026-11-30T16:00:00Z'],
    ['please send it by the 15th', '2026-12-15T16:00:00Z'],
  ])('%s → %s', (text, due) => {
    const [d] = findDeadlines(text, context([ana]));
    expect(d?.due).toBe(Date.parse(due));
  });

  it('"EOD my time" is the end of the sender\'s day; "COB PT" the end of the day in Los Angeles', () => {
    expect(findDeadlines('by EOD my time', context([ana]))[0]?.due).toBe(Date.parse('2026-11-23T22:00:00Z'));
    expect(findDeadlines('by COB PT tomorrow', context([ana]))[0]?.due).toBe(Date.parse('2026-11-25T01:00:00Z'));
  });

  it('"next Monday 9am your time" reads 9am in Ana\'s zone', () => {
    const [d] = findDeadlines('by next Monday 9am your time', context([ana]));
    expect(d?.due).toBe(Date.parse('2026-11-30T08:00:00Z'));
    expect(d?.warnings.map((w) => w.code)).toContain('ambiguous');
  });

  it('does not take a greeting or a report for a deadline', () => {
    expect(findDeadlines('Good morning Ana!', context([ana]))).toEqual([]);
    expect(findDeadlines('I sent it yesterday.', context([ana]))).toEqual([]);
    expect(findDeadlines('We met on Friday and it went well.', context([ana]))).toEqual([]);
    expect(findDeadlines('If you have questions, please call us at 1-800-548-9554.', context([ana]))).toEqual([]);
    expect(findDeadlines('Could you give me a call when you get a minute?', context([ana])).map((d) => d.kind)).toEqual(['vague']);
    expect(findDeadlines('What is the address of the HR website?', context([ana]))).toEqual([]);
    expect(findDeadlines('Can we move now to the next topic?', context([ana]))).toEqual([]);
  });

  it('end of week uses the recipient\'s own last working day', () => {
    const sundayToThursday: Person = { name: 'Omar', timeZone: 'Asia/Dubai', workingHours: { start: '08:00', end: '16:00', days: [1, 2, 3, 4, 7] } };
    const [d] = findDeadlines('by end of week', context([sundayToThursday]));
    expect(d?.due).toBe(Date.parse('2026-11-26T12:00:00Z'));
  });
});

describe('warnings', () => {
  it('outside hours proposes the nearest in-hours time', () => {
    const [d] = findDeadlines('by 7am tomorrow', context([ana]));
    // 7am New York = 13:00 Berlin: inside. 2am New York = 08:00 Berlin: outside, nearest is 09:00.
    expect(d?.warnings.map((w) => w.code)).not.toContain('outside-hours');
    const [early] = findDeadlines('by 2am tomorrow', context([ana]));
    const outside = early?.warnings.find((w) => w.code === 'outside-hours');
    expect(outside?.alternative?.due).toBe(Date.parse('2026-11-24T08:00:00Z'));
  });

  it('a deadline on the recipient\'s weekend warns and proposes Friday\'s end of day', () => {
    const [d] = findDeadlines('by Saturday 11am', context([ana]));
    const weekend = d?.warnings.find((w) => w.code === 'weekend');
    expect(weekend?.message).toContain("Ana's weekend");
    expect(weekend?.alternative?.due).toBe(Date.parse('2026-11-27T16:00:00Z'));
  });

  it("a name ending in s takes an apostrophe alone: James' weekend, Readers' weekend", () => {
    for (const name of ['James', 'Readers']) {
      const [d] = findDeadlines('by Saturday 11am', context([{ ...ana, name }]));
      expect(d?.warnings.find((w) => w.code === 'weekend')?.message).toContain(`${name}' weekend`);
    }
  });

  it('evening and tonight always warn', () => {
    expect(codes('can you look at it this evening?', context([{ ...ana, timeZone: 'America/New_York', workingHours: { start: '09:00', end: '20:00', days: [1, 2, 3, 4, 5] } }]))).toContain('outside-hours');
  });

  it('too little notice names the working hours it leaves', () => {
    const tenBerlin = Date.parse('2026-11-24T09:00:00Z');
    const [d] = findDeadlines('by 10:30am my time', context([ana], tenBerlin));
    // 10:30 New York = 16:30 Berlin, 6.5 working hours away: fine.
    expect(d?.warnings.map((w) => w.code)).not.toContain('short-notice');
    const [soon] = findDeadlines('by 5:30am', context([ana], tenBerlin));
    const short = soon?.warnings.find((w) => w.code === 'short-notice');
    expect(short?.message).toBe('This gives Ana 1.5 working hours');
    expect(short?.alternative?.due).toBe(Date.parse('2026-11-24T16:00:00Z'));
  });

  it('the notice threshold is configurable', () => {
    const tenBerlin = Date.parse('2026-11-24T09:00:00Z');
    const [d] = findDeadlines('by 5:30am', context([ana], tenBerlin), { minNoticeHours: 1 });
    expect(d?.warnings.map((w) => w.code)).not.toContain('short-notice');
  });

  it('an unknown zone is said, never guessed silently', () => {
    const [d] = findDeadlines('by EOD Thursday', context([{ name: 'Kim', email: 'kim@example.com' }]));
    expect(d?.perRecipient[0]?.zoneKnown).toBe(false);
    expect(d?.perRecipient[0]?.local).toBeUndefined();
    expect(d?.warnings[0]).toMatchObject({ code: 'unknown-zone' });
    expect(d?.warnings[0]?.message).toContain("Kim's time zone is unknown — set it");
    expect(d?.phrase).toBe('by 5:00 PM Thu, Nov 26 my time (New York)');
  });

  it("an unknown reader's hours, weekend and notice are not judged from a guessed zone", () => {
    const kim: Person = { name: 'Kim', email: 'kim@example.com' };
    // 3pm IST Wednesday is 4:30 AM in New York (the sender's zone): outside hours there, but Kim's
    // zone is unknown, so nothing is said about Kim's hours; the same for a Saturday or short notice.
    for (const text of ['by 3pm IST on Wednesday', 'by Saturday 10am', 'by 3pm today']) {
      const found = codes(text, context([kim]));
      expect(found, text).toContain('unknown-zone');
      expect(found, text).not.toContain('outside-hours');
      expect(found, text).not.toContain('weekend');
      expect(found, text).not.toContain('short-notice');
    }
    // A passed instant is passed for everyone, and is said in the writer's own time.
    const [d] = findDeadlines('by 9am today', context([kim]));
    const passed = d?.warnings.find((w) => w.code === 'passed');
    expect(passed?.message).toBe('This has already passed: 9:00 AM Mon, Nov 23 (New York)');
    expect(passed?.alternative?.phrase).toContain('my time (New York)');
  });

  it('an invalid zone gives a clear warning, not a throw', () => {
    const [d] = findDeadlines('by EOD Thursday', context([{ name: 'Kim', timeZone: 'Europe/Atlantis' }]));
    expect(d?.warnings[0]?.code).toBe('invalid-zone');
    expect(d?.warnings[0]?.message).toContain('Europe/Atlantis');
    const [s] = findDeadlines('by EOD Thursday', context([ana], monday14NY, { timeZone: 'Not/AZone' }));
    expect(s?.warnings.map((w) => w.code)).toContain('invalid-zone');
  });

  it('"next Friday" and numeric dates are flagged ambiguous with the date spelled out', () => {
    const [next] = findDeadlines('by next Friday', context([ana]));
    expect(next?.warnings[0]?.message).toBe('"next Friday" read as Friday, Dec 4; some readers take it as Friday, Nov 27');
    const [numeric] = findDeadlines('please send it by 12/03', context([ana]));
    expect(numeric?.due).toBe(Date.parse('2026-12-03T16:00:00Z'));
    expect(numeric?.warnings[0]?.message).toContain('Thursday, Dec 3');
    const [british] = findDeadlines('please send it by 12/03', context([ana], monday14NY, { timeZone: 'Europe/London', locale: 'en-GB' }));
    expect(british?.warnings[0]?.message).toContain('12 Mar');
  });
});

describe('the weekend', () => {
  it('"this weekend" is ambiguous and on Ana\'s weekend; Friday\'s end of day is proposed', () => {
    const [d] = findDeadlines('can you finish it this weekend?', context([ana]));
    expect(d?.warnings.map((w) => w.code)).toEqual(['ambiguous', 'weekend']);
    expect(d?.warnings[0]?.message).toContain('Saturday, Nov 28');
    expect(d?.choices.map((c) => c.replacement)).toEqual(['by 5:00 PM Fri, Nov 27 your time (Berlin) — 11:00 AM Fri, Nov 27 my time (New York)']);
  });

  it('"by the weekend" is the end of the week, no warning', () => {
    const [d] = findDeadlines('send it by the weekend', context([ana]));
    expect(d?.due).toBe(Date.parse('2026-11-27T16:00:00Z'));
    expect(d?.warnings).toEqual([]);
  });
});

describe('several recipients', () => {
  it('resolves for each, names the earliest end of day and lists everyone\'s local time', () => {
    const [d] = findDeadlines('by EOD Thursday', context([lee, ana, raj]));
    expect(d?.perRecipient.map((p) => p.local)).toEqual(['5:00 PM Thu, Nov 26 (Los Angeles)', '5:00 PM Thu, Nov 26 (Berlin)', '5:00 PM Thu, Nov 26 (Kolkata)']);
    expect(d?.due).toBe(Date.parse('2026-11-26T11:30:00Z'));
    expect(d?.phrase).toBe('by 5:00 PM Thu, Nov 26 Kolkata time (3:30 AM Thu, Nov 26 Los Angeles; 12:30 PM Thu, Nov 26 Berlin) — 6:30 AM Thu, Nov 26 my time (New York)');
  });

  it('offers choices for "ASAP" in the time of whoever\'s day ends first', () => {
    const [d] = findDeadlines('ASAP', context([lee, ana]));
    expect(d?.choices[0]?.replacement).toBe('by 12:00 PM Mon, Nov 23 Los Angeles time (9:00 PM Mon, Nov 23 Berlin) — 3:00 PM Mon, Nov 23 my time (New York)');
  });

  it('warns per recipient: passed for Ana; for Lee, and for Raj whose Tuesday has begun, EOD is still ahead', () => {
    const [d] = findDeadlines('by EOD', context([lee, ana, raj]));
    expect(d?.perRecipient.map((p) => p.warnings.map((w) => w.code))).toEqual([[], ['passed'], []]);
    // A bare "EOD" is the end of the recipient's own working day: 00:30 Tuesday in Kolkata → Tuesday 17:00.
    expect(d?.perRecipient[2]?.due).toBe(Date.parse('2026-11-24T11:30:00Z'));
  });
});

describe('clock changes in between', () => {
  it('says when clocks change in the recipient\'s zone before the deadline', () => {
    const march = Date.parse('2026-03-23T14:00:00Z');
    const [d] = findDeadlines('by April 1', context([ana], march));
    expect(d?.warnings.map((w) => w.message)).toContain('Clocks change in Berlin on Mar 29');
    expect(d?.due).toBe(Date.parse('2026-04-01T15:00:00Z'));
  });

  it('a deadline across New York\'s Nov 1 change keeps the wall time', () => {
    const october = Date.parse('2026-10-30T14:00:00Z');
    const [d] = findDeadlines('by Monday 3pm', context([], october));
    expect(d?.due).toBe(Date.parse('2026-11-02T20:00:00Z'));
    expect(d?.warnings.map((w) => w.message)).toContain('Clocks change in New York on Nov 1');
  });

  it('EOD for Lord Howe, Chatham, Kathmandu and St John\'s lands at 17:00 their time', () => {
    const now = Date.parse('2026-10-01T00:00:00Z');
    const zones = ['Australia/Lord_Howe', 'Pacific/Chatham', 'Asia/Kathmandu', 'America/St_Johns'];
    const [d] = findDeadlines('by EOD Monday', context(zones.map((timeZone) => ({ name: timeZone, timeZone })), now));
    expect(d?.perRecipient.map((p) => new Date(p.due!).toISOString())).toEqual([
      '2026-10-05T06:00:00.000Z', // Lord Howe +11:00 after Oct 4
      '2026-10-05T03:15:00.000Z', // Chatham +13:45
      '2026-10-05T11:15:00.000Z', // Kathmandu +05:45
      '2026-10-05T19:30:00.000Z', // St John's −02:30
    ]);
  });
});

describe('one context, many texts (deadlineReader keeps what the policy works out per context)', () => {
  it('reads every text as findDeadlines does alone, in any order, with any notice', async () => {
    const { deadlineReader } = await import('@/lib/analysis/deadlines');
    const texts = ['Need this ASAP.', 'Please send it by 10am today.', 'Please send it by Saturday 3pm.', 'Can you review it by 3pm tomorrow?', 'Please reply by EOD.', 'Need it soon.'];
    const ctxs = [context([ana, raj]), context([ana, raj, lee]), context([ana, { name: 'Zed' }, raj]), context([lee]), context([])];
    for (const ctx of ctxs) {
      for (const options of [undefined, { minNoticeHours: 6 }, { minNoticeHours: 1 }]) {
        const read = deadlineReader(ctx, options);
        for (const text of [...texts, ...[...texts].reverse()]) expect(read(text), `${text} ${JSON.stringify(options)}`).toEqual(findDeadlines(text, ctx, options));
      }
    }
  });

  it('gives each deadline its own arrays, so changing one changes no other', async () => {
    const { deadlineReader } = await import('@/lib/analysis/deadlines');
    const read = deadlineReader(context([ana, raj]));
    const [first] = read('Need this ASAP.');
    first!.choices.pop();
    first!.warnings.push({ code: 'passed', message: 'x' });
    first!.perRecipient.pop();
    expect(read('Need this ASAP.')).toEqual(findDeadlines('Need this ASAP.', context([ana, raj])));
  });

  it('a passed deadline for a mixed audience proposes the earliest end of day that suits everyone, for each context', () => {
    const [d] = findDeadlines('Please send it by 10am today.', context([ana, raj], monday14NY + 24 * 3_600_000));
    const [e] = findDeadlines('Please send it by 10am today.', context([ana, raj]));
    const passed = (x: typeof d) => x!.perRecipient.flatMap((p) => p.warnings).find((w) => w.code === 'passed')?.alternative?.due;
    expect(passed(d)).toBeDefined();
    expect(passed(d)).not.toBe(passed(e));
  });
});

describe('applyPolicy with a shared Audience', () => {
  it('answers as with a fresh one, whatever notice each call asks for and whichever context it was made for', async () => {
    const { applyPolicy, Audience } = await import('@/lib/analysis/deadlines/policy');
    const { readTimes } = await import('@/lib/analysis/deadlines/compose');
    const ctx = context([ana, raj]);
    const shared = new Audience(ctx);
    const other = new Audience(context([ana, lee]));
    for (const text of ['by 10am today', 'by Saturday 3pm', 'by 3pm tomorrow', 'by 9am Wednesday']) {
      const [reading] = readTimes(text, { now: ctx.now, timeZone: ctx.sender.timeZone });
      for (const minNoticeHours of [1, 12, 2, 30]) {
        const fresh = applyPolicy(text, 0, text.length, reading!, ctx, { minNoticeHours });
        expect(applyPolicy(text, 0, text.length, reading!, ctx, { minNoticeHours }, shared), `${text} ${minNoticeHours}`).toEqual(fresh);
        expect(applyPolicy(text, 0, text.length, reading!, ctx, { minNoticeHours }, other), `${text} ${minNoticeHours}`).toEqual(fresh);
      }
    }
  });
});
