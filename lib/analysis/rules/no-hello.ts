/**
 * no-hello — a bare greeting or "quick question" sent on its own (nohello.net): the reader is
 * pinged, waits, and still does not know what you need. Slack above all.
 */
import { GREETING_WORD, isBarePing } from '../lexicon';
import type { Rule } from '../rule';
import { finding, trimmedSpan, askFix } from '../rule';

const ID = 'no-hello';

const messages = {
  bare: 'A greeting on its own makes them wait for the real message: put the question in this one.',
};

const GREETING =
  `${GREETING_WORD}(?:\\s+(?:there|all|team|everyone|folks|guys|y'all|@?\\p{Lu}[\\p{L}.'-]*)){0,2}`;
const TEASER =
  "(?:(?:a |one |small |quick |a quick )?question(?: for you)?|(?:got|have you got|do you have) (?:a )?(?:sec|second|minute|min|moment)|(?:are )?you (?:there|around|free|busy|online)|can i ask (?:you )?(?:something|a (?:quick )?question)|(?:i )?need your help|can you help(?: me)?|(?:are you )?free for a (?:sec|minute))";
const PUNCT = '[\\s,!.?…:;)\\-—–\\p{Extended_Pictographic}\\uFE0F\\u200D]*';
/** The whole message is a greeting and/or a teaser, nothing else. */
const BARE = new RegExp(`^${PUNCT}(?:${GREETING}${PUNCT}(?:${TEASER}${PUNCT})?|${TEASER}${PUNCT})$`, 'iu');

const rule: Rule = {
  id: ID,
  description: 'A bare greeting or “quick question” sent on its own.',
  messages,
  examples: {
    flagged: [
      'Hi',
      'Hey Ana!',
      'Hi, quick question',
      'Hello there 👋',
      'Good morning! Got a minute?',
      'quick question',
      'yo, got a min?',
      'you around?',
      'Hey Sara! One quick thing',
      'Do you have five minutes for a call?',
    ],
    ok: [
      'Hi Ana, can you send me the Q3 deck by 3pm?',
      'Hey! The build is green again.',
      'Hello world is the classic first program.',
      'Quick question: is the launch still on Thursday?',
      'Hi all, the release notes are in #releases.',
      'Hi Marcus, got a minute to look at the failing migration in orders-db before the 4pm deploy?',
      'Hey Ben, quick question: is the launch still on Thursday?',
      'Are you free for lunch on Friday at 12:30?',
    ],
  },
  check(doc) {
    const text = doc.text;
    // A bare greeting is short: a long message is never one (and the pattern is not run over it).
    if (doc.prose.trim() === '' || doc.prose.length > 300 || !(BARE.test(doc.prose) || isBarePing(doc.prose))) return [];
    const { start, end } = trimmedSpan(doc.prose);
    return [
      finding(ID, doc, start, end, 'warning', messages.bare, [
        askFix(doc, end, 'Ask it in the same message', {
          question: 'What is your question?',
          hint: 'the whole question, with its context and by when',
          // "Hi Ana, quick question" + "Which figure …?" → "Hi Ana, quick question: Which figure …?";
          // after "Hi!" or "Got a minute?" the question is a sentence of its own.
          before: /[.!?…:,]$/.test(text.slice(start, end)) ? ' ' : ': ',
          after: '',
        }),
      ]),
    ];
  },
};

export default rule;
