/**
 * cold-ack — "Okay.", "Fine.", "k", "noted." sent as the whole reply read as cold or annoyed.
 * Offers a warmer acknowledgement that also says what happens next.
 */
import type { Rule } from '../rule';
import { finding, trimmedSpan } from '../rule';

const ID = 'cold-ack';

const messages = {
  cold: '“{text}” on its own can read as curt or annoyed. A few warmer words (and what happens next) cost nothing.',
};

/**
 * Acknowledgements that read cold on their own. "ok"/"okay"/"sure"/"understood" only with a full
 * stop (the stop is what makes them sound clipped); the others with or without one.
 */
const COLD = /^\s*(?:(?:ok|okay|sure|understood|right|alright|got it)\s*\.|(?:k|kk|fine|noted|whatever|as you wish|if you say so|ok then|fine then)\s*\.?)\s*$/i;

const rule: Rule = {
  id: ID,
  description: 'A bare “Okay.”, “Fine.”, “k” or “noted.” that reads as cold.',
  messages,
  examples: {
    flagged: ['Okay.', 'Fine.', 'k', 'noted.', 'Whatever', 'Sure.'],
    ok: [
      'ok',
      'Okay!',
      'Got it, thanks!',
      'Noted — I will update the deck by 3pm.',
      'Fine by me, go ahead with option B.',
      'Sure, happy to help!',
      'OK, sending it now 👍',
    ],
  },
  check(doc) {
    if (!COLD.test(doc.text)) return [];
    const { start, end } = trimmedSpan(doc.text);
    const replace = (label: string, replacement: string) => ({ label, start, end, replacement });
    return [
      finding(ID, doc, start, end, 'info', messages.cold.replace('{text}', doc.text.slice(start, end)), [
        replace('Thank and say what is next', 'Got it, thanks! I will [next step] by [when].'),
        replace('Warm agreement', 'Sounds good, thanks for letting me know.'),
        replace('Agree with a condition', 'Okay, that works for me, as long as [condition].'),
      ]),
    ];
  },
};

export default rule;
