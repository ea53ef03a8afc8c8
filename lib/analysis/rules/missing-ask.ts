/**
 * missing-ask — the message wants something but never says what the reader should do:
 * "Thoughts?", "Can we chat?", "FYI the numbers look off". The reader has to guess (or ask back).
 */
import type { Rule } from '../rule';
import { appendFix, finding } from '../rule';
import type { Finding } from '../types';

const ID = 'missing-ask';

const messages = {
  contentless: '“{text}” asks for something, but not what: say what you want to hear back, or decide.',
  meeting: '“{text}” — about what, and how long? Often the question itself fits in the message.',
  problem: 'This points at a problem but never says what the reader should do about it.',
};

/** A whole sentence that asks for a reply without saying which one. */
const CONTENTLESS =
  /^(?:(?:any )?(?:thoughts|feedback|comments|ideas|input|opinions?)|wdyt|what do you think|(?:your )?thoughts\??|ideas|comments)\s*[?!.…]*$/i;
/** A whole sentence that asks for a conversation without saying about what. */
const BARE_MEETING =
  /^(?:(?:hey|hi)[,!]?\s+)?(?:(?:can|could|shall) (?:we|i) (?:chat|talk|catch up|sync|speak|have a (?:quick )?(?:word|call|chat))(?: (?:today|later|quickly|real quick|soon|sometime))?|(?:quick )?(?:call|chat|sync)\?|(?:got|have you got|do you have) (?:a )?(?:sec|second|minute|min|moment)|let'?s (?:chat|talk|sync|catch up|hop on a call)|ping me|call me)\s*[?!.…]*$/i;
/** A problem stated with no ask: "FYI the numbers look off". */
const PROBLEM =
  /\b(?:looks? (?:off|wrong|weird|strange|broken)|seems? (?:off|wrong|broken|weird)|(?:is|are) (?:off|wrong|broken|missing|incorrect|out of date)|(?:doesn'?t|don'?t|does not|do not) (?:add up|match|work|load)|there(?:'s| is| are) (?:an?|some) (?:issues?|problems?|errors?|bugs?|discrepanc(?:y|ies)|mistakes?))\b/i;
const HANDLED = /\b(?:fixed|resolved|sorted|no action|nothing to do|no need to|just so you know it'?s)\b/i;

const rule: Rule = {
  id: ID,
  description: 'Wants something but never says what the reader should do.',
  messages,
  examples: {
    flagged: ['Thoughts?', 'Can we chat?', 'FYI the numbers look off.', 'Hey, got a minute?', 'Here is the new onboarding flow. Any thoughts?'],
    ok: [
      'FYI: I am out on Friday.',
      'The numbers look off — can you check the March column against the ledger?',
      'Can we chat about the Q3 budget for 15 minutes today?',
      'What do you think of option B versus option A for the pricing page?',
      'The deploy was broken this morning but it is fixed now, no action needed.',
      'Thanks for the update!',
    ],
  },
  check(doc) {
    const findings: Finding[] = [];
    for (const s of doc.sentences) {
      const contentless = CONTENTLESS.test(s.text);
      if (contentless || BARE_MEETING.test(s.text)) {
        const alone = doc.sentences.length === 1;
        findings.push(
          finding(ID, doc, s.start, s.end, alone ? 'warning' : 'info', (contentless ? messages.contentless : messages.meeting).replace('{text}', s.text), [
            contentless
              ? { label: 'Say what you want back', start: s.start, end: s.end, replacement: 'Could you tell me [what exactly? approve as is / pick A or B / flag what is wrong]?' }
              : { label: 'Say what about', start: s.start, end: s.end, replacement: `${s.text.replace(/[?!.…\s]+$/, '')} about [topic] for [15 min]? [Or ask the question here, so it can be answered in writing.]` },
          ]),
        );
      }
    }
    if (doc.asks.length === 0 && !HANDLED.test(doc.text)) {
      const problem = doc.sentences.find((s) => PROBLEM.test(s.text));
      const last = doc.sentences[doc.sentences.length - 1];
      if (problem && last) {
        findings.push(
          finding(ID, doc, problem.start, problem.end, 'warning', messages.problem, [
            appendFix(doc, last.start, last.end, 'Add the ask', `${/[.!?…]$/.test(last.text) ? '' : '.'} Could you [what should they do? check / fix / confirm] [by when]?`),
          ]),
        );
      }
    }
    return findings;
  },
};

export default rule;
