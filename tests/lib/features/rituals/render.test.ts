import { describe, expect, it } from 'vitest';
import { closedPhrase, renderRetroSummary, renderRitual } from '@/lib/features/rituals/render';
import { reviewWindow, type Reader } from '@/lib/features/rituals/window';
import { emptyKickoff, emptyProposal, emptyRetro, summarizeRetro } from '@/lib/features/rituals/model';

const readers: Reader[] = [
  { id: 'p', name: 'Priya', timeZone: 'America/New_York' },
  { id: 'a', name: 'Ana', timeZone: 'Europe/Berlin' },
];
const style = { locale: 'en-US' };
// Mon Nov 30 2026 08:00Z; closes Wed Dec 2 14:00Z (worked out in window.test.ts).
const opens = Date.parse('2026-11-30T08:00:00Z');

const proposal = {
  ...emptyProposal('slack'),
  title: 'Pick the CRM vendor',
  context: 'The trial ends <b>Friday</b>.',
  options: [
    { name: 'HubSpot', tradeoffs: 'cheaper' },
    { name: 'Salesforce', tradeoffs: '' },
    { name: '  ', tradeoffs: 'dropped: no name' },
  ],
  recommendation: 'HubSpot',
  decider: 'Ana',
  readers,
};

describe('rendering the rituals', () => {
  it('a proposal in the three formats, with the ask for its channel and a line per reader', () => {
    const w = reviewWindow(opens, readers, proposal.requirement);
    expect(renderRitual(proposal, 'markdown', w, style)).toBe(
      [
        '## Decision proposal: Pick the CRM vendor',
        '',
        '**Context**',
        'The trial ends <b>Friday</b>.',
        '',
        '**Options**',
        '1. HubSpot: cheaper',
        '2. Salesforce',
        '',
        '**Recommendation:** HubSpot',
        '',
        '**What I ask of you:** approve, object or comment before the review closes: react 👍 to approve or 👎 to object, and reply in the thread with an objection or a comment.',
        '',
        '**Who decides:** Ana, once the review closes.',
        '',
        '**Review closes (at least 2 of your working days each)**',
        '- Priya (New York): 9:00 AM Wednesday, Dec 2',
        '- Ana (Berlin): 3:00 PM Wednesday, Dec 2',
      ].join('\n'),
    );
    const slack = renderRitual(proposal, 'slack', w, style);
    expect(slack.split('\n')[0]).toBe('*Decision proposal: Pick the CRM vendor*');
    expect(slack).toContain('\n• Ana (Berlin): 3:00 PM Wednesday, Dec 2');
    const plain = renderRitual({ ...proposal, channel: 'gmail' }, 'plain', w, style);
    expect(plain).toContain('What I ask of you: approve, object or comment before the review closes: reply "Approve", or reply with your objection or a comment.');
    expect(plain).not.toMatch(/[*#]/);
    expect(renderRitual({ ...proposal, channel: 'docs' }, 'plain', w, style)).toContain('add a comment to this document: approve, object, or comment');
  });

  it('a proposal without readers has no window section; an untitled one gets the kind as its title', () => {
    const text = renderRitual({ ...emptyProposal(), readers: [] }, 'plain', undefined, style);
    expect(text.split('\n')[0]).toBe('Decision proposal: Decision proposal');
    expect(text).not.toContain('Review closes');
  });

  it('a kick-off brief: goal, scope, non-goals, owner, roles, milestones, links and the Q&A window', () => {
    const brief = {
      ...emptyKickoff('slack'),
      title: 'Billing v2',
      goal: 'Invoices in three currencies',
      scope: ['EUR, USD, JPY', ''],
      nonGoals: ['Tax rules'],
      owner: 'Priya',
      roles: [{ who: 'Kenji', role: 'backend' }],
      milestones: [{ what: 'Beta', when: 'Jan 15' }],
      links: [{ label: 'Spec', url: 'https://docs.example.com/spec' }],
      readers,
    };
    const w = reviewWindow(opens, readers, brief.requirement);
    const slack = renderRitual(brief, 'slack', w, style);
    expect(slack).toContain('*Goal:* Invoices in three currencies');
    expect(slack).toContain('*In scope*\n• EUR, USD, JPY\n\n*Not in scope*\n• Tax rules');
    expect(slack).toContain('*Roles*\n• Kenji: backend');
    expect(slack).toContain('*Milestones*\n• Jan 15: Beta');
    expect(slack).toContain('• <https://docs.example.com/spec|Spec>');
    expect(slack).toContain('*Q&A closes (at least 2 of your working days each)*\n• Priya (New York): 9:00 AM Wednesday, Dec 2');
    expect(renderRitual(brief, 'markdown', w, style)).toContain('- [Spec](https://docs.example.com/spec)');
    expect(renderRitual(brief, 'plain', w, style)).toContain('- Spec: https://docs.example.com/spec');
  });

  it('a retro: the three prompts and a window of a working week; its summary from what was collected', () => {
    const retro = {
      ...emptyRetro('slack'),
      period: 'the launch',
      readers,
      collected: {
        wentWell: [{ text: 'Docs were ready', by: 'Ana' }, { text: 'docs were ready.', by: 'Kenji' }, { text: 'Fast reviews' }],
        didNot: [{ text: 'QA started late', by: 'Priya' }, { text: '   ' }],
        tryNext: [{ text: 'Book QA a week ahead', by: 'Ana' }],
      },
    };
    const w = reviewWindow(opens, readers, retro.requirement);
    // Five working days from Mon 09:00 Berlin: Berlin is ready Fri 17:00 = 16:00Z, New York Fri 17:00 = 22:00Z
    // (23:00 Berlin). The next instant inside both is Mon Dec 7 14:00Z, more than a day later, so the close
    // stays at the fair minimum and Ana's line says it is outside her hours.
    expect(w.closesAt).toBe(Date.parse('2026-12-04T22:00:00Z'));
    const text = renderRitual(retro, 'plain', w, style);
    expect(text).toContain('- What went well?\n- What did not go well?\n- What should we try next?');
    expect(text).toContain('Notes close (at least 5 of your working days each):\n- Priya (New York): 5:00 PM Friday, Dec 4\n- Ana (Berlin): 11:00 PM Friday, Dec 4 (outside your working hours: no time within a day is inside everyone’s hours)');

    const summary = summarizeRetro(retro);
    expect(summary.notes).toBe(5);
    expect(summary.people).toBe(3);
    expect(summary.sections[0]!.items).toEqual([
      { text: 'Docs were ready', count: 2, by: ['Ana', 'Kenji'] },
      { text: 'Fast reviews', count: 1, by: [] },
    ]);
    expect(renderRetroSummary(retro, 'markdown', w, style)).toBe(
      [
        '## Retrospective summary: the launch',
        '',
        '5 notes from 3 people.',
        '',
        '**Went well**',
        '- Docs were ready (×2)',
        '- Fast reviews',
        '',
        '**Did not go well**',
        '- QA started late',
        '',
        '**What we will try next**',
        '- Book QA a week ahead',
        '',
        '**Notes closed**',
        '- Priya (New York): 5:00 PM Friday, Dec 4',
        '- Ana (Berlin): 11:00 PM Friday, Dec 4 (outside your working hours: no time within a day is inside everyone’s hours)',
      ].join('\n'),
    );
    expect(renderRetroSummary({ ...retro, collected: { wentWell: [], didNot: [], tryNext: [] } }, 'plain', undefined, style)).toContain('Went well:\n- Nothing noted');
  });

  it('says when a review closed, in the user’s calendar', () => {
    const closes = Date.parse('2026-12-02T14:00:00Z');
    expect(closedPhrase(closes, Date.parse('2026-12-03T10:00:00Z'), 'Europe/Berlin')).toBe('the review closed yesterday');
    expect(closedPhrase(closes, Date.parse('2026-12-02T20:00:00Z'), 'Europe/Berlin')).toBe('the review closed today');
    expect(closedPhrase(closes, Date.parse('2026-12-05T10:00:00Z'), 'Europe/Berlin')).toBe('the review closed 3 days ago');
    // 23:30 Tue in New York is already Wednesday in Tokyo: "today" there, "tomorrow" to come in New York.
    expect(closedPhrase(closes, Date.parse('2026-12-02T04:30:00Z'), 'Asia/Tokyo')).toBe('the review closes today');
    expect(closedPhrase(closes, Date.parse('2026-12-01T04:30:00Z'), 'Asia/Tokyo')).toBe('the review is open');
  });
});
