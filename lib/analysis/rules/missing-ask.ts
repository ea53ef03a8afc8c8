/**
 * missing-ask — the message wants something but never says what the reader should do:
 * "Thoughts?", "Can we chat?", "FYI the numbers look off". The reader has to guess (or ask back).
 */
import { GREETING_SENTENCE, isBarePing } from '../lexicon';
import type { Rule } from '../rule';
import { askFix, beforeClosingPunctuation, finding } from '../rule';
import type { Finding } from '../types';

const ID = 'missing-ask';

const messages = {
  contentless: '“{text}” asks for something, but not what: say what you want to hear back, or decide.',
  meeting: '“{text}” — about what, and how long? Often the question itself fits in the message.',
  problem: 'This points at a problem but never says what the reader should do about it.',
};

/** A whole sentence that asks for a reply without saying which one. */
const CONTENTLESS =
  /^(?:(?:so,? |and |any |your |some )?(?:thoughts|feedback|comments|ideas|input|opinions?|views)(?: (?:anyone|welcome|please|appreciated))?|wdyt|what do (?:you|u|y'all|people) think|(?:please )?let me know|lmk|let me know (?:your thoughts|what you think)|what say you|reactions)\s*[?!.…]*$/i;
/** A whole sentence that asks for a conversation without saying about what. */
const BARE_MEETING =
  /^(?:(?:hey|hi)[,!]?\s+)?(?:(?:can|could|shall) (?:we|i) (?:chat|talk|catch up|sync|speak|have a (?:quick )?(?:word|call|chat))(?: (?:today|later|quickly|real quick|soon|sometime))?|(?:quick )?(?:call|chat|sync)\?|(?:got|have you got|do you have) (?:a )?(?:sec|second|minute|min|moment)|let'?s (?:chat|talk|sync|catch up|hop on a call)|ping me|call me)\s*[?!.…]*$/i;
/** A problem stated with no ask: "FYI the numbers look off". */
const PROBLEM =
  /\b(?:looks? (?:off|wrong|weird|strange|broken)|seems? (?:off|wrong|broken|weird)|(?:is|are|'s) (?:wrong|broken|missing|incorrect|out of date)|(?:doesn'?t|don'?t|does not|do not) (?:add up|match|work|load)|there(?:'s| is| are) (?:an?|some) (?:issues?|problems?|errors?|bugs?|discrepanc(?:y|ies)|mistakes?))\b/i;
const FAILED = /\b(?:failed|crashed|broke|went down|is down|(?:is|are|keeps?) failing|stopped working|didn'?t (?:run|work|send|go out))\b/i;
const HANDLED = /\b(?:fixed|resolved|sorted|no action|nothing to do|no need to|just so you know it'?s|i(?:'ve| have)? (?:moved|fixed|patched|reverted|rolled back|updated|let)|i'?ll (?:fix|handle|take care|look|send|sort)|all good|all set|confirmed|is correct|looks? (?:right|good|great|fine))\b/i;
/**
 * A problem told to the person who owns it, with no ask — also in the past tense and wrapped in a
 * greeting and sign-off: "Your last deploy took staging down.", "the release you tagged yesterday
 * is missing the migration", "the invoice you sent charges us twice". The owner is "your X" or
 * "the X you <did>"; the problem is a failure, a wrong or missing thing, or something done twice.
 */
const OWNED = /\b(?:your\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+|(?:the|that|this)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+\s+(?:that\s+)?you(?:'ve| have)?\s+(?:\w+ed|built|made|sent|wrote|set up|ran|raised|tagged|merged|shipped|drew|drafted|created|uploaded|pushed|configured|presented|deployed))\b/iu;
const WENT_WRONG =
  /\b(?:took\s+[\p{L}-]+\s+down|(?:broke|breaks|broken|deleted|removed|removes|overwrote|overwrites|wiped|dropped|duplicated|emailed|spammed|crashed|failed|fails|failing)\b|(?:is|are|was|were)\s+(?:still\s+)?(?:missing|wrong|broken|off|incorrect|outdated|out of date|stale|empty|down|failing|pointing at the (?:old|wrong))|(?:still\s+)?(?:lists?|shows?|uses?|points?(?: at| to)?|has|had|went (?:out )?to|charges?|charged)\s+(?:the\s+)?(?:old|wrong|last (?:week|month|quarter|year)'?s?|stale|outdated|twice|double|[\p{L}\s]{0,30}\btwice)|twice|the wrong|still on for|instead of|(?:whole|entire) (?:customer|company|user|mailing) list|to (?:the )?(?:entire|whole|all) )/iu;

const rule: Rule = {
  id: ID,
  description: 'Wants something but never says what the reader should do.',
  messages,
  examples: {
    flagged: [
      'Thoughts?',
      'Can we chat?',
      'FYI the numbers look off.',
      'Here is the new onboarding flow. Any thoughts?',
      'Your last deploy took staging down.',
      'Hi Jordan, the contract you drafted for Nordwind still lists the old payment terms (net 60). Cheers, Sam',
      'let me know',
    ],
    ok: [
      'FYI: I am out on Friday.',
      'The numbers look off — can you check the March column against the ledger?',
      'Can we chat about the Q3 budget for 15 minutes today?',
      'What do you think of option B versus option A for the pricing page?',
      'The deploy was broken this morning but it is fixed now, no action needed.',
      'Thanks for the update!',
      'Hi Paula, I moved your PO to cost centre 4420 and let finance know. No action needed on your side.',
      'Your invoice INV-2291 is attached. Payment is due within 30 days.',
      'Hey, got a minute?',
      'Please review the draft and let me know by Friday if the second paragraph works.',
    ],
  },
  check(doc) {
    const findings: Finding[] = [];
    // A bare ping ("got a minute?") is no-hello's: one finding per problem.
    if (isBarePing(doc.prose)) return [];
    const realAsks = doc.requests.length + doc.asks.filter((a) => !CONTENTLESS.test(a.text) && !BARE_MEETING.test(a.text)).length;
    for (const s of doc.sentences) {
      const contentless = CONTENTLESS.test(s.text);
      // "let me know" after a real ask closes it ("… by Friday? Let me know."): only alone is it empty.
      if (contentless && realAsks > 0 && /let me know|lmk/i.test(s.text)) continue;
      if (contentless || BARE_MEETING.test(s.text)) {
        const alone = doc.sentences.length === 1;
        findings.push(
          finding(ID, doc, s.start, s.end, alone ? 'warning' : 'info', (contentless ? messages.contentless : messages.meeting).replace('{text}', s.text), [
            contentless
              ? askFix(doc, s.end, 'Say what you want back', {
                  question: 'What should they tell you or do?',
                  hint: 'e.g. approve it as is, or say what is wrong',
                  before: ' Could you ',
                  after: '?',
                  choices: ['approve it as is or tell me what to change', 'pick one of the options'],
                })
              : askFix(doc, beforeClosingPunctuation(doc.text, s.start, s.end), 'Say what about', {
                  question: 'What about?',
                  hint: 'e.g. the Q3 budget, 15 minutes',
                  before: ' about ',
                  after: '',
                }),
          ]),
        );
      }
    }
    if (doc.asks.length === 0 && doc.requests.length === 0 && !HANDLED.test(doc.prose)) {
      const body = doc.sentences.filter((s) => !GREETING_SENTENCE.test(s.text));
      // Addressed to someone by name ("Hi Raj, …"), a failure is theirs to act on.
      const addressed = /^\s*(?:[Hh]i|[Hh]ey|[Hh]ello|[Dd]ear|[Mm]orning|[Gg]ood morning)?\s*,?\s*\p{Lu}\p{Ll}+\s*[,:—-]/u.test(doc.prose);
      const problem = body.find(
        (s) => PROBLEM.test(s.text) || (OWNED.test(s.text) && WENT_WRONG.test(s.text)) || (addressed && FAILED.test(s.text)),
      );
      const last = doc.sentences[doc.sentences.length - 1];
      if (problem && last) {
        findings.push(
          finding(ID, doc, problem.start, problem.end, 'warning', messages.problem, [
            askFix(doc, last.end, 'Add the ask', {
              question: 'What should they do about it?',
              hint: 'e.g. check it against the ledger by Friday',
              before: `${/[.!?…]$/.test(last.text) ? '' : '.'} Could you `,
              after: '?',
            }),
          ]),
        );
      }
    }
    return findings;
  },
};

export default rule;
