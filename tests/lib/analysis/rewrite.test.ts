/**
 * The rewrite is an edit of the writer's own words: greeting, sign-off and facts kept; the ask
 * first (several numbered); the deadline as each reader reads it; never a placeholder or an
 * invented line. A varied set: short pings, long updates, several questions, promises,
 * emergencies, other languages.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis/index';
import { wordDiff } from '@/lib/analysis/diff';
import type { Person } from '@/lib/analysis/types';
import { context } from './fixtures';

const rewrite = (text: string, recipients?: Person[]) => analyze(text, context(recipients ? { recipients } : {})).rewrite;
const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
const THREE: Person[] = [
  { name: 'Ana', timeZone: 'Europe/Berlin' },
  { name: 'Ken', timeZone: 'Asia/Tokyo' },
  { name: 'Priya', timeZone: 'Asia/Kolkata' },
];

/** Every word of the original is still there (deadline words excepted: they are restated). */
function expectEveryWordKept(original: string, rewritten: string, except: string[] = []): void {
  const pool = words(rewritten);
  for (const w of words(original)) {
    if (except.includes(w)) continue;
    const i = pool.indexOf(w);
    expect(i, `"${w}" kept`).toBeGreaterThanOrEqual(0);
    pool.splice(i, 1);
  }
}

function expectNoPlaceholder(text: string): void {
  expect(text).not.toMatch(/\[[^\]]*\]/);
}

describe('rewrite', () => {
  it('a short ping: the greeting and sign-off stay, the deadline is said in the reader’s time', () => {
    const out = rewrite('hey, can you send me the Q3 churn export by EOD? thx')!;
    expect(out).toBe(
      'hey,\n\nCan you send me the Q3 churn export by 5:00 PM Tue, Nov 24 your time (Berlin) — 11:00 AM Tue, Nov 24 my time (New York)?\n\nthx',
    );
    expectNoPlaceholder(out);
  });

  it('a long update with a buried ask: the ask comes first after the greeting, without its "Anyway,", every fact kept', () => {
    const text =
      'Hi Ana,\n\nI hope your week is going well. We had the quarterly planning session yesterday and a lot came up. The team spent most of the time on the roadmap and the hiring plan. Marketing raised the launch timing again, which took a while. Anyway, can you send me the final revenue numbers for Q3 by Thursday 3pm? Sam shared the draft agenda for the offsite, and people seemed happy with it.\n\nThanks,\nSam';
    const out = rewrite(text)!;
    expect(out.startsWith('Hi Ana,\n\nCan you send me the final revenue numbers for Q3 by 9:00 PM Thu, Nov 26 your time (Berlin) — 3:00 PM Thu, Nov 26 my time (New York)?')).toBe(true);
    expect(out.endsWith('Thanks,\nSam')).toBe(true);
    expect(out).not.toMatch(/anyway/i);
    expectEveryWordKept(text, out, ['anyway', 'thursday', '3pm', 'by']);
    expectNoPlaceholder(out);
  });

  it('several questions are numbered, in the writer’s order, after the greeting', () => {
    const text =
      'Hi all, a few questions on the launch plan. Is the press release approved? Who is covering support on Saturday? Do we have the final pricing for the EU? Can someone confirm the date with the partner team by Friday?\n\nCheers,\nLee';
    const out = rewrite(text, THREE)!;
    expect(out).toMatch(/^Hi all,\n\n1\. Is the press release approved\?\n2\. Who is covering support on Saturday\?\n3\. Do we have the final pricing for the EU\?\n4\. Can someone confirm the date with the partner team by /);
    // Three readers in three zones: one instant, each city named, never "your time".
    expect(out).toContain('Tokyo time (9:00 AM Fri, Nov 27 Berlin; 1:30 PM Fri, Nov 27 Kolkata) — 3:00 AM Fri, Nov 27 my time (New York)');
    expect(out).not.toContain('your time');
    expect(out.endsWith('Cheers,\nLee')).toBe(true);
  });

  it('every question of several is numbered, also one opening with "And" or holding "this weekend"', () => {
    const text = 'Can someone look at the staging deploy? Also is the release still on for Thursday? And who is covering on-call this weekend?';
    expect(rewrite(text)).toBe('1. Can someone look at the staging deploy?\n2. Is the release still on for Thursday?\n3. Who is covering on-call this weekend?');
  });

  it('an ask that points back ("can you send them") stays after what it points to; "confirm that the …" does not point back', () => {
    const back = rewrite('We finished the three vendor quotes yesterday after a long review. They are in the shared folder now. Can you send them to finance by Friday?', THREE)!;
    expect(back.indexOf('Can you send them')).toBeGreaterThan(back.indexOf('vendor quotes'));
    const clause = rewrite('The planning call ran long and we never got to the budget. Could you confirm that the Q1 budget is approved by Friday?', THREE)!;
    expect(clause.startsWith('Could you confirm that the Q1 budget is approved by')).toBe(true);
  });

  it('an ask about "the doc" named in a sentence before it stays after that sentence; one about a thing named nowhere before moves up', () => {
    const named = rewrite('Hi Ana, Legal sent back the revised vendor contract doc yesterday with changes to clause 7. The total is now $4.2M. Can you take a look at the doc by Friday? Thanks, Sam', THREE)!;
    expect(named.indexOf('Can you take a look at the doc')).toBeGreaterThan(named.indexOf('Legal sent back the revised vendor contract doc'));
    const fresh = rewrite('Hi Ana, we moved billing to the new cluster last month. Errors doubled in the EU region. Anyway, can you approve the rollback plan in ticket FIN-221 by Thursday 3pm? Thanks, Sam', THREE)!;
    expect(fresh.indexOf('Can you approve the rollback plan')).toBeLessThan(fresh.indexOf('We moved billing'));
  });

  it('a message already numbered keeps one number per question, and the sentences after them', () => {
    const text = "1. Can you fix the doc before the review?\n2. Did legal sign off on the FAQ?\n- Who owns the status page? I'll send the final numbers by Friday.";
    const out = rewrite(text)!;
    expect(out.startsWith('1. Can you fix the doc before the review?\n2. Did legal sign off on the FAQ?\n3. Who owns the status page?')).toBe(true);
    expect(out).not.toMatch(/\d\.\s+\d\./);
    expect(out).toContain("I'll send the final numbers by Friday");
  });

  it('a lead-in to the questions stays right before them', () => {
    const text = "Hi all,\n\nA few questions on the Q3 report:\n1. Did legal sign off on the FAQ?\n2. Who owns the status page?\n3. Can we drop the appendix?\n\nI'll send the final numbers by Friday.\n\nThanks,\nSam";
    const out = rewrite(text)!;
    expect(out).toContain('A few questions on the Q3 report:\n1. Did legal sign off on the FAQ?\n2. Who owns the status page?\n3. Can we drop the appendix?');
    expect(out).toContain("\n\nI'll send the final numbers by Friday");
  });

  it('an ask moved up from between two paragraphs leaves them two paragraphs', () => {
    const text =
      'Hi team,\n\nThe board met on Monday and the budget passed. Costs are flat and hiring is on track for the spring, as planned.\n\nCan you send me your team plans by Friday? Marketing has the new launch date and the press kit is nearly done. Sam is out next week.\n\nThanks,\nLea';
    const out = rewrite(text, THREE)!;
    expect(out).toContain('as planned.\n\nMarketing has the new launch date');
  });

  it('a promise: the writer’s day is spelled out, nothing else is changed or added', () => {
    expect(rewrite("I'll send the revised contract tomorrow.")).toBe("I'll send the revised contract tomorrow (Tue, Nov 24).");
  });

  it('a promise names the writer’s day, not the day the reader’s end of it falls on in the writer’s zone', () => {
    // Berlin writes to Chicago on Mon Nov 23: Friday 5 PM in Chicago is Saturday 00:00 in Berlin; the promise is for Friday.
    const ctx = context({ sender: { name: 'Lea', timeZone: 'Europe/Berlin', locale: 'en-US' }, recipients: [{ name: 'Joe', timeZone: 'America/Chicago' }] });
    expect(analyze("I'll have the draft ready by Friday.", ctx).rewrite).toBe("I'll have the draft ready by Friday (Fri, Nov 27).");
  });

  it('an emergency: the ask first, no polite closing added', () => {
    const out = rewrite('Checkout is down for every customer since the 14:05 deploy. Can someone roll back now?')!;
    expect(out).toBe('Can someone roll back now?\n\nCheckout is down for every customer since the 14:05 deploy.');
  });

  it('context the ask depends on stays before it ("check them")', () => {
    const text = 'Hi Ken, the numbers on slide 4 of the board deck do not match the ledger. Could you check them and update the slide by EOD? I can send the export if it helps. Thanks, Sam';
    const out = rewrite(text, [{ name: 'Ken', timeZone: 'Asia/Tokyo' }])!;
    expect(out.indexOf('the numbers on slide 4'.replace('the', 'The'))).toBeLessThan(out.indexOf('Could you check them'));
    expect(out).toContain('by 5:00 PM Tue, Nov 24 your time (Tokyo) — 3:00 AM Tue, Nov 24 my time (New York)');
    expect(out.endsWith('I can send the export if it helps.\n\nThanks, Sam')).toBe(true);
  });

  it('another language is left alone', () => {
    expect(rewrite('Hola Ana, ¿puedes enviarme el informe mañana? Gracias')).toBeNull();
    expect(rewrite('Bonjour Marc, peux-tu relire le contrat avant vendredi ? Merci')).toBeNull();
  });

  it('an unknown reader: the sender’s city is named, never a guessed zone', () => {
    const out = rewrite('Please fix the report by EOD.', [{ name: 'Bo', email: 'bo@example.com' }])!;
    expect(out).toBe('Please fix the report by 5:00 PM Mon, Nov 23 my time (New York).');
  });

  it('never invents: a problem with no ask gets no made-up ask, and nothing to improve gives no rewrite', () => {
    expect(rewrite('Hi Jordan, the contract you drafted for Nordwind still lists the old payment terms (net 60). Cheers, Sam')).toBeNull();
    expect(rewrite('Please review the contract for Nordwind ASAP.')).toBeNull();
    expect(rewrite('Migration done, no downtime. The old cluster goes on Friday unless someone objects.\n\nBest,\nMaria')).toBeNull();
  });

  it('no rewrite ever holds a bracketed placeholder', () => {
    for (const text of ['Please fix the report.', 'FYI the numbers look off.', 'Can you look at this?', 'Thoughts?', 'Can you update the deck ASAP?']) {
      const out = rewrite(text);
      if (out) expectNoPlaceholder(out);
    }
  });

  it('keeps the writer’s deadline words when no recipient is known', () => {
    const text = 'The terms changed. Could you send a clean copy by Wednesday 5pm CET?';
    const out = analyze(text, context({ recipients: [] })).rewrite!;
    expect(out).toBe('Could you send a clean copy by Wednesday 5pm CET?\n\nThe terms changed.');
  });

  it('leaves a bare greeting or acknowledgement to its own rule', () => {
    expect(rewrite('Hi Ana!')).toBeNull();
    expect(rewrite('Okay.')).toBeNull();
  });
});

describe('wordDiff', () => {
  it('marks what goes and what comes, word by word, and rebuilds both texts', () => {
    const before = 'Please fix the report by EOD.';
    const after = 'Please fix the report by 5:00 PM Tue, Nov 24 your time (Berlin).';
    const parts = wordDiff(before, after);
    expect(parts.filter((p) => p.op !== 'add').map((p) => p.text).join('')).toBe(before);
    expect(parts.filter((p) => p.op !== 'del').map((p) => p.text).join('')).toBe(after);
    expect(parts.find((p) => p.op === 'del')?.text).toBe('EOD');
  });
});
