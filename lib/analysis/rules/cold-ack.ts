/**
 * cold-ack — "Okay.", "Fine.", "k", "noted." sent as the whole reply read as cold or annoyed.
 * Offers a warmer acknowledgement that also says what happens next.
 */
import type { Rule } from '../rule';
import { finding, trimmedSpan, askFix } from '../rule';

const ID = 'cold-ack';

const messages = {
  cold: '“{text}” on its own can read as curt or annoyed. A few warmer words (and what happens next) cost nothing.',
};

/**
 * Acknowledgements that read cold on their own. "ok"/"okay"/"sure"/"understood" only with a full
 * stop (the stop is what makes them sound clipped); the others with or without one.
 */
const COLD = /^\s*(?:(?:ok|okay|sure|understood|right|alright|got it)\s*\.|(?:k|kk|fine|noted|whatever|as you wish|if you say so|ok then|fine then)\s*\.?)\s*$/i;
/**
 * A short reply made only of acknowledgement words, with no warmth (no "thanks", no "!", no emoji)
 * and nothing about what happens next: "If you say so.", "Noted, I guess.", "Fine. Do it your way.",
 * "Whatever you think.", "Right. Got it." A bare "ok"/"sure" with no full stop stays neutral.
 */
const ACK_WORDS = new Set([
  'ok', 'okay', 'k', 'kk', 'fine', 'noted', 'sure', 'understood', 'right', 'alright', 'got', 'it', 'whatever', 'then', 'if', 'you', 'say',
  'so', 'i', 'guess', 'suppose', 'your', 'call', 'do', 'way', "that's", 'thats', 'that', 'what', 'want', 'think', 'as', 'wish',
  'whatever', 'gotcha', 'we', 'll', 'see', 'is', 'own', 'decision', 'up', 'to',
]);
const WARM = /thank|thx|ty\b|appreciate|great|sounds good|happy|glad|love|perfect|awesome|!|\p{Extended_Pictographic}|:\)|🙂/iu;
function coldShort(prose: string): boolean {
  const words = prose.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (words.length === 0 || words.length > 6 || WARM.test(prose) || prose.includes('?')) return false;
  if (!words.every((w) => ACK_WORDS.has(w) || ACK_WORDS.has(w.replace(/'.*$/, '')))) return false;
  // One neutral word without a full stop ("ok", "sure") is fine; two clipped parts or a stop read cold.
  return /[.]\s*$/.test(prose.trim()) || words.length >= 2 || /^(?:k|kk|fine|noted|whatever)$/.test(words[0]!);
}

const rule: Rule = {
  id: ID,
  description: 'A bare “Okay.”, “Fine.”, “k” or “noted.” that reads as cold.',
  messages,
  examples: {
    flagged: ['Okay.', 'Fine.', 'k', 'noted.', 'Whatever', 'Sure.', 'If you say so.', 'Noted, I guess.', 'Fine. Do it your way.', 'Whatever you think.'],
    ok: [
      'ok',
      'Okay!',
      'Got it, thanks!',
      'Noted — I will update the deck by 3pm.',
      'Fine by me, go ahead with option B.',
      'Sure, happy to help!',
      'OK, sending it now 👍',
      'kk, will do after lunch',
      'Sure thing, on it.',
      'Yes, Thursday works.',
      'Right, that makes sense. Thanks for explaining!',
    ],
  },
  check(doc) {
    if (doc.prose.length > 200 || (!COLD.test(doc.prose) && !coldShort(doc.prose))) return [];
    const { start, end } = trimmedSpan(doc.prose);
    const replace = (label: string, replacement: string) => ({ label, start, end, replacement });
    return [
      finding(ID, doc, start, end, 'info', messages.cold.replace('{text}', doc.text.slice(start, end)), [
        replace('Warm agreement', 'Sounds good, thanks for letting me know.'),
        askFix(doc, start, 'Thank and say what is next', { question: 'What will you do next, and when?', hint: 'e.g. update the deck by 3pm', before: 'Got it, thanks! I will ', after: '.' }, end),
        askFix(doc, start, 'Agree with a condition', { question: 'On what condition?', hint: 'e.g. we keep the Friday release', before: 'Okay, that works for me, as long as ', after: '.' }, end),
      ]),
    ];
  },
};

export default rule;
