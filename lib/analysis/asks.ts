/**
 * The explicit-ask detector: does a sentence ask the reader to do something or to reply?
 * Cue phrases and sentence shape only (no tagger), so it runs on every keystroke. Tuned on the
 * fixed 70% development split of ../shared/eval/ask-train.tsv; `npm run eval` reports both splits.
 */
import type { Sentence, Word } from './doc';
import { ACTION_VERBS, PROMO_VERBS, QUESTION_STARTS, writerIsSubject } from './lexicon';
import { withoutOtherSenses } from './cue-senses';
import { isHeadline } from './headline';
import { readsAsQuestion } from './question-form';
import { readerServesWriter } from './reader-serves-writer';
import { writerWantsReader } from './writer-wants-reader';
import { WRITER_SUBJECT } from './writer-subject';

/** Phrases that ask the reader for something wherever they sit in the sentence. */
const REQUEST_CUES =
  /\b(?:please|pls|plz|kindly|let (?:me|us|him|her|them|everyone) know|(?:can|could|would|will|won'?t|wouldn'?t|can'?t|couldn'?t) (?:you|u|y'all|someone|somebody|anyone|we)|(?:do|did|does|have|are|were|is) (?:you|u|anyone|everyone|somebody)|(?:i|we)(?: would|'d)? (?:really )?(?:appreciate|be grateful)|(?:i|we) (?:need|want|would like|'d like) (?:you|your|someone|somebody|everyone)|you (?:need to|should|must|might want to|may want to|will need to|have to|'ll need to)|feel free|get back to (?:me|us)|give (?:me|us) a (?:call|ring|shout)|call me|email me|e-mail me|send (?:me|us)|remind me|be sure to|don'?t forget|do not forget|i(?:'d| would) like to (?:know|hear|see)|(?:waiting|wait) for your|look(?:ing)? forward to your (?:reply|response|answer|feedback|comments)|your (?:thoughts|feedback|input|comments|approval|help|signature|review) (?:on|would|is|are)|thoughts\?|any (?:thoughts|ideas|comments|feedback|questions)|what do you think|how about|what about|why don'?t (?:you|we)|shall we|should we|would it be possible|is it possible|is there any (?:way|chance)|wondering (?:if|whether)|let'?s(?! (?:you|u)\b)|(?:i|we)(?: would|'d)? (?:very much |also |really |just )?(?:like|love|want) to (?:discuss|meet|talk|speak|chat|get|invite|hear|see|sit|schedule|set up|know|ask|request|have|confirm|check|follow up)|it (?:would|might|may|will) be (?:great|helpful|nice|good|useful|appropriate|wonderful) (?:if|to|for you)|if you (?:could|would|can|get a chance|have (?:a|some) (?:minute|moment|time|chance)|are (?:free|available|around|interested))|you (?:may|might|will|'ll) (?:still )?(?:need|want) to|(?:i|we) (?:really |still |also |just )?need (?:to|you|your|a|an|the|what|some|more|it|this|that)|i hope (?:you|we) (?:can|will|could)|wanted to (?:see|know|check|ask|follow up|inquire|confirm|find out)|(?:are|is) (?:you|anyone|everyone) (?:available|free|around|able|interested)|give (?:me|us) a (?:buzz|call|ring)|expect a call|invite you|join us|meet (?:with )?you|need to know|(?:we|you) (?:can|could|should|shoudl|might|may) (?:discuss|meet|talk|chat|get together|go over|set up|schedule|touch base|catch up)|maybe (?:we|you) (?:can|could|should)|(?:would|will|might) be (?:helpful|appreciated|great|ideal|nice|useful|wonderful)|hope (?:you|we) (?:can|could|will)|writing to (?:request|ask|invite)|(?:i|we)(?:'d| would)? (?:suggest|recommend|propose)(?: that)? (?:you|we)|you(?:'re| are) (?:more than |very |most )?welcome to|if you (?:want|wish|would like|'d like) to (?:discuss|talk|meet|join|call|chat|get together|come)|you can (?:reach|catch|call|contact|find) (?:me|us)|can be reached|give yourself|(?:have|get) (?:the|this|it) (?:executed|signed|done|approved)|(?:was|were) wondering (?:if|whether|about)|your (?:earliest|prompt) (?:convenience|attention|response|reply)|(?:please|pls) (?:advise|confirm|review|call|send|let|forward))\b/i;

/**
 * Whether a request cue asks the reader: cue words used in a sense that asks nothing
 * (cue-senses.ts) are blanked, and the cues read again, only where a cue matched and a word was blanked.
 */
function cueMatches(lower: string): boolean {
  if (!REQUEST_CUES.test(lower)) return false;
  const blanked = withoutOtherSenses(lower);
  return blanked === lower || REQUEST_CUES.test(blanked);
}

/** Mass-mailing boilerplate: conditional or purpose clauses that address no one in particular. */
const BOILERPLATE =
  /^(?:to (?:ensure|make sure|keep|continue|stop|opt|unsubscribe|receive|update|view|change)\b|if you(?:'d| would)(?: not| no longer)? (?:like|prefer)\b|if you (?:wish|no longer|do not|don't|prefer|are having trouble|received|see nothing)\b)|address book|safe[- ]sender|white ?list|unsubscribe|opt[- ]out|email preferences|this (?:e-?mail|message) (?:was sent|is intended)/i;

/** Openers skipped before reading the first verb: vocatives end at the comma, fillers are words. */
const FILLERS = new Set([
  'also', 'and', 'but', 'so', 'then', 'just', 'now', 'again', 'ok', 'okay', 'oh', 'hi', 'hey', 'hello',
  'finally', 'meanwhile', 'otherwise', 'additionally', 'lastly', 'first', 'second', 'next', 'btw',
  'alternatively', 'therefore', 'anyway', 'anyways', 'guys', 'all', 'folks', 'team', 'simply', 'please',
]);

/** The first word that could be the sentence's verb, after a vocative ("Paul, …") and fillers. */
function firstContentWord(sentence: Sentence): Word | undefined {
  const { words, text, start } = sentence;
  let i = 0;
  // A short vocative before a comma: "Paul, send …", "Jim and Sara, please …".
  const comma = text.indexOf(',');
  if (comma > 0 && comma < 25) {
    const head = words.filter((w) => w.end <= start + comma);
    if (head.length > 0 && head.length <= 3 && head.every((w) => /^\p{Lu}/u.test(w.text) || FILLERS.has(w.lower))) {
      i = head.length;
    }
  }
  while (i < words.length && FILLERS.has(words[i]!.lower)) i++;
  return words[i];
}

export type AskReason = 'question' | 'cue' | 'imperative' | 'proposal';

/**
 * Why a sentence is an explicit ask, or null when it is not one. A headline (title case) asks no
 * one whatever it says; it is checked last, on the few sentences that read as asks, to keep the
 * keystroke path light.
 */
export function askReason(sentence: Sentence): AskReason | null {
  const reason = askReasonOfClause(sentence);
  return reason && isHeadline(sentence.words) ? null : reason;
}

function askReasonOfClause(sentence: Sentence): AskReason | null {
  const lower = sentence.lower;
  if (BOILERPLATE.test(lower) && !invitesToWriter(lower)) return null;
  if (standingOffer(lower)) return null;
  if (sentence.question) return 'question';
  if (cueMatches(lower) || writerWantsReader(lower) || readerServesWriter(lower)) return 'cue';
  if (proposal(lower)) return 'proposal';
  const first = firstContentWord(sentence);
  if (!first) return null;
  if (QUESTION_STARTS.has(first.lower) && /\b(?:you|u|anyone|everyone|we)\b/.test(lower) && readsAsQuestion(sentence.words, sentence.words.indexOf(first))) return 'question';
  // A mass mailing's imperative ("Apply today", "Shop now") still asks the reader to act: the set labels it so.
  if (first.lower !== 'let' && (ACTION_VERBS.has(first.lower) || PROMO_VERBS.has(first.lower)) && !writerIsSubject(first.lower, lower.slice(first.end - sentence.start))) {
    // "Send …" is an ask; "Sent …", "Sending …" are not, and a bare verb + "ing"/"ed" never reaches here.
    // A verb-like first word followed by an auxiliary or a modal is a noun, the clause's subject:
    // "Call being scheduled for Wednesday", "Plan will include …", "Order has shipped".
    const next = sentence.words[sentence.words.indexOf(first) + 1];
    // "Try and get him scheduled", "go and ask": two verbs joined by "and" (a serial verb) are still an imperative.
    if (next && NOUN_SUBJECT_NEXT.test(next.lower) && !(next.lower === 'and' && SERIAL_VERBS.has(first.lower))) return null;
    return 'imperative';
  }
  // An imperative after a leading clause: "If you have a question, call your doctor", "For dates, visit …".
  const lead = LEADING_CLAUSE.exec(sentence.text);
  if (lead && (ACTION_VERBS.has(lead[1]!.toLowerCase()) || PROMO_VERBS.has(lead[1]!.toLowerCase()))) return 'imperative';
  return null;
}


/**
 * Who the reader is sent to when a sentence tells them to get in touch: the writer ("call me",
 * "let me know") or an organisation ("contact us", "our support team", an address or a link).
 */
const TO_WRITER = /\b(?:me|my|i)\b/;
const TO_ORGANISATION = /\b(?:us|our|support|customer (?:service|care|support)|help ?(?:center|centre|desk)|list owner)\b|[\w.-]+@[\w-]+\.|\$link|https?:|www\./;
/** A condition on the reader's own need: "if you have any questions", "should you need help". */
const READER_NEEDS = /\b(?:if|should|in case|whenever) you (?:have|need|require|experience|encounter|run into|are having|had)\b/;
/** A condition on the reader's own wish: "if you would like to discuss it", "if you'd prefer". */
const READER_WISHES = /^if you(?:(?:'d| would) (?:like|prefer)| wish| prefer)\b/;

/**
 * An organisation's standing offer — help on condition the reader needs it, from "us", a support
 * team, an address or a link ("If you have any questions, please contact us.") — asks nothing of
 * this reader now. The same offer from the writer ("…, please give me a call") is read as an ask.
 */
function standingOffer(lower: string): boolean {
  return READER_NEEDS.test(lower) && TO_ORGANISATION.test(lower) && !TO_WRITER.test(lower);
}

/** "If you would like to discuss this further, please give me a call": an invitation to the writer, not mass-mail boilerplate. */
function invitesToWriter(lower: string): boolean {
  return READER_WISHES.test(lower) && TO_WRITER.test(lower.replace(READER_WISHES, '')) && !UNSUBSCRIBE.test(lower);
}
const UNSUBSCRIBE = /unsubscribe|opt[- ]?(?:out|in)|receiv|remove|preferences|mailing list/;

/**
 * A proposal that needs the reader's answer, read as clause structure rather than phrasings:
 *   a joint action — "we" (or "the three of us", "you and I"), an adverb, a modal or future, and
 *     a verb of meeting or a meeting held, arranged or moved ("We should try to talk tomorrow",
 *     "we'll need to discuss it on the call", "we could have lunch", "we shall set up a quick call",
 *     "we could find some time to meet", "we can delay the conversation till next week");
 *   the writer + a modal or future + contact with the reader, or free to meet ("I'll call you
 *     Friday", "I shall join you there", "I will discuss it with you", "I'd be glad to meet for
 *     coffee"), or "let me" + contact with the reader ("Let me call you after lunch");
 *   a time offered for a meeting ("Wednesday works for me", "I can meet around 10:00", "I'm free
 *     after 3").
 */
function proposal(lower: string): boolean {
  return JOINT_ACTION.test(lower) || timeOffered(lower);
}
const MODAL_CHAIN =
  "(?:'ll|'d| will| shall| would| should| can| could| may| might| must| need to| have to| are going to| am going to)(?: (?:also|probably|then|just|still|definitely|certainly|really|try to|need to|have to|be (?:very |more than |really )?(?:glad|happy|pleased|delighted|able) to|like to|want to|love to|hope to|plan to))*";
/** Verbs of meeting, and meetings held or arranged: "discuss", "get together", "set up a quick call". */
const MEETING =
  '(?:discuss|meet|talk|speak|chat|get together|catch up|touch base|sit down|(?:have|hold|set up|arrange|schedule|organi[sz]e|move|delay|postpone|reschedule|push back|push) (?:a |an |the |our |some |this |that )?(?:(?!for |with |at |to |in |on )[\\w-]+ ){0,2}?(?:discussion|conversation|call|chat|meeting|conference|lunch|dinner|coffee|breakfast|drink|beer|briefing|session|follow-up)s?|go (?:to|out for) (?:lunch|dinner|coffee))';
/** Contact with the reader: "call you", "get back to you", "give you a ring", "visit with you". */
const CONTACT_YOU = '(?:(?:call|ring|phone|see|join|meet|visit(?: with)?|get back to|fill|contact|email|e-mail) you|give you a (?:call|ring|buzz))';
/** The writer free to meet, with no one else named: "I'd be glad to meet for coffee", "I can catch up then". */
const WRITER_MEETS = '(?:meet|get together|catch up|chat|talk)(?= (?:for|at|in|on|over|up|tomorrow|today|tonight|next|this|sometime|whenever|then|soon|later)\\b|\\s*[.!,;]|$)';
/**
 * The writer glad to come, go or join, an offer that waits for the reader's answer: "I'd be happy
 * to come to your office", "I'd be glad to go", "we shall be very glad to join you".
 */
const WRITER_WILLING = "(?:'d| would| will|'ll| shall)(?: definitely| really| also| certainly)? be (?:very |more than |really |so )?(?:glad|happy|pleased|delighted|thrilled) to (?:come|go|drop by|stop by|swing by|join)";
/** The writer and the reader together as a subject: "we", "the three of us", "you and I". */
const JOINT_SUBJECT = '(?:we|(?:all|both|the (?:two|three|four|five|few) )of us|you and (?:i|me))';
const JOINT_ACTION = new RegExp(
  `\\b(?:${JOINT_SUBJECT}(?: (?:probably|also|really|just|then|definitely|certainly|still))?${MODAL_CHAIN} (?:(?:find|make) (?:some |the )?time to )?(?:${MEETING}|${CONTACT_YOU})|${WRITER_SUBJECT}${MODAL_CHAIN} (?:${CONTACT_YOU}|${MEETING}(?: [\\w'-]+){0,4}? (?:with|to) you|${WRITER_MEETS})|${WRITER_SUBJECT}${WRITER_WILLING}|let me (?:call|talk to|meet|see|catch up with|get back to|give) you)\\b`,
);
const WHEN_WORDS = "(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|tonight|morning|afternoon|evening|noon|lunch|dinner|breakfast|coffee|\\d{1,2}(?::\\d\\d)?(?:\\s?[ap]\\.?m\\.?)?|week|any ?time|either day|that date|that time|then";
/** "Wednesday works", "a dinner on Fri would work for me", "8:15 is fine": what is said of a time offered. */
const SUITS = /\b(?:works|would work|will work|is good|is fine|sounds good|would be (?:best|good|great|fine|better|ideal|perfect))\b/;
const TIME_BEFORE = new RegExp(`\\b(?:${WHEN_WORDS})\\b[^!?;]{0,25}$`);
/** A day of the week, spelled out or shortened as people type it ("Wed and Thur evening"). */
const WEEKDAY = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?|wednesday|(?:tues|wednes|thurs|satur)day';
/** "I'm free after 3", "we are ok for 8:15", "I can meet around 10:00", "I'm available Wed evening", "I have a slot open at 2:00". */
const FREE_AT = new RegExp(
  `\\b(?:i|we)(?:'m| am| are| will be|'ll be) (?:free|available|ok|okay|around) (?:at|on|for|after|before|until|any|most|all|this|next|tomorrow|today|tonight|(?:${WEEKDAY})\\b)` +
    `|\\b(?:i|we) (?:can|could) (?:meet|do|make it|talk|chat) (?:at|on|around|any|after|before|tomorrow|today|tonight|this|next|(?:${WEEKDAY})\\b)` +
    `|\\b(?:i|we) have (?:a |an |some )?(?:time ?slot|slot|opening|window|hour)s? (?:available|free|open) (?:at|on|from|after|before|${WEEKDAY})\\b`,
);
function timeOffered(lower: string): boolean {
  const suits = SUITS.exec(lower);
  if (suits && TIME_BEFORE.test(lower.slice(Math.max(0, suits.index - 60), suits.index))) return true;
  return FREE_AT.test(lower);
}

/** Words after which a verb-like first word is a noun subject: "of", "and", auxiliaries, modals. */
/** Verbs that take another verb through "and" in speech ("try and get", "go and ask", "come and see"). */
const SERIAL_VERBS = new Set(['try', 'go', 'come']);
const NOUN_SUBJECT_NEXT = /^(?:is|was|are|were|has|had|of|and|being|been|will|would|can|cannot|can't|could|should|may|might|must|shall|does|did|doesn't|didn't|won't|wouldn't|isn't|wasn't)$/;

const LEADING_CLAUSE = /^(?:if|for|when|once|before|after|while|whenever|in case)\b[^,]{3,90},\s*(?:(?:please|just|simply|then|pls)\s+)?([\p{L}-]+)/iu;

export function isAsk(sentence: Sentence): boolean {
  return askReason(sentence) !== null;
}
