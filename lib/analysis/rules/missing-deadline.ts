/**
 * missing-deadline — a request with no "by when". The reader cannot plan it, and async, they
 * cannot ask. Offers concrete deadlines computed for the recipient by the deadline layer.
 */
import { findDeadlines } from '../deadlines/index';
import { needsTime } from '../requests';
import type { Rule } from '../rule';
import { beforeClosingPunctuation, finding, askFix } from '../rule';
import type { Fix } from '../types';

const ID = 'missing-deadline';

const messages = {
  missing: 'A request with no “by when”: the reader cannot tell if it is for today or next month.',
};

const rule: Rule = {
  id: ID,
  description: 'A request with no “by when”.',
  messages,
  examples: {
    flagged: [
      'Can you review the Q3 deck?',
      'Please send me the signed contract.',
      'Hi Ana, could you update the pricing page with the new tiers?',
      'Could somebody proofread the release notes for v2.4?',
      'Would you mind updating the onboarding checklist in Notion with the new VPN steps?',
      'I need you to book the meeting room on the 4th floor for the design crit.',
      'Don’t forget to send the signed SOW to Acme.',
    ],
    ok: [
      'Can you review the Q3 deck by Thursday 3pm?',
      'Please send me the signed contract before the board meeting.',
      'Is Friday better for you?',
      'Thanks for sending the contract!',
      'Could you update the pricing page when you get a chance?',
      'I will review the deck tomorrow.',
      'Could you take a look at the PR when you have a moment?',
      'If you get a chance, could you review the pricing page for the Acme launch?',
      'Could you tell me whether the vendor call is still on?',
      'Please find attached the updated statement of work.',
      'Please merge PR #12 once CI is green.',
      // No piece of work with a "by when" (requests.ts, Untimed): a prohibition, help offered on the
      // reader's own need, a question about how, a standing instruction, the writer's own offer.
      'Please don’t share the Q3 numbers outside the team.',
      'If you have any questions about the contract, please call me.',
      'Please do not hesitate to contact me about the renewal.',
      'How would you handle the billing migration?',
      'Going forward, please cc me on vendor emails.',
      'Would you like me to send the Q3 deck?',
      'Do you mind if I forward the memo to legal?',
      'Please advise on next steps for the Acme renewal.',
      'Please excuse the long email.',
      'Do let me know your thoughts on the Acme proposal.',
      'Can anyone recommend a good SQL formatter?',
      'Could you remind me what the password policy is?',
      'Consider moving this paragraph up.',
      // A date written day first, as in British mail, says when.
      'The offsite is on 12 March in Lisbon. Please book your flights.',
    ],
  },
  check(doc, ctx) {
    // "Sure, happy to help! Send it over." accepts an offer in a reply: "it" is the conversation's, no deadline needed.
    const reply = doc.sentences.length <= 3 && /^\s*(?:yes|yep|yeah|sure|ok|okay|great|sounds good|perfect|thanks|cool)\b/i.test(doc.prose);
    const request = doc.requests.find((r) => needsTime(r) && r.timing === 'none' && !(reply && r.object?.kind === 'pronoun'));
    if (!request) return [];
    const ask = doc.sentences[request.sentence]!;
    const at = beforeClosingPunctuation(doc.text, ask.start, ask.end);
    const insert = (label: string, phrase: string, note?: string): Fix => ({ label, start: at, end: at, replacement: ` ${phrase}`, ...(note ? { note } : {}) });
    // The deadline layer's concrete choices for an open request, computed for these recipients.
    const choices = (doc.deadlinesIn?.('ASAP') ?? findDeadlines('ASAP', ctx)).flatMap((d) => d.choices);
    return [
      finding(ID, doc, ask.start, ask.end, 'info', messages.missing, [
        ...choices.map((c) => insert(c.label, c.replacement, c.note)),
        askFix(doc, at, 'Another time', { question: 'By when?', hint: 'e.g. Friday 3pm, or end of day Thursday', before: ' by ', after: '', deadline: true }),
      ]),
    ];
  },
};

export default rule;
