/**
 * The text of every fix (issue 13): each fix leaves text that is right to send — zones named,
 * nothing in brackets, nothing that changes nothing, no time already passed — and applying it
 * (twice, even) does not bring the same span back with an equal fix.
 * Context: Mon 2026-11-23 14:00 in New York = 20:00 in Berlin (DEADLINES.md's worked examples).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis/index';
import { answered } from '@/lib/analysis/rule';
import type { AnalysisContext, Finding, Fix, Person } from '@/lib/analysis/types';
import { NOW, context } from './fixtures';

const ANA: Person[] = [{ name: 'Ana', timeZone: 'Europe/Berlin' }];
const THREE: Person[] = [
  { name: 'Ana', timeZone: 'Europe/Berlin' },
  { name: 'Ken', timeZone: 'Asia/Tokyo' },
  { name: 'Priya', timeZone: 'Asia/Kolkata' },
];
const UNKNOWN: Person[] = [{ name: 'Bo', email: 'bo@example.com' }];

const ctxFor = (recipients: Person[], over: Partial<AnalysisContext> = {}) => context({ recipients, ...over });
const fixesOf = (rule: string, text: string, ctx = ctxFor(ANA)): Fix[] => analyze(text, ctx).findings.filter((f) => f.rule === rule).flatMap((f) => f.fixes);

/** The text after a fix: its smallest edit, or the answer to its question. */
function apply(text: string, fix: Fix, answer = 'the Q3 board deck'): string {
  if (fix.ask) return text.slice(0, fix.start) + answered(fix, answer) + text.slice(fix.end);
  const edit = fix.edits![0]!;
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

function inserted(text: string, fix: Fix): string {
  return fix.edits![0]!.text;
}

/** Every fix of every finding: no placeholder, no no-op. */
function expectSendable(text: string, findings: Finding[]): void {
  for (const f of findings) {
    for (const fix of f.fixes) {
      if (!fix.ask) expect(fix.replacement, `${f.rule}: ${fix.label}`).not.toMatch(/\[[^\]]*\]/);
      if (fix.ask) {
        expect(`${fix.ask.before}${fix.ask.after}`).not.toMatch(/\[|\]/);
        continue;
      }
      expect(fix.edits!.length, `${f.rule}: ${fix.label} changes something`).toBeGreaterThan(0);
      expect(apply(text, fix)).not.toBe(text);
    }
  }
}

describe('deadline fixes name the zone', () => {
  it('one reader: her city, her local time, and mine with its day and city', () => {
    const text = 'Can you send the Q3 deck ASAP?';
    const fixes = fixesOf('vague-deadline', text);
    expect(fixes.map((f) => inserted(text, f))).toEqual([
      'by 12:00 PM Tue, Nov 24 your time (Berlin) — 6:00 AM Tue, Nov 24 my time (New York)',
      'by 5:00 PM Tue, Nov 24 your time (Berlin) — 11:00 AM Tue, Nov 24 my time (New York)',
      'by 5:00 PM Wed, Nov 25 your time (Berlin) — 11:00 AM Wed, Nov 25 my time (New York)',
    ]);
  });

  it('three readers in three zones: one instant inside everyone’s hours, each city named, never "your time"', () => {
    const text = 'Can you send the Q3 deck ASAP?';
    const fixes = fixesOf('vague-deadline', text, ctxFor(THREE));
    expect(fixes.length).toBeGreaterThan(0);
    for (const fix of fixes) {
      const words = inserted(text, fix);
      expect(words).not.toContain('your time');
      for (const city of ['Berlin', 'Tokyo', 'Kolkata', 'New York']) expect(words).toContain(city);
    }
    expect(inserted(text, fixes[0]!)).toBe(
      'by 5:00 PM Wed, Nov 25 Tokyo time (9:00 AM Wed, Nov 25 Berlin; 1:30 PM Wed, Nov 25 Kolkata) — 3:00 AM Wed, Nov 25 my time (New York)',
    );
    // Applied, it is a deadline no reader gets a warning about.
    const fixed = apply(text, fixes[0]!);
    expect(analyze(fixed, ctxFor(THREE)).findings).toEqual([]);
  });

  it('an unknown reader: the sender’s city in the text, never a guessed zone', () => {
    const text = 'Can you send the Q3 deck ASAP?';
    const fixes = fixesOf('vague-deadline', text, ctxFor(UNKNOWN));
    expect(fixes.map((f) => inserted(text, f))).toEqual([
      'by 5:00 PM Mon, Nov 23 my time (New York)',
      'by 5:00 PM Tue, Nov 24 my time (New York)',
    ]);
    // The deadline says the zone is unknown: the card asks for it.
    expect(analyze(text, ctxFor(UNKNOWN)).deadlines[0]!.perRecipient[0]!.zoneKnown).toBe(false);
  });

  it('a passed end of day proposes the next one, replacing only "EOD"; applied twice, nothing stacks', () => {
    const text = 'Please update the Q3 summary table by EOD.';
    const [fix] = fixesOf('deadline-warning', text);
    expect(fix!.edits).toEqual([{ start: text.indexOf('EOD'), end: text.indexOf('EOD') + 3, text: '5:00 PM Tue, Nov 24 your time (Berlin) — 11:00 AM Tue, Nov 24 my time (New York)' }]);
    const once = apply(text, fix!);
    expect(once).toBe('Please update the Q3 summary table by 5:00 PM Tue, Nov 24 your time (Berlin) — 11:00 AM Tue, Nov 24 my time (New York).');
    const again = analyze(once, ctxFor(ANA));
    // One deadline (the restatement belongs to it), no finding, so nothing can stack.
    expect(again.deadlines).toHaveLength(1);
    expect(again.deadlines[0]!.text).toBe('by 5:00 PM Tue, Nov 24 your time (Berlin) — 11:00 AM Tue, Nov 24 my time (New York)');
    expect(again.findings).toEqual([]);
  });

  it('a passed end of day for three readers: the earliest coming end of day that fits everyone', () => {
    const text = 'Please update the Q3 summary table by EOD.';
    const [fix] = fixesOf('deadline-warning', text, ctxFor(THREE));
    const once = apply(text, fix!);
    expect(once).toContain('Tokyo time (9:00 AM Wed, Nov 25 Berlin; 1:30 PM Wed, Nov 25 Kolkata) — 3:00 AM Wed, Nov 25 my time (New York)');
    expect(analyze(once, ctxFor(THREE)).findings).toEqual([]);
  });

  it('no fix points at a time that has passed', () => {
    const text = 'Please update the Q3 summary table by EOD.';
    for (const fix of fixesOf('deadline-warning', text)) {
      expect(inserted(text, fix)).not.toContain('Mon, Nov 23');
    }
  });

  it('an explicit deadline in the reader’s zone is information: no finding, no fix', () => {
    expect(analyze('Please fix the Q3 report by 3 PM Berlin time on Thursday, Dec 3.', ctxFor(ANA)).findings).toEqual([]);
  });

  it('an appointment keeps "at"', () => {
    const text = 'Can we meet at 3pm on Friday?';
    const fixes = analyze(text, ctxFor(ANA)).deadlines.flatMap((d) => d.choices.map((c) => c.replacement));
    for (const words of fixes) expect(words.startsWith('at ')).toBe(true);
  });
});

describe('fixes that only the writer can complete ask in the card', () => {
  it('missing deadline: concrete choices, or "By when?" with the answer after "by"', () => {
    const text = 'Please send me the signed Q3 contract.';
    const fixes = fixesOf('missing-deadline', text);
    expect(fixes.slice(0, -1).map((f) => inserted(text, f))).toEqual([
      ' by 12:00 PM Tue, Nov 24 your time (Berlin) — 6:00 AM Tue, Nov 24 my time (New York)',
      ' by 5:00 PM Tue, Nov 24 your time (Berlin) — 11:00 AM Tue, Nov 24 my time (New York)',
      ' by 5:00 PM Wed, Nov 25 your time (Berlin) — 11:00 AM Wed, Nov 25 my time (New York)',
    ]);
    const ask = fixes[fixes.length - 1]!;
    expect(ask.ask?.question).toBe('By when?');
    expect(apply(text, ask, 'Friday 3pm')).toBe('Please send me the signed Q3 contract by Friday 3pm.');
  });

  it('missing ask: "Thoughts?" asks what they should do; a bare meeting asks what about; a problem asks for the ask', () => {
    const thoughts = fixesOf('missing-ask', 'Here is the new onboarding flow. Any thoughts?');
    expect(thoughts[0]!.ask?.question).toBe('What should they tell you or do?');
    expect(apply('Here is the new onboarding flow. Any thoughts?', thoughts[0]!, 'approve it as is or tell me what to change')).toBe(
      'Here is the new onboarding flow. Any thoughts? Could you approve it as is or tell me what to change?',
    );
    const chat = fixesOf('missing-ask', 'Can we chat?');
    expect(apply('Can we chat?', chat[0]!, 'the Q3 budget for 15 minutes')).toBe('Can we chat about the Q3 budget for 15 minutes?');
    const problem = fixesOf('missing-ask', 'FYI the numbers look off.');
    expect(apply('FYI the numbers look off.', problem[0]!, 'check the March column against the ledger by Friday')).toBe(
      'FYI the numbers look off. Could you check the March column against the ledger by Friday?',
    );
  });

  it('no hello: asks for the question and puts it after the greeting', () => {
    const [fix] = fixesOf('no-hello', 'Hey, got a minute?');
    expect(fix!.ask?.question).toBe('What is your question?');
    expect(apply('Hey, got a minute?', fix!, 'Can you review the pricing page copy by Friday?')).toBe('Hey, got a minute? Can you review the pricing page copy by Friday?');
    // A greeting with no punctuation of its own gets a colon before the question.
    const [quick] = fixesOf('no-hello', 'Hi Ana, quick question');
    expect(apply('Hi Ana, quick question', quick!, 'Which revenue figure should we use for EMEA?')).toBe('Hi Ana, quick question: Which revenue figure should we use for EMEA?');
  });

  it('cold ack: a warm reply as is, or a question for what comes next', () => {
    const fixes = fixesOf('cold-ack', 'Okay.');
    expect(apply('Okay.', fixes[0]!)).toBe('Sounds good, thanks for letting me know.');
    expect(apply('Okay.', fixes[1]!, 'update the deck by 3pm')).toBe('Got it, thanks! I will update the deck by 3pm.');
  });

  it('placeholder: asks what goes there and replaces it', () => {
    const text = 'The launch date is [TBD], I will confirm.';
    const [fix] = fixesOf('placeholder', text);
    expect(apply(text, fix!, 'Dec 3')).toBe('The launch date is Dec 3, I will confirm.');
  });
});

describe('fixes that move or number keep the message in order', () => {
  it('"Copy the ask to the top" inserts it after the greeting as its own paragraph, without its "Anyway,"', () => {
    const text =
      'Hi Ana, I hope your week is going well. We had the quarterly planning session yesterday and a lot came up. The team spent most of the time on the roadmap and the hiring plan. Marketing raised the launch timing again, which took a while. Anyway, can you send me the final revenue numbers for Q3 by Thursday 3pm? There was also a long discussion of the offsite, which we will pick up next week. Sam shared the draft agenda, and people seemed happy with it overall.';
    const [fix] = fixesOf('buried-ask', text);
    const out = apply(text, fix!);
    expect(out.startsWith('Hi Ana,\n\nCan you send me the final revenue numbers for Q3 by Thursday 3pm?\n\nI hope your week is going well.')).toBe(true);
    // Only what it adds is written: the writer's words from the greeting to the end are all still there.
    expect(fix!.edits).toHaveLength(1);
    expect(fix!.edits![0]!.end - fix!.edits![0]!.start).toBeLessThanOrEqual(1);
    expect(out.replace('\n\nCan you send me the final revenue numbers for Q3 by Thursday 3pm?\n\n', ' ')).toBe(text);
    // Applied, the ask is first: the message is no longer flagged.
    expect(fixesOf('buried-ask', out)).toEqual([]);
  });

  it('"Copy the ask to the top" after an inline greeting capitalises the next word and retypes nothing else', () => {
    const text =
      'Hey all, quick update from the planning call. The team spent most of the time on the roadmap and the hiring plan. Marketing raised the launch timing again, which took a while. We also went over the budget line by line, which nobody enjoyed, and then the offsite plans for the spring. Could you each confirm your service owner in the sheet by Wednesday? Next week we start on the data warehouse, and the plan for it is in the wiki.';
    const [fix] = fixesOf('buried-ask', text);
    expect(apply(text, fix!)).toBe(
      text.replace('Hey all, quick', 'Hey all,\n\nCould you each confirm your service owner in the sheet by Wednesday?\n\nQuick'),
    );
    expect(fix!.edits![0]!.end - fix!.edits![0]!.start).toBe(2); // the space and the "q"
  });

  it('"Copy the ask to the top" with no greeting puts it at the very start', () => {
    const text =
      'Some background first. Last month we moved the billing service to the new cluster. Since then the error rate on invoices has doubled, mostly in the EU region. We traced part of it to a timeout in the tax lookup, and part of it to retries. Please approve the rollback plan in the ticket by Friday noon. The rest of this note is the detail of what we measured, for whoever is curious, including the graphs and the raw logs.';
    const [fix] = fixesOf('buried-ask', text);
    expect(apply(text, fix!)).toBe(`Please approve the rollback plan in the ticket by Friday noon.\n\n${text}`);
  });

  it('"Number the questions" numbers them on their own lines', () => {
    const text = 'Is the press release approved? Who covers support on Saturday? Do we have the EU pricing?';
    const [fix] = fixesOf('many-questions', text);
    expect(apply(text, fix!)).toBe('1. Is the press release approved?\n2. Who covers support on Saturday?\n3. Do we have the EU pricing?');
  });
});

describe('copy fits the host', () => {
  it('a decision asked in one line: "email" in Gmail, "chat thread" in Slack; its fix asks for the review period', () => {
    const text = 'Should we switch from Jira to Linear?';
    const gmail = analyze(text, ctxFor(ANA, { host: 'gmail' })).findings.find((f) => f.rule === 'channel-fit');
    const slack = analyze(text, ctxFor(ANA, { host: 'slack' })).findings.find((f) => f.rule === 'channel-fit');
    expect(gmail && slack).toBeTruthy();
    if (gmail && slack) {
      expect(gmail.message).not.toContain('chat thread');
      expect(gmail.message).toContain('in an email');
      expect(slack.message).toContain('in a chat thread');
      expect(apply(text, gmail.fixes[0]!, 'Thursday 5pm your time')).toBe(
        `${text} Please comment by Thursday 5pm your time; if there are no objections, we go ahead.`,
      );
    }
  });
});

describe('every fix of a varied set is sendable', () => {
  const MESSAGES = [
    'Please fix the report.',
    'Can you look at this?',
    "It's broken.",
    'Thoughts?',
    'Hey, got a minute?',
    'Okay.',
    'Can you update the deck ASAP?',
    'Please update the summary table by EOD.',
    'I need the numbers by 11pm tonight.',
    'The date is [TBD]. Can you send the [insert link] by Friday?',
    'Could you review the thing we discussed when you get a chance?',
  ];
  for (const recipients of [ANA, THREE, UNKNOWN]) {
    it.each(MESSAGES)(`%j (${recipients.length} reader(s))`, (text) => {
      const ctx = ctxFor(recipients);
      const { findings } = analyze(text, ctx);
      expectSendable(text, findings);
      // After any fix, the same span is not flagged again with a fix equal to the text in place.
      for (const f of findings) {
        for (const fix of f.fixes.filter((x) => !x.ask)) {
          const fixed = apply(text, fix);
          const again = analyze(fixed, ctx).findings.flatMap((g) => g.fixes.filter((x) => !x.ask).map((x) => fixed.slice(x.start, x.end) === x.replacement));
          expect(again.every((same) => !same)).toBe(true);
        }
      }
    });
  }
  it('uses the shared test instant', () => expect(NOW).toBe(Date.UTC(2026, 10, 23, 19, 0)));
});
