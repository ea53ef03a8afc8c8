/**
 * One representation of each request in a message — what is asked (the verb), of which thing (its
 * object noun phrase, and whether anything pins that thing down), of whom, by when, and why — read
 * from sentence structure once per analysis. The rules (missing-deadline, vague-reference,
 * vague-deadline, missing-ask, buried-ask) and the rewrite read it instead of each keeping a list
 * of phrasings.
 *
 * Shapes recognised (on the writer's prose only, see prose.ts):
 *   imperative      "Send me the deck", "Paul, fix the header"
 *   please          "… please review the PR", "pls rerun it"
 *   modal           "Can/Could/Would/Will you (please) …", "Could someone on the data team …",
 *                   "Would you be able/willing to …", "I'd appreciate it if you could …"
 *   mind            "Would you mind re-running …", "Mind fixing that …"
 *   need            "I need you to …", "We'd like someone to …"
 *   want            "Need the signed SOW back", "I need the logo files"
 * Pure and regular-expression based: cheap enough for every keystroke. Read per sentence and per
 * paragraph (readSentenceRequests, readParagraphFacts), then put together at message level
 * (assembleRequests), so an analyzer re-reads only what an edit touched.
 */
import type { Deadline } from './deadlines/types';
import type { Sentence, Word } from './doc';
import { ACTION_VERBS, writerIsSubject } from './lexicon';
import type { Span } from './types';

export type RequestShape = 'imperative' | 'please' | 'modal' | 'mind' | 'need' | 'want';

export type ObjectKind = 'pronoun' | 'demonstrative' | 'definite' | 'possessive' | 'indefinite' | 'named' | 'bare';

export interface RequestObject extends Span {
  text: string;
  kind: ObjectKind;
  /** The head word, lower case ("report", "it"). */
  head: string;
  /** Whether the reader can tell which thing: a name, number, link, quote, an earlier mention, a specific qualifier. */
  pinned: boolean;
  /** It points at shared memory ("the file from the call", "the doc I mentioned"): never pinned. */
  memory: boolean;
}

export interface Request extends Span {
  /** Index of the sentence in `Doc.sentences`. */
  sentence: number;
  shape: RequestShape;
  /** It asks for work (send, fix, review …), not only for information or a reply. */
  task: boolean;
  verb?: Span & { text: string };
  object?: RequestObject;
  /** Who is asked: "you", "someone", a vocative name ("Paul"). */
  addressee?: string;
  /** When it is due: a deadline in the message, a vague one, a condition ("once CI is green"), or none. */
  timing: 'resolved' | 'vague' | 'condition' | 'none';
  /** "so that …", "because …", "— it blocks the release": why it is asked. */
  purpose?: Span;
  /** Why no "by when" applies to it although it may ask for work (absent when one does): see Untimed. */
  untimed?: Untimed;
}

/**
 * Why a request has no "by when" to miss — read from its structure, so every rule that asks "is a
 * time missing?" (needsTime) gets one answer:
 *   'refrain'   it asks the reader not to do something: "Please don't merge it", "Do not share this";
 *   'offer'     it waits on the reader's own need or wish: "If you have questions, call me", "Feel
 *               free to ping me", "Please don't hesitate to reach out", "Would you like to join?";
 *   'question'  it asks how, when or who, and the answer is the reader's: "How would you fix it?",
 *               "When can you send it?";
 *   'standing'  a standing instruction, not one piece of work: "Going forward, please cc me",
 *               "Keep me posted".
 */
export type Untimed = 'refrain' | 'offer' | 'question' | 'standing';

/** Whether a request asks for a piece of work that has a "by when" to state (or to miss). */
export function needsTime(r: Request): boolean {
  return r.task && !r.untimed;
}

/** Verbs after "can you" that ask for information or a reply rather than for work. */
const INFO_VERBS = new Set([
  'know', 'tell', 'let', 'think', 'remember', 'recall', 'be', 'have', 'imagine', 'guess', 'hear', 'say', 'explain', 'believe', 'mind',
]);
/** Verbs that ask for information when a wh-word or "whether" follows ("confirm whether …"). */
const MAYBE_INFO = new Set(['confirm', 'check', 'ask', 'find', 'see', 'look', 'figure', 'clarify', 'verify', 'tell', 'remind', 'show', 'point']);
/** "Could you confirm receipt?", "confirm that the call is on", "confirm you can attend": a reply asked for. */
const CONFIRM_REPLY = /^(?:that|receipt|you|your (?:availability|attendance))\b/;
/** "Can anyone recommend a formatter?", "Could you suggest a time?": a question whose answer is a recommendation. */
const RECOMMEND = /^(?:recommend|suggest)$/;
const WH = /^(?:whether|if|what|when|who|which|how|why|where)\b/;

const ADVERBS = new Set(['please', 'pls', 'plz', 'kindly', 'just', 'quickly', 'also', 'maybe', 'possibly', 'still', 'perhaps', 'then', 'actually', 'now', 'again', 'definitely', 'really']);
const PARTICLES = new Set(['up', 'over', 'out', 'in', 'on', 'back', 'through', 'together', 'off', 'into', 'at', 'around', 'down', 'across', 'ahead', 'forward', 'along', 'onto']);
const INDIRECT = new Set(['me', 'us', 'him', 'her', 'them', 'everyone', 'everybody', 'someone', 'the team']);
const PRONOUNS = new Set(['it', 'this', 'that', 'these', 'those', 'them', 'one']);
const DEMONSTRATIVE = new Set(['this', 'that', 'these', 'those']);
const POSSESSIVE = new Set(['my', 'your', 'our', 'his', 'her', 'their', 'its']);
const INDEFINITE = new Set(['a', 'an', 'some', 'any', 'all', 'each', 'every', 'another', 'two', 'three', 'few', 'more']);
/** Words that end a noun phrase: prepositions, conjunctions, time and courtesy words. */
const NP_STOP = new Set([
  'to', 'for', 'from', 'with', 'by', 'before', 'after', 'until', 'till', 'when', 'once', 'and', 'or', 'but', 'so', 'as', 'if',
  'please', 'pls', 'asap', 'today', 'tomorrow', 'tonight', 'again', 'in', 'on', 'at', 'of', 'about', 'into', 'since', 'because',
  'that', 'which', 'who', 'where', 'i', 'we', 'you', 'they', 'he', 'she', 'soon', 'now', 'later', 'first', 'too', 'back', 'over',
  'up', 'out', 'off', 'whenever', 'sometime', 'here', 'there', 'instead', 'is', 'are', 'was', 'were', 'thanks', 'thx', 'urgently',
]);
/** Adjectives that do not tell one thing from another ("the new figures" is still "which figures?"). */
const GENERIC = new Set(['new', 'old', 'latest', 'final', 'revised', 'updated', 'other', 'same', 'last', 'current', 'first', 'whole', 'full', 'big', 'small', 'usual', 'right', 'wrong', 'next', 'previous', 'original', 'draft', 'main', 'little', 'quick', 'rest']);

/** Shared memory the reader may not share: "from the call", "we discussed", "as before", "I mentioned". */
export const MEMORY =
  /\b(?:from (?:the |our |that |this |yesterday['’]?s |today['’]?s |this morning['’]?s |last (?:week['’]?s? |night['’]?s? |time)|the other )?(?:other )?(?:call|meeting|sync|standup|stand-up|chat|demo|offsite|off-site|session|workshop|week|time|day|thread|conversation|morning sync)\b|(?:the|that|those|these|this|what)\s+(?:[\p{L}-]+\s+){0,3}?(?:that\s+|which\s+)?(?:we|you|i|they)(?:['’]ve| have| had)?\s+(?:discussed|mentioned|talked about|spoke about|chatted about|looked at|went over|agreed on|said)\b|what (?:we|you|i) (?:discussed|mentioned|talked about|spoke about|chatted about|said)\b|as (?:i|we) (?:said|mentioned)(?: (?:above|before|earlier))?|as mentioned (?:above|before|earlier)|as (?:before|last time|discussed)|same \w+ as (?:before|last time)|the usual\b|you know (?:the one|what i mean))/iu;
/** A relative clause that names a findable artefact: "the proposal I shared yesterday", "the deck Sam sent". */
const ARTEFACT_CLAUSE = /^(?:\s+(?:that |which )?(?:i|we|you|he|she|they|\p{Lu}\p{Ll}+)(?:'ve| have| had)? (?:shared|sent|attached|posted|uploaded|linked|forwarded|pasted|pinned|emailed|filed|opened|created|wrote|drafted))\b/iu;
/** The next sentence says what it is: "… the PR? It's the one that fixes the login timeout." */
const EXPLAINED_NEXT = /^\s+(?:it|this|that|they)(?:'s|’s| is| are| was| were)\s+(?:the|a|an|about|for|in|on|from)\b/i;
const POINTER = /\battach(?:ed|ment)\b|\bbelow\b|\bhere(?:'s| is| are)\b|\bscreenshot\b/i;

/** The first "you can/could…" style cue and the offset of the word after it, within a sentence. */
const MODAL =
  /\b(?:can|could|would|will|won'?t|can'?t|couldn'?t|wouldn'?t)\s+(?:you|u|y'all|(?:some|any)(?:one|body)(?:\s+(?:on|from|in)\s+(?:the\s+)?[\p{L}-]+(?:\s+team)?)?|one of you|you (?:guys|all|two))\s+(?:(?:be able|be willing|be so kind as|possibly|please|pls|kindly|just|quickly|also|maybe|still|perhaps|help(?: me)?)\s+(?:to\s+)?)*/iu;
const IF_YOU_COULD = /\b(?:if you (?:could|can|would)|i'?d (?:appreciate|love) (?:it )?if you (?:could|can|would)|(?:would|it'?d) be (?:great|good|helpful|nice) if you (?:could|can|would))\s+(?:please\s+|just\s+)?/i;
const MIND = /\b(?:(?:would|do|could) you mind|^mind)\s+/i;
/** Verbs of wishing after "would you" / "if you would": "Would you like to join?", "if you'd prefer". */
const WISH = new Set(['like', 'love', 'prefer', 'care', 'want', 'wish', 'rather']);
/** A wh-word earlier in the same clause turns "would you …" into a question about how, when or who. */
const WH_BEFORE = /\b(?:how|what|when|where|why|which|who|whom)\b[^,;:]*$/;
/** A condition on the reader's own need or wish: help offered, not work asked for. */
const READER_NEED =
  /\b(?:if|should|in case|whenever|when) you(?: ever| still)? (?:(?:have|had|run into|experience|encounter|hit|see) (?:any |further |more |other |additional )?(?:questions?|concerns?|problems?|issues?|trouble|difficult(?:y|ies)|comments?|feedback|suggestions?)|need|require|want|wish|prefer|are interested|get stuck)\b|\b(?:if|should|in case) you(?:'d| would)(?: not| no longer)? (?:like|prefer|rather|care)\b/;
/** A standing instruction: it holds from now on rather than being done once. */
const STANDING = /\b(?:going forward|from now on|in (?:the )?future|from here on(?: out)?|(?:every|each) time you|whenever you)\b/;
/** Words without which STANDING cannot match (a cheaper first test). */
const STANDING_HINT = /forward|from |future|time you|whenever/;
/** Negators that open a prohibition: "don't", "never", "do not". */
const NEGATOR = /^(?:don't|dont|never)$/;
const NEED = /\b(?:i|we)(?: would|'d)?\s+(?:need|want|like|love|ask)\s+(?:you|someone|somebody|one of you|everyone|each of you|you all)\s+to\s+/i;
const PLEASE = /\b(?:please|pls|plz|kindly)\s+/i;
/** "please find attached" and "please note" inform; they ask for nothing. */
const PLEASE_INFORMS = /^(?:find|see|note|be (?:aware|advised)|(?:keep|bear) in mind|bear with|accept (?:our|my) apolog)\b/i;
const WANT = /^(?:(?:i|we)\s+(?:really\s+|still\s+|also\s+)?)?(?:need|want)\s+(?:the|a|an|your|those|these|that|this|some|it|them|\d)/i;
// PURPOSE and CONDITION read the sentence's lower case (doc.ts), without the slower /i flag; a cased
// letter is what \p{Lu} matched case-insensitively.
const PURPOSE = /\b(?:so (?:that |we |i |they |it )|because |since (?:we|i|the|it)|as (?:we|i|the|it) (?:need|want|go|have)|in order to |(?:it|this|that) blocks |for the (?:[\p{Lu}\p{Ll}\p{Lt}]|board|client|review|audit|meeting|release|launch))/u;
const CONDITION = /\b(?:once|after|before|when|as soon as|right after|until|ahead of|in time for)\s+(?:[\p{Lu}\p{Ll}\p{Lt}]|\d)/u;

/** The word at or after `offset` in the sentence's words. */
function wordAt(words: Word[], offset: number): number {
  let i = 0;
  while (i < words.length && words[i]!.start < offset) i++;
  return i;
}

/** A short vocative before a comma ("Paul, …", "Jim and Sara, …") and fillers: index of the first real word. */
function firstContent(s: Sentence): { index: number; vocative?: string } {
  const { words, text, start } = s;
  let i = 0;
  let vocative: string | undefined;
  const stop = /[,:—–-]\s/.exec(text);
  if (stop && stop.index < 28) {
    const head = words.filter((w) => w.end <= start + stop.index);
    if (head.length > 0 && head.length <= 3 && head.every((w) => /^\p{Lu}/u.test(w.text) || FILLER.has(w.lower))) {
      i = head.length;
      vocative = head.filter((w) => !FILLER.has(w.lower)).map((w) => w.text).join(' ') || undefined;
    }
  }
  while (i < words.length && FILLER.has(words[i]!.lower)) i++;
  return { index: i, ...(vocative ? { vocative } : {}) };
}

const FILLER = new Set([
  'also', 'and', 'but', 'so', 'then', 'just', 'now', 'again', 'ok', 'okay', 'oh', 'hi', 'hey', 'hello', 'yo', 'morning', 'finally',
  'otherwise', 'lastly', 'btw', 'anyway', 'guys', 'all', 'folks', 'team', 'one', 'more', 'thing', 'quick', 'sorry', 'actually', 'yes', 'yeah', 'sure', 'ah',
]);

/** Extra verbs that start a request, beyond the ask detector's list. */
const MORE_VERBS = new Set([
  'redo', 'rerun', 're-run', 'resend', 're-send', 'rebuild', 'restart', 'renew', 'rotate', 'upgrade', 'replace', 'proofread', 'tidy',
  'chase', 'merge', 'deploy', 'test', 'rename', 'revert', 'rollback', 'roll', 'push', 'publish', 'post', 'countersign', 'approve',
  'translate', 'summarise', 'summarize', 'investigate', 'debug', 'patch', 'swap', 'clean', 'sort', 'finalize', 'finalise', 'log',
  'ask', 'loop', 'cc', 'escalate', 'reply', 'rsvp', 'double-check', 're-check', 'look', 'dig', 'pull', 'grab', 'export', 'install', 'remove',
]);

const isVerbLike = (w: string) => ACTION_VERBS.has(w) || MORE_VERBS.has(w);
/** "Update on the release:", "Check of the numbers": a verb that is a noun here, heading a report. */
const NOUN_USE = /^(?:on|of|from|about|for|to|is|was|are|were|has|had|and|went|looks?|:)$/;

/** Text of the message between two offsets inside the sentence being read (the sentence is all a reading sees). */
type Slice = (start: number, end: number) => string;

/**
 * What still decides whether an object is pinned once its own sentence has said all it can: an
 * "it" needs an earlier sentence or a pointer; "the table" an earlier mention, a specific earlier
 * sentence, a pointer or an explanation in the next sentence. Read at message level (assembleRequests).
 */
export type OpenPin = 'pronoun' | 'definite';

interface ObjectReading {
  object: RequestObject;
  open?: OpenPin;
}

/** Reads the object noun phrase after the verb at index `v`. */
function readObject(s: Sentence, v: number, slice: Slice): ObjectReading | undefined {
  const words = s.words;
  let i = v + 1;
  while (i < words.length && (PARTICLES.has(words[i]!.lower) || ADVERBS.has(words[i]!.lower))) {
    // "look at it", "send over the file", "get that over": particles are skipped, but not past the object.
    i++;
  }
  // "have a look at X", "take another look at X", "give it a quick pass over X": the object is X.
  if (i + 2 < words.length && /^(?:a|another|one)$/.test(words[i]!.lower)) {
    let k = i + 1;
    if (/^(?:quick|closer|final|second|more|last)$/.test(words[k]!.lower)) k++;
    if (k + 1 < words.length && /^(?:look|glance|pass|peek|read|go|stab)$/.test(words[k]!.lower) && /^(?:at|into|over|through|on)$/.test(words[k + 1]!.lower)) i = k + 2;
  }
  // An indirect object before a direct one: "send me the deck", "get me those figures".
  if (i < words.length - 1 && INDIRECT.has(words[i]!.lower)) {
    const next = words[i + 1]!.lower;
    if (DEMONSTRATIVE.has(next) || next === 'the' || POSSESSIVE.has(next) || INDEFINITE.has(next) || PRONOUNS.has(next) || next === 'what') i++;
    else return undefined;
  }
  const first = words[i];
  if (!first) return undefined;
  const lower = first.lower;
  const gap = slice(words[v]!.end, first.start);
  if (/[.!?;]/.test(gap)) return undefined;
  let kind: ObjectKind;
  let j = i;
  if (PRONOUNS.has(lower) && lower !== 'one') {
    const next = words[i + 1];
    const between = next ? slice(first.end, next.start) : '';
    const nounFollows = next && DEMONSTRATIVE.has(lower) && !NP_STOP.has(next.lower) && !/[,.!?;:([]/.test(between) && !PARTICLES.has(next.lower);
    if (!nounFollows) {
      kind = 'pronoun';
      return finishObject(s, first.start, first.end, kind, lower, slice);
    }
    kind = 'demonstrative';
    j = i + 1;
  } else if (lower === 'the') kind = 'definite';
  else if (POSSESSIVE.has(lower)) kind = 'possessive';
  else if (INDEFINITE.has(lower)) kind = 'indefinite';
  else if (/^\p{Lu}/u.test(first.text) || /\d/.test(first.text) || first.text.startsWith('X')) kind = 'named';
  else kind = 'bare';
  if (kind === 'definite' || kind === 'possessive' || kind === 'indefinite') j = i + 1;
  // Modifiers and head: up to five words, stopping at a stop word or punctuation.
  let end = j;
  for (let k = j; k < Math.min(words.length, j + 5); k++) {
    const w = words[k]!;
    if (NP_STOP.has(w.lower) && !(k === j && kind === 'named')) break;
    if (k > j && /[,.!?;:()"“”]/.test(slice(words[k - 1]!.end, w.start))) break;
    end = k + 1;
  }
  if (end === j && kind !== 'named') end = Math.min(words.length, j + 1);
  if (end <= i) return undefined;
  const last = words[end - 1]!;
  const modifiers = words.slice(j, end - 1).filter((w) => !GENERIC.has(w.lower));
  const read = finishObject(s, first.start, last.end, kind, last.lower, slice);
  if (!read.object.pinned && !read.object.memory && (kind === 'definite' || kind === 'demonstrative') && modifiers.length >= 2) {
    return { object: { ...read.object, pinned: true } };
  }
  return read;
}

/** A name, number, quote, identifier or bracket: something that tells one thing from another. */
const specific = (t: string) => /\d|[\p{Lu}][\p{L}]*(?<!^I)|["“”'‘’][^"“”]{2,}["“”]|[\p{L}]+[-_./][\p{L}\d]|#\w|\(/u.test(t.replace(/^\s*I\b/, ''));

function finishObject(
  s: Sentence,
  start: number,
  end: number,
  kind: ObjectKind,
  head: string,
  slice: Slice,
): ObjectReading {
  const text = slice(start, end);
  // What follows the noun phrase up to the end of its clause, where a qualifier may pin it down.
  const after = slice(end, s.end);
  // The qualifier ends where the timing starts: "the report by EOD" is not pinned by "EOD".
  const clause = /^[^.!?;]*/.exec(after)![0].slice(0, 90).split(/\b(?:by|before|until|till|asap|today|tomorrow|tonight|when|once|after|eod|cob|eow|this (?:morning|afternoon|evening|week)|next (?:week|month)|on (?:mon|tue|wed|thu|fri|sat|sun)\w*)\b/i)[0]!;
  const memory = MEMORY.test(text + clause) && !/^\s*(?:for|in|on)\s+(?:\p{Lu}|\d)/u.test(clause);
  let pinned = false;
  // Our own placeholder already follows ("look at this [what? …]"): the writer is answering it.
  if (/^\s*\[/.test(after)) return { object: { start, end, text, kind, head, pinned: true, memory: false } };
  let open: OpenPin | undefined;
  if (kind === 'indefinite' || kind === 'possessive' || kind === 'named') pinned = !memory;
  else if (kind === 'bare') pinned = true;
  else if (memory) pinned = false;
  else if (kind === 'pronoun') {
    // "it"/"that" refer back: pinned when an earlier sentence (not only a greeting) can be its
    // antecedent, or a pointer is given (both read at message level: open 'pronoun').
    const before = slice(s.start, start);
    pinned = before.split(/\s+/).length > 8 || /^\s*[:(]/.test(after);
    if (!pinned) open = 'pronoun';
  } else {
    pinned =
      specific(text.replace(/^\S+\s*/, '')) ||
      specific(clause.slice(0, 45)) ||
      ARTEFACT_CLAUSE.test(clause) ||
      POINTER.test(clause) ||
      /^'s\b/.test(after);
    // An explanation next, an earlier mention, a pointer or earlier context: read at message level.
    if (!pinned) open = 'definite';
  }
  return { object: { start, end, text, kind, head, pinned, memory }, ...(open ? { open } : {}) };
}

/**
 * A time the reader picks ("when you get a sec", "if you get a chance", "at your leisure", "when
 * time permits", "whenever suits"), an urgency with no time ("ASAP", "pretty urgent"), or a loose
 * period ("sometime next week or so"): no time at all.
 */
const VAGUE_WHEN =
  /\b(?:asap|a\.s\.a\.p|as (?:soon|quick(?:ly)?|fast) as (?:possible|you can|you['’]?re able|you are able)|soon(?:ish)?|(?:if|when(?:ever)?|once) you(?:['’]ve)? (?:get|have|find|got|['’]ve got) (?:a |the |some |any )?(?:quick |free |spare )?(?:chance|sec|second|minute|min|moment|time|opportunity)|when(?:ever)? (?:you(?: can|['’]?re (?:free|able|ready)| are (?:free|able|ready))|(?:it['’]?s |it is |is )?(?:convenient|possible)|(?:it |that )?(?:works|suits)|(?:time|your schedule) (?:permits|allows))|at your (?:earliest )?(?:convenience|opportunity|leisure)|(?:pretty|kinda|kind of|quite|very|super|bit)? ?urgent(?:ly)?|no (?:rush|hurry)|in the (?:near|coming) future|at some point|some ?time|[a-z]+-ish|whenever|in due course|as early as possible|right away|straight away|(?:at )?the earliest|(?:sometime|some time) (?:this|next) (?:week|month)(?: or so)?|(?:this|next) (?:week|month) or so)\b/i;
/**
 * Any time word at all: the writer has said something about when, even if the layer cannot resolve
 * it — also a bare date in either order ("the offsite is on 12 March", "March 12", "12/3", ISO).
 */
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** Months that can open "March 12" (not "may", "mar": "may 3 people", "mar the design"). */
const MONTH_FIRST = '(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
// The digit-led forms share one "\d{1,2}" so the pattern tries it once per position.
const WHEN = new RegExp(
  `\\b(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|weekend|morning|afternoon|arvo|evening|noon|midnight|week|fortnight|month|quarter|year|eod|cob|cop|eop|eow|eom|tmrw|tmr|tmw|2moro|now|deadline|due|by (?:the|then|next)` +
    `|\\d{1,2}(?:(?::\\d\\d)?\\s?(?:am|pm)|:\\d\\d|(?:st|nd|rd|th)? (?:of )?${MONTH}|\\/\\d{1,2}(?:\\/\\d{2,4})?)|\\d{4}-\\d\\d-\\d\\d` +
    `|(?:by|before|until|till|on|in|end of|early|mid|late|this|next) ${MONTH}|${MONTH_FIRST}\\.? \\d{1,2}(?:st|nd|rd|th)?|window|standup|stand-up|later)\\b`,
  'i',
);

/**
 * "if you could send it" is a hedged request — alone, or framed by thanks ("I'd appreciate it if you
 * could …", "If you could send it, that would be great"); after "if you would like/prefer" it is a
 * wish, and "If you can add this feature, I'll give it five stars" is a condition. The offset after
 * the cue, or -1.
 */
function hedgedIf(lower: string, start: number): number {
  const m = IF_YOU_COULD.exec(lower);
  if (!m) return -1;
  const end = m.index + m[0].length;
  const verb = /^[\p{L}']+/u.exec(lower.slice(end))?.[0];
  if (verb && (WISH.has(verb) || /^(?:no|not|never|ever|rather)$/.test(verb))) return -1;
  const framed = !/^if\b/.test(m[0]);
  if (!framed && /\bcan\s*$/.test(m[0])) {
    // "if you can …" then a main clause of its own: a condition, unless the main clause thanks.
    const main = /[,;–—-]\s*(.*)$/.exec(lower.slice(end));
    if (main && !/^(?:that|it|this)(?:'d| would| will)? (?:be|help)|^(?:i|we)(?:'d| would)? (?:really |much )?(?:appreciate|be grateful)|^(?:thanks|thank you|please)\b/.test(main[1]!)) return -1;
  }
  return start + end;
}

/** Verbs that ask for a reply to the writer when nothing but the writer or the question follows. */
const REPLY_VERB = /^(?:advise|revert|reply|respond)$/;
const REPLY_TO_WRITER = /^(?:$|[.!?,;:]|(?:back|asap|accordingly|soonest)\b|(?:on|whether|if|what|how|when|which|who|why|as to)\b|to (?:me|us|my|our|this|the (?:email|thread|message))\b|with (?:your |any )?(?:comments|thoughts|feedback|input|views|availability|answers?|questions|concerns)\b|me\b|us\b)/;

/** Courtesies in the imperative ask for no work: "Please excuse the long email", "Please welcome Sam", "Join me in thanking Priya". */
const SOCIAL_VERBS = new Set(['excuse', 'forgive', 'pardon', 'welcome', 'congratulate', 'join']);
const SOCIAL = /^(?:excuse|forgive|pardon|welcome|congratulate|join (?:me|us) in)\b/;

/** What "do" takes when it is the verb itself ("do the needful", "do it", "do not …", "do you …"). */
const DO_OBJECT =
  /^(?:not|the|a|an|this|that|these|those|it|them|me|us|him|her|you|u|your|my|our|their|his|its|some|any|so|what|whatever|everything|something|anything|all|more|less|much|well|better|enough|one|both|each|we|they|i)$/;

/** After "keep": what is kept up, not done once ("keep me posted", "keep an eye on it", "keep testing"). */
const KEEP_ON = /^\s+(?:(?:me|us|him|her|them|everyone)\s+(?:posted|updated|informed|in the loop)|an eye on|\w+ing)\b/i;

/** An auxiliary and a subject: "Do you know …", "Have you seen …" — a question, not an imperative. */
const INVERTED = /^(?:do|does|did|have|has|had|can|could|will|would|should|shall|may|might|must|is|are|was|were)\s+(?:you|u|we|they|i|he|she|it|anyone|anybody|someone|somebody|everyone)\b/;

/**
 * The request a sentence makes on its own, or null: offsets as the sentence's, `sentence` 0, timing
 * 'none'. `cued`: the sentence holds a CUE_HINT word, without
 * which no shape but the imperative can match (so the cue patterns are not run).
 */
function readRequest(s: Sentence, slice: Slice, cued: boolean): { request: Request; open?: OpenPin } | null {
  const text = s.text;
  const words = s.words;
  const { index: firstIndex, vocative } = firstContent(s);
  let shape: RequestShape | undefined;
  let verbIndex = -1;
  let addressee: string | undefined = vocative;
  // Cues read the lower-case text, where "won’t" and "I’d" are spelled as "won't" and "i'd" (doc.ts).
  const lower = s.lower;
  let last: RegExpExecArray | null = null;
  const at = (re: RegExp): number => {
    const m = (last = re.exec(lower));
    return m ? s.start + m.index + m[0].length : -1;
  };
  let untimed: Untimed | undefined;
  let offset: number;
  if (!cued) {
    // Only an imperative can be read: no cue word.
  } else if ((offset = at(MIND)) >= 0) {
    shape = 'mind';
    verbIndex = wordAt(words, offset);
  } else if ((offset = at(NEED)) >= 0) {
    shape = 'need';
    verbIndex = wordAt(words, offset);
  } else if ((offset = hedgedIf(lower, s.start)) >= 0 || (offset = at(MODAL)) >= 0) {
    shape = 'modal';
    verbIndex = wordAt(words, offset);
    // The MODAL match when it was the cue (read once), else the sentence's own "could you" if any.
    const m = last ?? MODAL.exec(lower);
    // "How would you fix it?", "When can you send it?": the reader's answer is the how or the when.
    if (m && WH_BEFORE.test(lower.slice(0, m.index))) untimed = 'question';
    addressee ??= m ? text.slice(m.index, m.index + m[0].length).replace(/^\S+\s+/, '').split(/\s+(?:be able|be willing|be so kind|possibly|please|pls|kindly|just|quickly|also|maybe|still|perhaps|help)\b/i)[0]!.trim() : 'you';
  } else if ((offset = at(PLEASE)) >= 0 && !PLEASE_INFORMS.test(slice(offset, s.end))) {
    const w = wordAt(words, offset);
    if (w < words.length && (isVerbLike(words[w]!.lower) || w === firstIndex + 1 || /^\s*(?:please|pls|plz|kindly)\b/.test(lower))) {
      shape = 'please';
      verbIndex = w;
    }
  }
  if (!shape && firstIndex < words.length) {
    const first = words[firstIndex]!;
    // "Don't forget to send it", "Never push to main": an imperative opened by its negator.
    const negated = NEGATOR.test(first.lower) && firstIndex + 1 < words.length && (isVerbLike(words[firstIndex + 1]!.lower) || /^(?:forget|fail|hesitate)$/.test(words[firstIndex + 1]!.lower));
    if ((isVerbLike(first.lower) || negated) && first.lower !== 'let' && !s.question && !writerIsSubject(first.lower, lower.slice(first.end - s.start)) && !INVERTED.test(lower.slice(first.start - s.start))) {
      const next = words[firstIndex + 1];
      const header = /:\s*$/.test(text) || /^[^.!?]{0,60}:\s/.test(slice(first.start, s.end));
      if (!(next && NOUN_USE.test(next.lower)) && !(header && !/^\s*please\b/i.test(text)) && !/^[A-Z]/.test(first.text.slice(1))) {
        shape = 'imperative';
        verbIndex = firstIndex;
      }
    }
    if (!shape && WANT.test(slice(first.start, s.end))) {
      shape = 'want';
      verbIndex = words.findIndex((w, k) => k >= firstIndex && (w.lower === 'need' || w.lower === 'want'));
    }
  }
  if (!shape) return null;
  // Skip adverbs between the cue and the verb: "could you quickly also check …".
  const skipAdverbs = () => {
    while (verbIndex >= 0 && verbIndex < words.length - 1 && ADVERBS.has(words[verbIndex]!.lower)) verbIndex++;
  };
  skipAdverbs();
  // The request's force, read from the words around its verb (see Untimed).
  const wordIs = (k: number, re: RegExp) => k >= 0 && k < words.length && re.test(words[k]!.lower);
  // "Do let me know", "Do have a look", "Do feel free to …": an emphatic "do" before the verb it stresses.
  if (wordIs(verbIndex, /^do$/) && verbIndex + 1 < words.length && !DO_OBJECT.test(words[verbIndex + 1]!.lower)) verbIndex++;
  let permission = false;
  if (wordIs(verbIndex, NEGATOR) || (wordIs(verbIndex, /^do$/) && wordIs(verbIndex + 1, /^not$/))) {
    // "Please don't merge it": the verb is the one negated; "don't forget to send it" asks for the sending.
    verbIndex += words[verbIndex]!.lower === 'do' ? 2 : 1;
    skipAdverbs();
    if (wordIs(verbIndex, /^(?:forget|fail|neglect)$/) && wordIs(verbIndex + 1, /^to$/)) verbIndex += 2;
    else if (wordIs(verbIndex, /^hesitate$/) && wordIs(verbIndex + 1, /^to$/)) {
      verbIndex += 2;
      untimed = 'offer';
    } else untimed ??= 'refrain';
  } else if (wordIs(verbIndex, /^feel$/) && wordIs(verbIndex + 1, /^free$/) && wordIs(verbIndex + 2, /^to$/)) {
    // "Feel free to ping me": permission to act, on the reader's own wish.
    verbIndex += 3;
    untimed = 'offer';
  } else if (shape === 'modal' && verbIndex >= 0 && verbIndex < words.length && WISH.has(words[verbIndex]!.lower)) {
    // "Would you like me to send it?" is the writer's offer; "Would you like to join?" invites.
    if (wordIs(verbIndex + 1, /^(?:me|us)$/)) permission = true;
    else if (wordIs(verbIndex + 1, /^to$/)) verbIndex += 2;
    untimed ??= 'offer';
  } else if (shape === 'mind' && wordIs(verbIndex, /^if$/)) {
    // "Do you mind if I forward it?": asks for permission; the work is the writer's.
    permission = true;
  }
  skipAdverbs();
  if (!untimed && lower.includes('you') && READER_NEED.test(lower)) untimed = 'offer';
  if (!untimed && ((STANDING_HINT.test(lower) && STANDING.test(lower)) || (wordIs(verbIndex, /^(?:keep|continue|stay)$/) && KEEP_ON.test(slice(words[verbIndex]!.end, s.end))))) untimed = 'standing';
  const verbWord = verbIndex >= 0 ? words[verbIndex] : undefined;
  const verb = verbWord ? { start: verbWord.start, end: verbWord.end, text: verbWord.text } : undefined;
  const lemma = verbWord?.lower.replace(/ing$/, '') ?? '';
  const after = verbWord ? slice(verbWord.end, s.end).trimStart().toLowerCase() : '';
  let task = !permission && (shape === 'want' || !!verbWord);
  // "have a look" is work; "go ahead" is permission, not a request; "take care" is a farewell.
  const haveALook = verbWord?.lower === 'have' && /^(?:a|another)\s+(?:quick\s+)?(?:look|go|stab|read|think|try)\b/.test(after);
  if (verbWord?.lower === 'go' && /^ahead\b/.test(after)) task = false;
  else if (verbWord?.lower === 'take' && /^care\b(?!\s+of\b)/.test(after)) task = false;
  else if (verbWord && /^(?:keep|bear)$/.test(verbWord.lower) && /^in mind\b/.test(after)) task = false;
  // "Consider moving this up", "consider whether …": a suggestion the reader weighs, like "maybe cut it?".
  else if (verbWord?.lower === 'consider' && /^(?:\w+ing|whether|if)\b/.test(after)) task = false;
  else if (verbWord && SOCIAL_VERBS.has(verbWord.lower) && SOCIAL.test(`${verbWord.lower} ${after}`)) task = false;
  else if (verbWord && /^(?:ignore|disregard)$/.test(verbWord.lower)) untimed ??= 'refrain';
  else if (verbWord && !haveALook && (INFO_VERBS.has(verbWord.lower) || (MAYBE_INFO.has(lemma) && WH.test(after.replace(/^(?:me|us|out|into)\s+/, ''))))) task = false;
  if (verbWord && /^(?:me|us)\s+know\b/.test(after)) task = false;
  if (verbWord?.lower === 'confirm' && CONFIRM_REPLY.test(after)) task = false;
  if (shape === 'modal' && verbWord && RECOMMEND.test(verbWord.lower)) task = false;
  // "Please advise", "Kindly revert", "Please reply to this email": a reply asked for — information, as "let me know" is.
  if (verbWord && REPLY_VERB.test(verbWord.lower) && REPLY_TO_WRITER.test(after)) task = false;
  const read = verbIndex >= 0 && verbIndex < words.length ? readObject(s, verbIndex, slice) : undefined;
  const purposeMatch = PURPOSE.exec(lower);
  const purpose = purposeMatch ? { start: s.start + purposeMatch.index, end: s.end } : undefined;
  const request: Request = {
    start: s.start,
    end: s.end,
    sentence: 0,
    shape,
    task,
    ...(verb ? { verb } : {}),
    ...(read ? { object: read.object } : {}),
    ...(addressee ? { addressee } : {}),
    timing: 'none',
    ...(purpose ? { purpose } : {}),
    ...(untimed ? { untimed } : {}),
  };
  return { request, ...(read?.open ? { open: read.open } : {}) };
}

/**
 * What one sentence says about requests on its own, with offsets relative to the sentence's start:
 * a pure function of its text, so an analyzer can keep it per sentence and re-read only the
 * sentence a keystroke edited (createAnalyzer in index.ts).
 */
export interface SentenceRequests {
  /** More than three words: context an "it" in a later sentence can refer to. */
  long: boolean;
  /** Long and naming something specific: context for a later "the table". */
  specific: boolean;
  request: { request: Request; open?: OpenPin; condition: boolean } | null;
}

function shiftSpan<T extends Span>(span: T, by: number): T {
  // Object.assign, not a spread: this one call site sees every shape of span (requests, verbs,
  // objects, purposes), and Node 20 spreads such a mix ~2.5× slower; same keys in the same order.
  return by === 0 ? span : Object.assign({}, span, { start: span.start + by, end: span.end + by });
}

/** A verb among the first seven words: where an imperative's verb sits, after a vocative and fillers. */
function verbNearStart(words: readonly Word[]): boolean {
  for (let k = 0; k < words.length && k < 7; k++) if (isVerbLike(words[k]!.lower)) return true;
  return false;
}

/** Reads one sentence's request (see SentenceRequests); offsets relative to `s.start`. */
export function readSentenceRequests(s: Sentence): SentenceRequests {
  const long = s.words.length > 3;
  const reading: SentenceRequests = { long, specific: long && specific(s.text.replace(/^\S+/, '')), request: null };
  // Most sentences of a long message are background: no cue word and no verb first, so no request.
  const cued = CUE_HINT.test(s.lower);
  if (!cued && !verbNearStart(s.words)) return reading;
  const slice: Slice = (start, end) => s.text.slice(start - s.start, end - s.start);
  const read = readRequest(s, slice, cued);
  if (!read) return reading;
  const r = read.request;
  const by = -s.start;
  const request: Request = {
    ...shiftSpan(r, by),
    ...(r.verb ? { verb: shiftSpan(r.verb, by) } : {}),
    ...(r.object ? { object: shiftSpan(r.object, by) } : {}),
    ...(r.purpose ? { purpose: shiftSpan(r.purpose, by) } : {}),
  };
  reading.request = { request, ...(read.open ? { open: read.open } : {}), condition: CONDITION.test(s.lower) };
  return reading;
}

/**
 * What one paragraph says about timing, pointers and mentions, with offsets relative to its start:
 * a pure function of its text and deadlines (kept per paragraph by the analyzer). A memory clause
 * ("the export we talked about on Monday") is read within its paragraph.
 */
export interface ParagraphRequestFacts {
  /** A resolved deadline outside a memory clause. */
  resolved: boolean;
  /** A vague deadline, or a vague wording the deadline layer does not read ("pretty urgent"). */
  vague: boolean;
  /** Any time word outside a memory clause. */
  timeWords: boolean;
  /** Points at something (an attachment, "below", "here is"). */
  pointer: boolean;
  /** Offset of the first word starting with a head ("report"), or -1; filled as heads are asked for. */
  mentions: Map<string, number>;
  text: string;
}

/** Whether one match (read lazily, stopping at the first) starts outside memory clauses. */
function anyOutside(matches: IterableIterator<RegExpMatchArray>, outside: (at: number) => boolean): boolean {
  for (const m of matches) if (outside(m.index!)) return true;
  return false;
}

export function readParagraphFacts(text: string, deadlines: readonly Deadline[]): ParagraphRequestFacts {
  // A date inside a memory clause ("the export we talked about on Monday") dates the memory, not the request.
  const memorySpans = MEMORY_HINT.test(text) ? [...text.matchAll(MEMORY_CLAUSE)].map((m) => [m.index, m.index + m[0].length] as const) : [];
  const outsideMemory = (at: number) => !memorySpans.some(([a, b]) => a <= at && at < b);
  return {
    resolved: deadlines.some((d) => d.kind === 'resolved' && outsideMemory(d.start)),
    vague: deadlines.some((d) => d.kind === 'vague') || VAGUE_WHEN.test(text),
    timeWords: memorySpans.length === 0 ? WHEN.test(text) : anyOutside(text.matchAll(WHEN_ALL), outsideMemory),
    pointer: POINTER.test(text),
    mentions: new Map(),
    text,
  };
}

/**
 * Every request in the message, in reading order, from its sentences' and paragraphs' readings,
 * with its timing read at message level: a resolved deadline anywhere, else a vague one (layer or
 * wording such as "pretty urgent"), else a condition in its own sentence ("once CI is green"),
 * else none; and each object's pinning finished with what the rest of the message says.
 * `sentences[i]` and `readings[i]` go together; `paragraphs` hold each paragraph's start.
 */
export function assembleRequests(
  prose: string,
  paragraphs: readonly { start: number; facts: ParagraphRequestFacts }[],
  sentences: readonly Sentence[],
  readings: readonly SentenceRequests[],
): Request[] {
  if (!readings.some((r) => r.request)) return [];
  const resolved = paragraphs.some((p) => p.facts.resolved || p.facts.timeWords);
  const vague = paragraphs.some((p) => p.facts.vague);
  const pointer = paragraphs.some((p) => p.facts.pointer);
  const firstLong = readings.findIndex((r) => r.long);
  const firstSpecific = readings.findIndex((r) => r.specific);
  // Whether `head` is mentioned well before `before` (an absolute offset).
  const mentions = (head: string, before: number) => {
    if (!/^[\p{L}]{3,}$/u.test(head)) return false;
    for (const { start, facts } of paragraphs) {
      if (start >= before) return false;
      let at = facts.mentions.get(head);
      if (at === undefined) facts.mentions.set(head, (at = facts.text.search(new RegExp(`\\b${head}`, 'i'))));
      if (at >= 0) return start + at < before - head.length - 4;
    }
    return false;
  };
  const requests: Request[] = [];
  readings.forEach((reading, i) => {
    if (!reading.request) return;
    const s = sentences[i]!;
    const { request: r, open, condition } = reading.request;
    let object = r.object && shiftSpan(r.object, s.start);
    if (object && open) {
      const pinned =
        open === 'pronoun'
          ? (firstLong >= 0 && firstLong < i) || pointer
          : EXPLAINED_NEXT.test(prose.slice(s.end, s.end + 60)) ||
            mentions(object.head, object.start) ||
            pointer ||
            // Context given before the request ("The Q3 numbers changed. Please update the summary table.").
            (firstSpecific >= 0 && firstSpecific < i);
      if (pinned) object = Object.assign({}, object, { pinned });
    }
    // Object.assign, not spreads (Node 20 spreads slowly, and this runs for every request on every
    // keystroke): the reading already holds each of these keys, so they keep its order.
    const placed: Partial<Request> = { start: r.start + s.start, end: r.end + s.start, sentence: i };
    if (r.verb) placed.verb = shiftSpan(r.verb, s.start);
    if (object) placed.object = object;
    if (r.purpose) placed.purpose = shiftSpan(r.purpose, s.start);
    placed.timing = resolved ? 'resolved' : vague ? 'vague' : condition ? 'condition' : 'none';
    requests.push(Object.assign({}, r, placed));
  });
  return requests;
}

/** Words without which a sentence cannot have a request shape other than an imperative. */
const CUE_HINT = /\b(?:please|pls|plz|kindly|can|could|would|will|won'?t|can'?t|couldn'?t|wouldn'?t|mind|need|want|like|love|appreciate|ask)\b/;
/** Words without which no memory clause can match (so its costly pattern is not run over the message). */
const MEMORY_HINT = /\b(?:discussed|mentioned|talked|spoke|chatted|looked|went|agreed|said|from|before|last time|usual|you know)\b/i;
const MEMORY_CLAUSE = new RegExp(`${MEMORY.source}[^.!?,;]*`, 'giu');
const WHEN_ALL = new RegExp(WHEN.source, 'gi');

/** Vague-time wordings the deadline layer does not read ("pretty urgent", "as quick as you can", "no rush"). */
export const VAGUE_TIME = new RegExp(VAGUE_WHEN.source, 'gi');
