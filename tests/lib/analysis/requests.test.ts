/** One representation of each request: shape, verb, object (pinned or not), addressee, timing, purpose. */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '@/lib/analysis/index';
import { needsTime, type Request } from '@/lib/analysis/requests';
import { context } from './fixtures';

const requestsOf = (text: string): Request[] => createAnalyzer().read(text, context()).requests;
const one = (text: string) => {
  const all = requestsOf(text);
  expect(all, text).toHaveLength(1);
  return all[0]!;
};

describe('request shapes', () => {
  it.each([
    ['Send me the Q3 deck by Friday.', 'imperative', 'Send'],
    ['Paul, fix the header on the pricing page by noon.', 'imperative', 'fix'],
    ['Hi Ana, please rerun the export for Acme by 3pm.', 'please', 'rerun'],
    ['Could somebody proofread the release notes for v2.4?', 'modal', 'proofread'],
    ['Could someone on the data team rerun the attribution model?', 'modal', 'rerun'],
    ['Would you be able to chase the supplier about order 5512?', 'modal', 'chase'],
    ["I'd appreciate it if you could send the executed ISDA.", 'modal', 'send'],
    ['Would you mind re-running the November export?', 'mind', 're-running'],
    ['Mind fixing the typo in the Acme banner?', 'mind', 'fixing'],
    ['I need you to book the 4th floor room for Thursday.', 'need', 'book'],
    ['Need the signed SOW from Acme back, pretty urgent', 'want', 'Need'],
  ])('%s → %s, verb %s', (text, shape, verb) => {
    const r = one(text);
    expect(r.shape).toBe(shape);
    expect(r.verb?.text).toBe(verb);
  });

  it('statements, reports and information questions are not task requests', () => {
    for (const text of [
      'I reviewed the PR this morning and left two comments.',
      'Update on the mobile release: iOS is live for 10% of users.',
      'Yesterday I fixed the login bug that was crashing the iOS app.',
      'Please find attached the updated statement of work.',
      'Thanks for sending the contract!',
    ]) {
      expect(requestsOf(text).filter((r) => r.task), text).toEqual([]);
    }
    expect(one('Could you tell me whether the vendor call is still on?').task).toBe(false);
    expect(one('Could you confirm whether the 10am call is still on?').task).toBe(false);
    expect(one('Yes, go ahead and ship it.').task).toBe(false);
    expect(one('Could you have a look at PR #12?').task).toBe(true);
  });
});

describe('the object: which thing, and whether it is pinned down', () => {
  it.each([
    ['can you redo that', 'that', 'pronoun', false],
    ['Please merge it once CI is green', 'it', 'pronoun', false],
    ['Could you send over the file from yesterday’s meeting?', 'the file', 'definite', false],
    ['Could you take another look at the spreadsheet from the other call?', 'the spreadsheet', 'definite', false],
    ['Can you get me those figures again?', 'those figures', 'demonstrative', false],
    ['Could you have a look at the doc I mentioned?', 'the doc', 'definite', false],
    ['Please fix the report for the Q3 board meeting.', 'the report', 'definite', true],
    ['Can you review the proposal I shared yesterday?', 'the proposal', 'definite', true],
    ['Can you review the accessibility audit (https://docs.acme.io/a11y)?', 'the accessibility audit', 'definite', true],
    ['Could you approve my PTO request in Workday?', 'my PTO request', 'possessive', true],
    ['Can you schedule a 30-min review of the OKRs?', 'a 30-min review', 'indefinite', true],
    ['Could you add Priyanka to the design channel?', 'Priyanka', 'named', true],
  ])('%s → %s (%s, pinned %s)', (text, object, kind, pinned) => {
    const r = one(text);
    expect(r.object?.text.replace('’', "'")).toBe(object.replace('’', "'"));
    expect(r.object?.kind).toBe(kind);
    expect(r.object?.pinned).toBe(pinned);
  });

  it('"it" with an earlier sentence to refer to is pinned', () => {
    const [, r] = [null, requestsOf('I pushed the fix for the timezone bug to PR #511. Can you review it?')[0]!];
    expect(r.object).toMatchObject({ text: 'it', pinned: true });
  });
});

describe('what a request asks of the reader’s time: untimed, and needsTime', () => {
  it.each([
    // A prohibition: nothing to finish, so no "by when" to miss.
    ['Please don’t share the Q3 numbers outside the team.', 'refrain', 'share'],
    ['Do not delete the staging database.', 'refrain', 'delete'],
    ['Never push straight to main.', 'refrain', 'push'],
    // Help offered on the reader's own need or wish.
    ['If you have any questions about the contract, please call me.', 'offer', 'call'],
    ['Please reach out to Priya should you need access to the Acme workspace.', 'offer', 'reach'],
    ['Please do not hesitate to contact me about the renewal.', 'offer', 'contact'],
    ['Please feel free to edit the onboarding doc.', 'offer', 'edit'],
    ['Would you like to join the Acme kickoff?', 'offer', 'join'],
    ["If you'd prefer a call, please book a slot in my calendar.", 'offer', 'book'],
    // The reader's answer is the how or the when.
    ['How would you handle the billing migration?', 'question', 'handle'],
    ['When could you send the signed SOW?', 'question', 'send'],
    // A standing instruction, not one piece of work.
    ['Going forward, please cc me on vendor emails.', 'standing', 'cc'],
    ['Keep me posted on the Acme renewal.', 'standing', 'Keep'],
    ['Please disregard my last message about the offsite.', 'refrain', 'disregard'],
    // An emphatic "do" stresses the verb after it.
    ['Do feel free to edit the onboarding doc.', 'offer', 'edit'],
    ['Do shout if you need anything else for the audit.', 'offer', 'shout'],
  ])('%s → %s (verb %s)', (text, untimed, verb) => {
    const r = one(text);
    expect(r.untimed).toBe(untimed);
    expect(r.verb?.text).toBe(verb);
    expect(needsTime(r)).toBe(false);
  });

  it.each([
    ['Could you review the Q3 deck?', 'review'],
    // "Don't forget to …" asks for the work itself.
    ['Don’t forget to send the signed SOW to Acme.', 'send'],
    ['Please don’t forget to submit your timesheet.', 'submit'],
    // Having time is politeness, not a need of the reader's own.
    ['If you have time, please review the pricing page.', 'review'],
    // "if you could … , I'll …" is still a hedged request.
    ['If you could send me the Acme deck, I will review it tonight.', 'send'],
    // "every time I …" is the writer's habit, not a standing instruction.
    ['Could you forward the invite to Ms Scott, since every time I type her name I get someone else?', 'forward'],
  ])('%s asks for work with a time (verb %s)', (text, verb) => {
    const r = one(text);
    expect(r.untimed).toBeUndefined();
    expect(r.verb?.text).toBe(verb);
    expect(needsTime(r)).toBe(true);
  });

  it('permission, the writer’s own offer, farewells and inverted questions ask the reader for no work', () => {
    expect(one('Mind if I take the Friday slot?').task).toBe(false);
    expect(one('Do you mind if I forward the memo to legal?').task).toBe(false);
    expect(one('Would you like me to send the Q3 deck?').task).toBe(false);
    expect(one('Take care!').task).toBe(false);
    for (const text of [
      'See you Monday.',
      'Talk to you after the offsite.',
      'Look forward to the demo.',
      'Also, do you know if the vendor call is still on.',
      'Have you seen the new dashboard.',
      'Please keep in mind the office is closed on Friday.',
      'Keep in mind that the office is closed on Friday.',
      // "if you can …, <a main clause>" is a condition.
      'If you can add the chart, I will present it.',
      'If you would like to see the steps, they are in the wiki.',
    ]) {
      expect(requestsOf(text).filter((r) => r.task), text).toEqual([]);
    }
  });

  it('courtesies and replies asked of the writer are no work; the same verbs with a third party are', () => {
    for (const text of [
      'Please excuse the long email.',
      'Please welcome Sam to the platform team!',
      'Join me in congratulating Priya on the launch.',
      'Please advise.',
      'Please advise on next steps for the Acme renewal.',
      'Kindly revert with your comments.',
      'Please reply to this email with your availability.',
      'Do let me know your thoughts on the Acme proposal.',
      // Information asked for with a work verb: its answer is a fact, a recommendation or a reply.
      'Could you remind me what the password policy is?',
      'Could you show me how to run the Acme export?',
      'Can anyone recommend a good SQL formatter?',
      'Could you please confirm receipt of this email?',
      'Could you confirm that the vendor call is still on?',
      // A suggestion the reader weighs, as a Docs comment makes it.
      'Consider moving this paragraph up.',
      'Please consider whether the appendix is needed.',
    ]) {
      expect(one(text).task, text).toBe(false);
    }
    expect(one('Do have a look at the Q3 deck.').verb?.text).toBe('have');
    expect(one('Do the needful for the Acme audit.').verb?.text).toBe('Do');
    for (const text of ['Please advise Sam of the change to the Acme contract.', 'Could you confirm the booking for the Lisbon offsite?', 'Please remind Sam to submit the Q3 expenses.', 'Please suggest edits to the intro of the Acme brief.', 'Can you revert commit 4f2a9c1?', 'Please respond to the customer on ticket 8812.', 'Please join the Acme kickoff.']) {
      expect(needsTime(one(text)), text).toBe(true);
    }
  });

  it('reads cues typed with typographic apostrophes', () => {
    expect(one('I’d appreciate it if you could send the executed ISDA.').verb?.text).toBe('send');
    expect(one('Won’t you join the Acme kickoff?').verb?.text).toBe('join');
  });
});

describe('timing, addressee and purpose', () => {
  it('reads a resolved, a vague, a conditional and a missing time', () => {
    expect(one('Can you send the deck by Thursday 3pm?').timing).toBe('resolved');
    expect(one('Can you send the deck as quick as you can?').timing).toBe('vague');
    expect(one('Please merge PR #12 once CI is green.').timing).toBe('condition');
    expect(one('Can you send the Q3 deck?').timing).toBe('none');
    // A bare date in either order says when, even where the deadline layer reads no deadline.
    expect(requestsOf('The offsite is on 12 March in Lisbon. Please book your flights.')[0]?.timing).toBe('resolved');
    expect(requestsOf('The vendor demo is 3/12. Please send the agenda.')[0]?.timing).toBe('resolved');
    expect(one('Could you proofread the release notes for v2.4?').timing).toBe('none');
    // Shorthands of British and chat registers: close of play, this arvo, a fortnight, tmrw.
    for (const text of ['Please send the Q3 figures by COP.', 'Please can you send the Q3 figures through this arvo?', 'Could you get the Q3 figures to me within the fortnight?', 'can u send the Q3 figures tmrw']) {
      expect(one(text).timing, text).toBe('resolved');
    }
    // A date that dates a memory is not the request's time.
    expect(one('Would you mind re-running the export we talked about on Monday?').timing).toBe('none');
  });

  it('names who is asked and why', () => {
    const r = one('Could someone on the data team rerun the model by Thursday 10am so that the deck is right for the board?');
    expect(r.addressee).toMatch(/someone on the data team/);
    expect(r.purpose).toBeDefined();
    expect(one('Ana, send me the Q3 deck by Friday.').addressee).toBe('Ana');
  });

  it('is plain, serialisable data', () => {
    const all = requestsOf('Could you proofread the release notes for v2.4? Please send me the deck too.');
    expect(JSON.parse(JSON.stringify(all))).toEqual(all);
  });
});
