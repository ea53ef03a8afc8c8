import { describe, expect, it } from 'vitest';
import { askReason } from '@/lib/analysis/asks';
import { splitSentences } from '@/lib/analysis/doc';

const reason = (text: string) => askReason(splitSentences(text, 0, text.length, 0)[0]!);

describe('askReason', () => {
  it.each([
    ['Can you send me the Q3 deck?', 'question'],
    ['Could you e-mail me your mailing address so I can send a cheque.', 'cue'],
    ['Please review the contract.', 'cue'],
    ['Paul, forward the numbers to Jim.', 'imperative'],
    ['Also check the March column.', 'imperative'],
    ['Call Ana before the standup.', 'imperative'],
    ['Review the draft tonight, please.', 'cue'],
    // Two verbs joined by "and" (a serial verb) are still an imperative.
    ['Celeste, try and get him on the Saturday schedule.', 'imperative'],
    ['Go and ask Ana for the badge.', 'imperative'],
    ['Come and see the new office on Friday.', 'imperative'],
    ['Let me know what you think.', 'cue'],
    ['I would like to discuss it with you tomorrow.', 'cue'],
    ['It would be great if you could draft the message points.', 'cue'],
    ['Do you have the latest numbers', 'cue'],
  ])('%j is an ask (%s)', (text, expected) => {
    expect(reason(text)).toBe(expected);
  });

  it.each([
    // Typed with a typographic apostrophe (macOS, iOS, Docs): the same cue as "let's".
    ['Let’s go over the vendor shortlist together.', 'cue'],
    ['I’d appreciate a second pair of eyes on the SOW.', 'cue'],
    // Proposals that need the reader's answer, read from clause structure: a joint action, the
    // writer contacting the reader, a time offered for a meeting.
    ['We will need to discuss the vendor shortlist on Thursday.', 'proposal'],
    ['We should probably sit down with legal before we sign.', 'proposal'],
    ['I’ll call you after the board meeting.', 'proposal'],
    ['I will discuss the renewal with you next week.', 'proposal'],
    ['Thursday at 2 works for me.', 'proposal'],
    ['I can meet any time after 3pm.', 'proposal'],
    ['I’ll give you a ring after the board meeting.', 'proposal'],
    ['We will need to set up a quick call with legal before we sign.', 'proposal'],
    ['I’d be glad to meet for coffee next week.', 'proposal'],
    ['Let me call you after lunch.', 'proposal'],
    ['Friday, Dec. 5 would work best for me.', 'proposal'],
    // A joint subject other than "we", an adverb before the modal, time found to meet, a meeting moved.
    ['The three of us probably need to get together before the review.', 'proposal'],
    ['You and I should catch up after the launch.', 'proposal'],
    ['I would like to visit with you next week to go over the plan.', 'proposal'],
    // A time offered with a weekday as people type it, or a slot the writer has open.
    ['I’m available Wed and Thur evening to go over the case.', 'proposal'],
    ['I have a time slot available at 2:00 if that suits.', 'proposal'],
    ['I am free anytime after lunch.', 'proposal'],
    // The writer glad to come, go or join: an offer that waits for the reader's answer.
    ['If it works for you, I’d be happy to come to your office on Friday.', 'proposal'],
    ['Any time you want to grab lunch, I’d be glad to go.', 'proposal'],
    ['Maybe next week we could find some time to meet.', 'proposal'],
    ['Alternatively, we can delay the conversation till next week.', 'proposal'],
    ['We could push the budget meeting to Thursday.', 'proposal'],
    // A suggestion or an invitation to the reader.
    ['I’d suggest that you loop in legal before signing.', 'cue'],
    ['You’re welcome to join the design review.', 'cue'],
    // The writer's own invitation after a wish condition is no mass-mail boilerplate.
    ['If you would like to go through the contract, please give me a call.', 'cue'],
    // A need condition with the writer to contact stays an ask.
    ['If you have any questions about the draft, please call me.', 'cue'],
  ])('%j is an ask (%s)', (text, expected) => {
    expect(reason(text)).toBe(expected);
  });

  it.each([
    // A bare verb with the reader as its object has dropped its "I": a closing, not an imperative.
    'See you at the offsite!',
    'Talk to you next week.',
    'Send you the notes tonight.',
    'Look forward to the demo.',
    // "lets you" is a third person's verb, not "let's".
    'The new portal lets you export invoices as CSV.',
    // An organisation's standing offer of help asks nothing of this reader now.
    'If you have any questions, please contact our support team at help@acme.io.',
    'Should you need assistance, visit our help center.',
    // Statements about a joint action in the past, or someone else's, are not proposals.
    'We discussed the vendor shortlist on Thursday.',
    'They will meet with the auditors next week.',
    'We will have 9 for dinner, not counting the kids.',
    'I will meet the auditors on Monday.',
    // Moving a meeting is a proposal only when the writer and reader are its subject and a modal asks.
    'They will reschedule the meeting for Friday.',
    'We delayed the conversation by a week.',
    'The three of us met with the auditors yesterday.',
    'We found some time to meet last week.',
  ])('%j is not an ask', (text) => {
    expect(reason(text)).toBeNull();
  });

  it.each([
    'I sent the deck yesterday.',
    'The numbers look good.',
    'Let me call him tomorrow.',
    'To ensure delivery, please add us to your address book.',
    'Sent from my iPhone',
    // A verb-like first word before an auxiliary or a modal is the subject, not an imperative.
    'Call being scheduled for Wednesday it appears.',
    'Order has shipped and should arrive Monday.',
    'Plan will include two new regions.',
    'Review can wait until the audit is done.',
    'Update should land in the next release.',
    'Review and approval are handled by legal.',
    'Check and balance matters here.',
    'They would like to visit with you next week.',
    'I was available Wed but nobody called.',
    'I have a monthly slot available for the newsletter.',
    'Ana is available Thursday for the audit.',
    'She would be happy to come to the offsite.',
    'I was happy to go home early.',
    'I’d be happy to see the numbers improve.',
    'Looking forward to the weekend.',
    'Thanks for the quick turnaround.',
  ])('%j is not an ask', (text) => {
    expect(reason(text)).toBeNull();
  });
});
