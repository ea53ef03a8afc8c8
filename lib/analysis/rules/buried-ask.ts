/**
 * buried-ask — in a long message the ask sits in the middle, where a skimming reader misses it.
 * The fix copies the first ask to the top, as its own paragraph after the greeting: one insertion,
 * so the writer's words (and any link or bold on them) stay as they are and one Ctrl+Z takes it
 * back. The ask also stays where it was, in its context; moving it (deleting it there) would be a
 * second edit, and undoing half of it would leave the ask missing. The rewrite moves it for real.
 */
import { GREETING_SENTENCE, GREETING_WORD } from '../lexicon';
import type { Rule } from '../rule';
import type { Fix } from '../types';
import { finding } from '../rule';

const ID = 'buried-ask';

const messages = {
  buried: 'The ask is buried in a long message: copy it to the top, where a skimming reader sees it first.',
};


/** A message this long is skimmed: the first two lines are what gets read. */
const LONG_CHARS = 400;
const LONG_SENTENCES = 5;
/** Offers and closings ask nothing of the reader: "Let me know if you have questions", "Happy to help". */
const OFFER =
  /\b(?:let me know if (?:you|there|anything)|happy to|glad to|feel free|if you have (?:any )?questions|if you need|any questions|hope (?:you|this|that|all)|see you)\b/i;

/** "Hi Ana," at the start of the first sentence: the ask goes after it, never before the greeting. */
const GREETING_PREFIX = new RegExp(`^${GREETING_WORD}\\b[^,!.?\\n]{0,30}[,!]\\s*`, 'i');
/** A connector that ties the ask to what came before it ("Anyway, can you …"): meaningless at the top. */
const CONNECTOR = /^(?:anyway|anyhow|so|also|oh and|and|but|btw|by the way|in any case|that said|long story short|all that to say)\b[,:]?\s*/i;

/** The ask as it reads at the top: without its connector, capitalised. */
export function askAtTop(ask: string): string {
  const bare = ask.replace(CONNECTOR, '');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

/**
 * The fix that puts `ask` first, as its own paragraph at `at` (where the body starts, after any
 * greeting). Only what it adds is written: the ask and the paragraph breaks around it. After an
 * inline greeting ("Hi team, we had …") the greeting's space becomes a paragraph break and the
 * body's first letter a capital, the one character of the writer's it retypes.
 */
export function copyToTop(text: string, at: number, ask: string): Fix {
  const label = 'Copy the ask to the top';
  let ws = at;
  while (ws > 0 && /\s/.test(text[ws - 1]!)) ws--;
  const before = text.slice(ws, at);
  // At the very start, or after a line break: the ask goes in as a paragraph of its own.
  if (ws === 0 || before.includes('\n')) return { label, start: at, end: at, replacement: `${ask}\n\n` };
  const first = text.charAt(at);
  const capital = first.toUpperCase();
  const end = capital !== first ? at + 1 : at;
  return { label, start: ws, end, replacement: `\n\n${ask}\n\n${end > at ? capital : ''}` };
}

const rule: Rule = {
  id: ID,
  description: 'In a long message the ask is hidden in the middle: move it to the top.',
  messages,
  examples: {
    flagged: [
      'Hi Ana, I hope your week is going well. We had the quarterly planning session yesterday and a lot came up. The team spent most of the time on the roadmap and the hiring plan. Marketing raised the launch timing again, which took a while. Can you send me the final revenue numbers for Q3 by Thursday 3pm? There was also a long discussion of the offsite, which we will pick up next week. Sam shared the draft agenda, and people seemed happy with it overall.',
      'Some background first. Last month we moved the billing service to the new cluster. Since then the error rate on invoices has doubled, mostly in the EU region. We traced part of it to a timeout in the tax lookup, and part of it to retries. Please approve the rollback plan in the ticket by Friday noon. The rest of this note is the detail of what we measured, for whoever is curious, including the graphs and the raw logs.',
      'Hello team, a long update. The migration is 80% done and the remaining services are the legacy ones. We hit two snags with the auth proxy, both solved now. Costs are down 12% month on month, which is better than forecast. Could you each confirm your service owner in the sheet by Wednesday? Next week we start on the data warehouse, and the plan for it is in the wiki; it will take most of December. After that we will look at the remaining legacy jobs and the reporting stack.',
    ],
    ok: [
      'Can you send me the final Q3 revenue numbers by Thursday 3pm? Background: we had the planning session yesterday and the board wants them. The team spent most of the time on the roadmap and hiring. Marketing raised the launch timing again. Sam shared the draft agenda for the offsite.',
      'Please fix the header bug.',
      'Hi Ana, can you review the deck by Friday? Thanks!',
      'Quarterly update: revenue is up 12%, churn is down, and the new region launched on time. The team grew by three people. The offsite is confirmed for March. Nothing needed from you; this is for your records. Thanks to everyone for a strong quarter.',
      'We had a great offsite. The team spent time on the roadmap. Marketing raised the launch. Sam shared the agenda. Let me know if you have questions.',
      'Hi team, this week: I finished the migration of the invoicing service, which was blocked on the schema change for a while. When I looked at it on Tuesday it still failed on the EU shard, so I patched the index. It is now live for all regions. Costs are flat. The dashboards are updated. Next: reporting. Let me know if you have any questions, happy to walk anyone through it.',
    ],
  },
  check(doc) {
    const text = doc.text;
    if (doc.prose.trim().length < LONG_CHARS || doc.sentences.length < LONG_SENTENCES) return [];
    // The asks: explicit asks and requests, not offers ("let me know if you have questions") or small talk.
    const requested = new Set(doc.requests.map((r) => r.sentence));
    const explicit = new Set(doc.asks);
    const index = doc.sentences.findIndex((s, i) => (requested.has(i) || (s.question && explicit.has(s))) && !OFFER.test(s.text) && !/^how (?:are|was|is)\b/i.test(s.text));
    const ask = doc.sentences[index];
    // An ask that reads as a greeting is not among the sentences it would be moved above.
    if (!ask || GREETING_SENTENCE.test(ask.text)) return [];
    // Its place among the sentences that are not greetings, read only up to the ask: on every
    // keystroke of a long message the sentences after it need not be tested.
    const before = doc.sentences.slice(0, index).filter((s) => !GREETING_SENTENCE.test(s.text));
    // An ask within the first two sentences is where readers look; anywhere later in a long message (the end included) it is buried.
    if (before.length < 2) return [];
    const top = before[0]!;
    const greeting = GREETING_PREFIX.exec(top.text);
    const at = top.start + (greeting && greeting[0].length < top.text.length ? greeting[0].length : 0);
    return [finding(ID, doc, ask.start, ask.end, 'info', messages.buried, [copyToTop(text, at, askAtTop(ask.text))])];
  },
};

export default rule;
