/**
 * missing-deadline — a request with no "by when". The reader cannot plan it, and async, they
 * cannot ask. Offers concrete deadlines computed for the recipient by the deadline layer.
 */
import { findDeadlines } from '../deadlines/index';
import type { Rule } from '../rule';
import { beforeClosingPunctuation, finding } from '../rule';
import type { Sentence } from '../doc';
import type { Fix } from '../types';

const ID = 'missing-deadline';

const messages = {
  missing: 'A request with no “by when”: the reader cannot tell if it is for today or next month.',
};

/** Verbs that ask for a deliverable (so "Is Friday better for you?" is not a request for work). */
const DELIVERABLE =
  /\b(?:send|resend|review|update|fix|check|confirm|approve|sign|submit|prepare|draft|finish|complete|share|upload|forward|provide|write|edit|revise|correct|verify|schedule|book|file|fill (?:in|out)|pay|return|reply|respond|look (?:into|at|over)|create|add|remove|change|move|print|ship|deliver|finali[sz]e|get back|proofread|merge|deploy|test|investigate|call)\b/i;
const REQUESTING =
  /^(?:please\b|pls\b|kindly\b)|\b(?:please|pls|kindly|can you|could you|would you|will you|can u|need you to|i'?d appreciate|would be great if you)\b/i;
/** Any time word at all: the writer has said something about when, even if the layer cannot resolve it. */
const WHEN =
  /\b(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|weekend|morning|afternoon|evening|noon|week|month|quarter|year|asap|eod|cob|eow|eom|soon|later|now|before|after|until|till|deadline|due|by (?:the|then|next)|\d{1,2}(?::\d\d)?\s?(?:am|pm)|\d{1,2}:\d\d|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|whenever|when you (?:can|get a chance|have (?:time|a (?:moment|minute|sec|second))|are free)|at your (?:earliest )?convenience|no rush|no hurry)\b/i;

function isRequestForWork(s: Sentence): boolean {
  if (!DELIVERABLE.test(s.text)) return false;
  if (REQUESTING.test(s.text)) return true;
  const first = s.words[0]?.lower ?? '';
  return DELIVERABLE.test(first);
}

const rule: Rule = {
  id: ID,
  description: 'A request with no “by when”.',
  messages,
  examples: {
    flagged: [
      'Can you review the Q3 deck?',
      'Please send me the signed contract.',
      'Hi Ana, could you update the pricing page with the new tiers?',
    ],
    ok: [
      'Can you review the Q3 deck by Thursday 3pm?',
      'Please send me the signed contract before the board meeting.',
      'Is Friday better for you?',
      'Thanks for sending the contract!',
      'Could you update the pricing page when you get a chance?',
      'I will review the deck tomorrow.',
      'Could you take a look at the PR when you have a moment?',
    ],
  },
  check(doc, ctx) {
    if (doc.deadlines.length > 0 || WHEN.test(doc.text)) return [];
    const ask = doc.asks.find(isRequestForWork);
    if (!ask) return [];
    const at = beforeClosingPunctuation(doc.text, ask.start, ask.end);
    const insert = (label: string, phrase: string): Fix => ({ label, start: at, end: at, replacement: ` ${phrase}` });
    // The deadline layer's concrete choices for an open request, computed for these recipients.
    const choices = findDeadlines('ASAP', ctx).flatMap((d) => d.choices);
    return [
      finding(ID, doc, ask.start, ask.end, 'info', messages.missing, [
        ...choices.map((c) => insert(c.label, c.replacement)),
        insert('Add a deadline placeholder', 'by [when? a day and time in their zone]'),
      ]),
    ];
  },
};

export default rule;
