/**
 * Only the writer's own prose is judged, parsed and edited (issue 11, ASYNC-WRITING.md): each kind
 * of text that is not theirs is found, and no finding, ask, deadline or fix comes from it or
 * reaches inside it.
 */
import { describe, expect, it } from 'vitest';
import { findCommitments } from '@/lib/analysis/commitments';
import { analyze, type Analysis } from '@/lib/analysis/index';
import { findExcluded, maskProse } from '@/lib/analysis/prose';
import { context } from './fixtures';

const kinds = (text: string) => findExcluded(text).map((r) => [r.kind, text.slice(r.start, r.end)]);

/**
 * Nothing the engine returns touches the given substring's span. An ask is the writer's whole
 * sentence, so it may contain an inline item (a link in "Can you review https://…?") but never
 * comes from a block (`inline` false).
 */
function expectUntouched(text: string, analysis: Analysis, part: string, inline = false): void {
  const start = text.indexOf(part);
  expect(start, part).toBeGreaterThanOrEqual(0);
  const end = start + part.length;
  const touches = (s: { start: number; end: number }) => s.start < end && start < Math.max(s.end, s.start + 1);
  for (const f of analysis.findings) {
    expect(touches(f), `${f.rule} “${f.text}”`).toBe(false);
    for (const fix of f.fixes) expect(touches(fix) && !(fix.start === fix.end && (fix.start === start || fix.start === end)), `${f.rule} fix “${fix.replacement}”`).toBe(false);
  }
  if (!inline) for (const a of analysis.asks) expect(touches(a), 'ask').toBe(false);
  for (const d of analysis.deadlines) expect(touches(d), `deadline ${d.text}`).toBe(false);
}

describe('findExcluded: what is not the writer’s prose', () => {
  it('a quoted reply: the "On … wrote:" header and everything after it', () => {
    const text = 'Thanks, done.\n\nOn Mon, Nov 23, 2026 at 9:14 AM Tom Baker <tom@acme.io> wrote:\n> Can you fix the report by EOD?';
    expect(kinds(text)).toEqual([['quote', text.slice(text.indexOf('On Mon'))]]);
  });

  it('a wrapped reply header', () => {
    const text = 'Sounds good.\n\nOn Mon, Nov 23, 2026 at 9:14 AM Tom Baker <tom@acme.io>\nwrote:\n> ASAP please';
    expect(kinds(text)[0]).toEqual(['quote', text.slice(text.indexOf('On Mon'))]);
  });

  it('">" lines in the middle of a message', () => {
    const text = 'See below.\n> Can you send it ASAP?\nYes, sending it by Friday 3pm.';
    expect(kinds(text)).toEqual([['quote', '> Can you send it ASAP?']]);
  });

  it('a forwarded message and an Outlook quote', () => {
    const fwd = 'FYI.\n\n---------- Forwarded message ---------\nFrom: Jane\nPlease fix the thing we discussed.';
    expect(kinds(fwd)[0]?.[0]).toBe('forward');
    expect(kinds(fwd)[0]?.[1]).toContain('Please fix the thing');
    const outlook = 'Sounds good, thank you!\n\n-----Original Message-----\nFrom: Jane Doe\nSent: Monday\nCan you send it ASAP?';
    expect(kinds(outlook)[0]?.[0]).toBe('forward');
  });

  it('a signature after "-- " and a short block after a sign-off', () => {
    const dashes = 'Can you sign the NDA by Friday 5pm?\n\n-- \nLeo Marchetti\nhttps://acme.example/asap';
    expect(kinds(dashes)).toEqual([['signature', dashes.slice(dashes.indexOf('-- '))]]);
    const block = 'The price list is attached.\n\nBest regards,\nKarl\n\nKarl Huber | Sales Director\nkarl.huber@example.com | +49 89 1234 567';
    expect(kinds(block)).toEqual([['signature', block.slice(block.indexOf('Best regards,') + 'Best regards,'.length)]]);
  });

  it('keeps a sign-off followed by more prose (not a signature)', () => {
    expect(findExcluded('Thanks!\nCould you send the Q3 deck by Friday? It is for the board meeting, which moved to Monday morning and needs the final numbers from Finance first, so earlier is better if you can manage it at all this week.')).toEqual([]);
  });

  it('code blocks and code spans', () => {
    expect(kinds('Run this:\n```\nfix it asap\n```\nthen tell me.')).toEqual([['code', '```\nfix it asap\n```']]);
    expect(kinds('Please use `git rebase -i HEAD~3` before merging.')).toEqual([['code', '`git rebase -i HEAD~3`']]);
  });

  it('URLs (trailing punctuation left out), bare domains, e-mail addresses', () => {
    expect(kinds('See https://acme.io/asap-fix?x=1. Then go.')).toEqual([['link', 'https://acme.io/asap-fix?x=1']]);
    expect(kinds('Swap it for help.acme.io by Friday')).toEqual([['link', 'help.acme.io']]);
    expect(kinds('Send it to legal@acme.io today')).toEqual([['email', 'legal@acme.io']]);
  });

  it('@mentions and #channels, but not "#482" or "e.g."', () => {
    expect(kinds('@lena could you post it in #design-crit? PR #482 e.g. this one')).toEqual([
      ['mention', '@lena'],
      ['channel', '#design-crit'],
    ]);
  });

  it('"???" used as an unknown value, but not "What??"', () => {
    expect(kinds('Budget ??? / owner ??? / launch ???').map(([k]) => k)).toEqual(['unknown-value', 'unknown-value', 'unknown-value']);
    expect(findExcluded('What?? Really?')).toEqual([]);
  });

  it('merges the host adapter’s ranges (Gmail quote container, Slack code block) as blocks', () => {
    const text = 'Thanks! Sending it Friday.\nCan you fix it asap?';
    const start = text.indexOf('Can');
    expect(findExcluded(text, [{ start, end: text.length }])).toEqual([{ start, end: text.length, kind: 'host' }]);
    expect(findExcluded(text, [{ start: 5, end: 2 }])).toEqual([]);
  });

  it('masks without moving any offset: blocks to spaces with line breaks kept, inline items to one word', () => {
    const text = 'Review https://x.io/a.b?c by 3pm.\n> quoted ASAP\nok';
    const masked = maskProse(text, findExcluded(text));
    expect(masked.length).toBe(text.length);
    expect(masked).toBe('Review Xxxxxxxxxxxxxxxxxx by 3pm.\n             \nok');
  });
});

describe('analysis never judges or edits what is not the writer’s', () => {
  const ctx = context();

  it('"asap" inside a link is no finding and no fix rewrites the link', () => {
    const text = 'Can you review https://docs.acme.io/asap-checklist by Thursday 3pm your time?';
    const analysis = analyze(text, ctx);
    expect(analysis.findings.filter((f) => f.rule === 'vague-deadline')).toEqual([]);
    expectUntouched(text, analysis, 'https://docs.acme.io/asap-checklist', true);
  });

  it('a quoted "by EOD", "It\'s broken." and "Thoughts?" are not flagged, parsed or edited', () => {
    const text = 'Thanks — the numbers look right now, I will send them to the board tomorrow.\n\nOn Mon, Nov 23, 2026 at 9:14 AM Tom Baker <tom@acme.io> wrote:\n> Can you fix the report by EOD?\n> It\'s broken.\n> Thoughts?';
    const analysis = analyze(text, ctx);
    expect(analysis.findings).toEqual([]);
    expect(analysis.deadlines.map((d) => d.text)).toEqual(['tomorrow']);
    expectUntouched(text, analysis, text.slice(text.indexOf('On Mon')));
  });

  it('a forwarded "ASAP" and "the thing we discussed" are not the writer’s', () => {
    const text = 'Sounds good, thank you!\n\n-----Original Message-----\nFrom: Jane Doe\nSent: Monday, November 23, 2026 10:02 AM\nTo: Sam Lee\n\nCan you send it ASAP? Also please fix the thing we discussed.';
    expect(analyze(text, ctx).findings).toEqual([]);
  });

  it('a signature’s link and title are not read; the writer’s own ask still is', () => {
    const text = 'Hi Nadia,\n\nCould you send over the signed October timesheets?\n\nMany thanks,\nLeo\n\n--\nLeo Marchetti\nPayroll Lead | Acme GmbH\nhttps://acme.example/asap-payroll';
    const analysis = analyze(text, ctx);
    expect(analysis.findings.map((f) => f.rule)).toEqual(['missing-deadline']);
    expectUntouched(text, analysis, '--\nLeo Marchetti');
    // Nothing the rewrite could improve without inventing (the card asks by when).
    expect(analysis.rewrite).toBeNull();
    // With a deadline to restate, the rewrite keeps the signature, unchanged, at the end.
    const withDeadline = analyze(text.replace('timesheets?', 'timesheets by EOD?'), ctx);
    expect(withDeadline.rewrite!.endsWith('--\nLeo Marchetti\nPayroll Lead | Acme GmbH\nhttps://acme.example/asap-payroll')).toBe(true);
  });

  it('code is not prose: "fix it asap" in a code block raises nothing', () => {
    const text = 'The failing line is below, merged after the 2pm release:\n```\n// TODO fix it asap\nthrow new Error("bad")\n```';
    const analysis = analyze(text, ctx);
    expect(analysis.findings).toEqual([]);
    expectUntouched(text, analysis, '```\n// TODO fix it asap');
  });

  it('"??? ??? ???" as unknown values is not three questions', () => {
    const text = 'Budget ??? / owner ??? / launch ??? — I will fill these in after the planning call tomorrow.';
    expect(analyze(text, ctx).findings.filter((f) => f.rule === 'many-questions')).toEqual([]);
  });

  it('a mention opening a request leaves the request readable, with the finding after it', () => {
    const text = '@jules could you review PR #482 (the retry logic for webhook delivery)?';
    const [finding] = analyze(text, ctx).findings;
    expect(finding?.rule).toBe('missing-deadline');
    expect(finding!.start).toBeGreaterThanOrEqual('@jules '.length);
  });

  it('host ranges (Gmail’s quote container) are honoured like detected ones', () => {
    const text = 'Thanks, will do.\nPlease fix it ASAP, it is broken.';
    const start = text.indexOf('Please');
    const analysis = analyze(text, context({ excluded: [{ start, end: text.length }] }));
    expect(analysis.findings).toEqual([]);
    expect(analysis.asks).toEqual([]);
  });
});

describe('commitments are read from the writer’s prose only', () => {
  const ctx = { now: Date.UTC(2026, 10, 23, 19, 0), timeZone: 'America/New_York' };

  it('a promise in a quoted reply is not the user’s', () => {
    const text = 'Great, thanks!\n\nOn Mon, Nov 23, 2026 at 9:14 AM Tom <tom@acme.io> wrote:\n> I\'ll send the deck by Friday.';
    expect(findCommitments(text, ctx)).toEqual([]);
  });

  it('a forwarded ask and a host-excluded range are not read; the user’s own promise is', () => {
    const text = "I'll send the signed copy by Thursday.\n\n---------- Forwarded message ---------\nFrom: Jane\nCan you review it by Friday?";
    const found = findCommitments(text, ctx);
    expect(found.map((c) => [c.kind, c.text])).toEqual([['commitment', "I'll send the signed copy by Thursday."]]);
    expect(findCommitments("I'll send it by Friday.", { ...ctx, excluded: [{ start: 0, end: 23 }] })).toEqual([]);
  });
});
