/**
 * A promise ("I'll send it by Friday") is the writer's own time: read in the writer's zone and hours,
 * shown to each reader in theirs, with no warning about the readers' hours and no phrase or choice a
 * fix could use to move the writer's word (new-user test: "by Friday" was offered as "5 AM Friday my
 * time", and "by Friday 3pm" was warned of as on a reader's weekend and moved 8.5 hours earlier).
 * Toronto writes on Mon 2026-11-30 14:15 to Berlin, Tokyo and Kolkata.
 */
import { describe, expect, it } from 'vitest';
import { findDeadlines } from '@/lib/analysis/deadlines';
import type { AnalysisContext } from '@/lib/analysis/types';

const ctx: AnalysisContext = {
  now: Date.UTC(2026, 10, 30, 19, 15),
  sender: { timeZone: 'America/Toronto', locale: 'en-US' },
  recipients: [
    { name: 'Ana', timeZone: 'Europe/Berlin' },
    { name: 'Kenji', timeZone: 'Asia/Tokyo' },
    { name: 'Priya', timeZone: 'Asia/Kolkata' },
  ],
  host: 'slack',
};
const one = (text: string) => findDeadlines(text, ctx)[0]!;
const codes = (text: string) => {
  const d = one(text);
  return [...d.warnings, ...d.perRecipient.flatMap((p) => p.warnings)].map((w) => w.code);
};

describe('a promise is the writer’s time', () => {
  it('"by Friday" is the end of the writer’s Friday, said in each reader’s time', () => {
    const d = one("I'll send the final numbers by Friday.");
    expect(d.role).toBe('promise');
    expect(d.due).toBe(Date.parse('2026-12-04T22:00:00Z')); // 5:00 PM Fri in Toronto
    expect(d.senderLocal).toBe('5:00 PM Fri, Dec 4 my time (Toronto)');
    expect(d.perRecipient.map((p) => p.local)).toEqual(['11:00 PM Fri, Dec 4 (Berlin)', '7:00 AM Sat, Dec 5 (Tokyo)', '3:30 AM Sat, Dec 5 (Kolkata)']);
  });

  it('no warning about the readers’ hours or weekend, and nothing a fix could move', () => {
    expect(codes('I will send them by Friday 3pm')).toEqual([]);
    const d = one('I will send them by Friday 3pm');
    expect(d.phrase).toBeUndefined();
    expect(d.choices).toEqual([]);
  });

  it('"we", "will" with no subject, and "EOD" are promises too', () => {
    expect(one("We'll have it ready by EOD.").role).toBe('promise');
    expect(one('Will send the deck by Thursday.').role).toBe('promise');
  });

  it('an ask stays a deadline: a question, "I\'ll need it", a request; and "ASAP" stays vague', () => {
    expect(one('Can you send the numbers by Friday?').role).toBe('deadline');
    expect(one("I'll need the numbers by Friday.").role).toBe('deadline');
    expect(one('Please send the numbers by Friday.').role).toBe('deadline');
    expect(one('Will you send the numbers by Friday?').role).toBe('deadline');
    expect(one("I'll send it ASAP.").kind).toBe('vague');
  });
});

describe('a new date for something is not a deadline', () => {
  it('"move the launch to Tuesday", "push the review to next week": no deadline; "by Tuesday" and a time to meet still are', () => {
    expect(findDeadlines('Should we move the launch to Tuesday?', ctx)).toEqual([]);
    expect(findDeadlines('Can we push the review to next week?', ctx)).toEqual([]);
    expect(findDeadlines('Can you send it by Tuesday?', ctx).map((d) => d.text)).toEqual(['by Tuesday']);
    expect(findDeadlines('Please move the meeting to Friday 3pm', ctx).map((d) => d.role)).toEqual(['appointment']);
  });
});

describe('a period a question or a figure is about is not a deadline', () => {
  it('"What did we ship this quarter?", "numbers for this quarter": none; work asked by a period still has one', () => {
    expect(findDeadlines('What did we ship this quarter?', ctx)).toEqual([]);
    expect(findDeadlines('Are we on track to hit the target this quarter?', ctx)).toEqual([]);
    expect(findDeadlines('Can you share the pipeline numbers for this quarter?', ctx)).toEqual([]);
    expect(findDeadlines('How did revenue do over this year?', ctx)).toEqual([]);
    expect(findDeadlines('Can you finish the audit this week?', ctx).map((d) => d.text)).toEqual(['this week']);
    expect(findDeadlines('Please get the audit done this quarter.', ctx).map((d) => d.text)).toEqual(['this quarter']);
    expect(findDeadlines('Can you send the deck by next month?', ctx).map((d) => d.text)).toEqual(['by next month']);
    // A day in a question is still a time asked about ("Thursday?").
    expect(findDeadlines('Is the release still on for Thursday?', ctx).length).toBe(1);
  });
});

describe('a time something began, a weekend asked about, the full stop after a time', () => {
  it('"down since 14:00 CET", "as of Monday", "starting Friday": not a deadline; "by 14:00 CET" still is', () => {
    expect(findDeadlines('The checkout service is down for all EU customers since 14:00 CET, can someone look?', ctx)).toEqual([]);
    expect(findDeadlines('As of Monday, can you route tickets to Ana?', ctx)).toEqual([]);
    expect(findDeadlines('Can you send the logs by 14:00 CET?', ctx).map((d) => d.text)).toEqual(['by 14:00 CET']);
  });

  it('"Who is on call this weekend?" asks about a weekend, not by when; "Can you review it this weekend?" still has a deadline', () => {
    expect(findDeadlines('Who is on call this weekend?', ctx)).toEqual([]);
    expect(findDeadlines('Can you review it this weekend?', ctx).map((d) => d.text)).toEqual(['this weekend']);
  });

  it('the full stop that ends the sentence stays out of the span, so restating the time keeps it', () => {
    expect(findDeadlines('The board meeting is on Thursday at 10am.', ctx).map((d) => d.text)).toEqual(['on Thursday at 10am']);
    expect(findDeadlines('Please send it by 10 a.m. Thanks', ctx).map((d) => d.text)).toEqual(['by 10 a.m']);
  });
});
