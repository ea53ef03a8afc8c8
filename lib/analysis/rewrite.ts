/**
 * The rewrite: an edit of the writer's own words into the shape of ASYNC-WRITING.md — greeting,
 * the ask first (several asks numbered), the deadline as each reader reads it, then the context,
 * then any offer the writer made, then their sign-off. Built on the request representation
 * (requests.ts): which sentences ask, and whether an ask leans on an earlier sentence ("send
 * them"), in which case it stays where it is rather than lose what it refers to.
 *
 * It never invents: no placeholder, no added offer or closing line, no fact that is not in the
 * message. What only the writer knows (which report, by when) is asked in the card; an answer given
 * there is inserted into the message, so the rewrite made afterwards carries it. Returns null when
 * there is nothing to improve, or nothing to rewrite (a bare greeting, a curt ack, no prose).
 */
import { preferredPhrase, phraseAt } from './deadline-phrase';
import { isNotEnglish } from './deadlines/language';
import { findDeadlines } from './deadlines';
import type { Deadline } from './deadlines/types';
import type { Doc, Sentence } from './doc';
import { withinSpans } from './doc';
import { GREETING_WORD } from './lexicon';
import { perSentence } from './rule';
import type { AnalysisContext, Finding } from './types';

interface Edit {
  start: number;
  end: number;
  replacement: string;
}

const GREETING_PREFIX = new RegExp(`^${GREETING_WORD}\\b[^,!.?\\n]{0,30}[,!]\\s*`, 'i');
const GREETING_ALONE = new RegExp(`^${GREETING_WORD}\\b[^.!?\\n]{0,30}[,!.:]*$`, 'i');
const SIGN_OFF = /^(?:thanks|thank you|thx|ty|cheers|best|regards|kind regards|best regards|warm regards|all the best|talk soon|sincerely|many thanks|thanks (?:a lot|so much|in advance))\b[^.!?]{0,30}[.!]*$/i;
const OFFER =
  /\b(?:let me know if (?:you|there)|happy to|glad to|i can (?:send|share|help|walk|explain|jump)|feel free to|if you have (?:any )?questions|if you need|attached|i(?:'ve| have) attached|here(?:'s| is) the link)\b/i;
/** A connector that ties a sentence to the one before it: meaningless once the sentence moves up. */
/** A list marker alone ("1.", "b)", "-"), as the sentence splitter leaves one before its item. */
const LIST_MARKER = /^\s*(?:\d{1,3}[.)]|[a-zA-Z][.)]|[-*•–])\s*$/;
/** A list marker at the start of an item ("- Who owns …?", "2) Did …?"): the rewrite numbers items itself. */
const BULLET = /^\s*(?:\d{1,3}[.)]|[-*•–])\s+/;
const CONNECTOR = /^(?:anyway|anyhow|so|also|oh and|and|but|btw|by the way|in any case|that said|one more thing|last thing|finally)\b[,:]?\s*/i;
/**
 * Words that point back to something said before: an ask holding one cannot move above it. "this"
 * before a time ("this weekend") points at the calendar, and "that" before a clause ("confirm that the
 * budget is in") introduces it: neither points back.
 */
const BACK_REFERENCE =
  /\b(?:it|them|they|these|those|there|the above|as (?:i|we) said|this(?!\s+(?:morning|afternoon|evening|week(?:end)?|month|quarter|year|time|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)|that(?!\s+(?:the|we|you|i|it|our|your|a|an|this|there|they|he|she)\b))\b/i;
/** What the rewrite asks of each sentence's text, remembered per text (perSentence): most sentences are unchanged since the last keystroke. */
const offers = perSentence((text: string) => OFFER.test(text));
const refersBack = perSentence((text: string) => BACK_REFERENCE.test(text.replace(CONNECTOR, '')));
const DAY_WORD = /^(?:by |before |until |on )?(?:today|tomorrow|tonight|(?:this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;

/** The text of [start, end) with the edits inside it applied (edits are sorted and disjoint). */
function applyEdits(text: string, start: number, end: number, edits: Edit[]): string {
  let out = '';
  let at = start;
  // Edits before the first that starts at `start` or later, and after the last that starts by
  // `end`, cannot lie inside: found by binary search, since every sentence asks.
  let lo = 0;
  let hi = edits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edits[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < edits.length && edits[i]!.start <= end; i++) {
    const e = edits[i]!;
    if (e.start < start || e.end > end || e.start < at) continue;
    out += text.slice(at, e.start) + e.replacement;
    at = e.end;
  }
  return out + text.slice(at, end);
}

/** A day word read again in its sentence ("tomorrow" alone is not read as a deadline), with the writer as its only reader. */
function writersReading(doc: Doc, d: Deadline, ctx: AnalysisContext): Deadline | undefined {
  const sentence = doc.sentences.find((x) => x.start <= d.start && d.end <= x.end);
  if (!sentence) return undefined;
  const writer = { timeZone: ctx.sender.timeZone, workingHours: ctx.sender.workingHours };
  return findDeadlines(sentence.text, { ...ctx, recipients: [writer] }).find((x) => x.start === d.start - sentence.start);
}

/**
 * The writer's day a promise names ("I'll have it ready by Friday" → "Fri, Dec 4"), in their zone.
 * The deadline as analysed is due by the *readers'* end of that day, which in another zone can be
 * the writer's next day (Friday 5 PM in Chicago is Saturday 00:00 in Berlin); a promise's day word
 * is the writer's own. A promise already carries the writer's reading (deadlines/index.ts); another
 * day word ("the report is due tomorrow") is read again with the writer as its only reader.
 */
function dayOf(doc: Doc, d: Deadline, ctx: AnalysisContext): string | undefined {
  const zone = ctx.sender.timeZone;
  const due = d.role === 'promise' ? d.due : writersReading(doc, d, ctx)?.due;
  if (due === undefined) return undefined;
  try {
    return new Intl.DateTimeFormat(ctx.sender.locale ?? 'en-US', { timeZone: zone, weekday: 'short', month: 'short', day: 'numeric' }).format(due);
  } catch {
    return undefined;
  }
}

/** Deadlines stated as each reader reads them: asks get the full phrase; a promise's day word gets its date. */
function deadlineEdits(doc: Doc, ctx: AnalysisContext, asks: Sentence[]): Edit[] {
  const edits: Edit[] = [];
  const tasks = doc.requests.map((r) => doc.sentences[r.sentence]!);
  for (const d of doc.deadlines) {
    if (d.kind !== 'resolved') continue;
    const inAsk = withinSpans(asks, d.start) || withinSpans(tasks, d.start);
    const phrase = preferredPhrase(d);
    // Only a stated deadline ("by Friday", "before noon", "EOD") is restated; "on Saturday" in a
    // question is the writer's fact, not a time to deliver by.
    const deadlineWords = /^(?:by|before|until|till|due|no later than)\b/i.test(d.text) || /\b(?:eod|cob|eob|eow|eom|end of|close of|first thing)\b/i.test(d.text);
    if (inAsk && phrase && d.perRecipient.length > 0 && (deadlineWords || d.role === 'appointment')) {
      const replacement = phraseAt(doc.text, d.start, phrase);
      if (replacement !== d.text) edits.push({ start: d.start, end: d.end, replacement });
    } else if (!inAsk && DAY_WORD.test(d.text.trim())) {
      // "I'll send it tomorrow": the writer's day, spelled out, since the reader's calendar may differ.
      const day = dayOf(doc, d, ctx);
      if (day && !doc.text.slice(d.end, d.end + 3).includes('(')) edits.push({ start: d.end, end: d.end, replacement: ` (${day})` });
    }
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  return edits.filter((e, i) => i === 0 || e.start >= edits[i - 1]!.end);
}

const capitalize = (part: string) => part.charAt(0).toUpperCase() + part.slice(1);

/** Block kinds of excluded text (prose.ts) that a rewrite must carry over unchanged. */
const BLOCKS = new Set(['quote', 'forward', 'signature', 'code', 'host']);

const plain = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();

/** What /\s/ matches (WhiteSpace and LineTerminator), by UTF-16 code unit. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * `plain(a) === plain(b)` (whitespace runs as one space, trimmed, lower-cased) without building
 * either: the rewrite asks it of the whole message on every keystroke. Characters are lower-cased
 * one by one (code point by code point for surrogates), which is what toLowerCase does to each
 * except İ and Σ (one becomes two, the other depends on its neighbours): with those, plain() decides.
 */
export function samePlainText(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && isSpace(a.charCodeAt(i))) i++;
  while (j < b.length && isSpace(b.charCodeAt(j))) j++;
  for (;;) {
    if (i >= a.length || j >= b.length) {
      // One has ended: the other may only have trailing whitespace left.
      while (i < a.length && isSpace(a.charCodeAt(i))) i++;
      while (j < b.length && isSpace(b.charCodeAt(j))) j++;
      return i >= a.length && j >= b.length;
    }
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    const spaceX = isSpace(x);
    const spaceY = isSpace(y);
    if (spaceX || spaceY) {
      while (i < a.length && isSpace(a.charCodeAt(i))) i++;
      while (j < b.length && isSpace(b.charCodeAt(j))) j++;
      // Trailing whitespace is trimmed; elsewhere a run must stand against a run.
      if (i >= a.length || j >= b.length) return i >= a.length && j >= b.length;
      if (!(spaceX && spaceY)) return false;
      continue;
    }
    if (x < 0x80 && y < 0x80) {
      const lx = x >= 0x41 && x <= 0x5a ? x + 32 : x;
      const ly = y >= 0x41 && y <= 0x5a ? y + 32 : y;
      if (lx !== ly) return false;
      i++;
      j++;
      continue;
    }
    if (x === 0x130 || y === 0x130 || x === 0x3a3 || y === 0x3a3) return plain(a) === plain(b);
    const cx = a.codePointAt(i)!;
    const cy = b.codePointAt(j)!;
    if (cx !== cy && String.fromCodePoint(cx).toLowerCase() !== String.fromCodePoint(cy).toLowerCase()) return false;
    i += cx > 0xffff ? 2 : 1;
    j += cy > 0xffff ? 2 : 1;
  }
}

/** Whether a sentence of `body` before index `at` names `head` ("doc", "report") as a word of its own, singular or plural. */
function namedBefore(head: string, body: readonly Sentence[], at: number): boolean {
  if (!/^\p{L}{3,}$/u.test(head)) return false;
  const word = new RegExp(`\\b${head}s?\\b`, 'i');
  for (let i = 0; i < at; i++) if (word.test(body[i]!.text)) return true;
  return false;
}

export function rewrite(doc: Doc, findings: Finding[], ctx: AnalysisContext): string | null {
  const { text, sentences } = doc;
  // A bare greeting or acknowledgement has nothing to restructure; its own rule offers the fix.
  if (sentences.length === 0 || findings.some((f) => f.rule === 'no-hello' || f.rule === 'cold-ack')) return null;
  // Handoff's rules are English-only: another language is not restructured, not even its order.
  if (doc.readsNotEnglish ? doc.readsNotEnglish() : isNotEnglish(doc.prose)) return null;
  // Quotes, forwards and signatures are someone else's words (or a block the writer keeps as is):
  // one that ends the message is carried over unchanged; one in the middle cannot be moved around.
  const blocks = doc.excluded.filter((r) => BLOCKS.has(r.kind));
  const lastProse = sentences[sentences.length - 1]!.end;
  if (blocks.some((b) => b.start < lastProse)) return null;
  const tail = blocks.length > 0 ? text.slice(blocks[0]!.start) : '';
  const body = rewriteProse(doc, findings, ctx);
  if (body === null) return null;
  const original = text.slice(sentences[0]!.start, lastProse);
  // Only line breaks or capitals changed: nothing worth a rewrite.
  if (samePlainText(body, original)) return null;
  if (tail.trim() === '') return body;
  // A signature right under the sign-off keeps its line break; a quote or forward gets a blank line.
  const gap = text.slice(lastProse, blocks[0]!.start) + /^\s*/.exec(tail)![0];
  return `${body}${blocks[0]!.kind === 'signature' && gap.includes('\n') ? '\n' : '\n\n'}${tail.replace(/^\s*\n/, '')}`;
}

function rewriteProse(doc: Doc, findings: Finding[], ctx: AnalysisContext): string | null {
  const { text, sentences } = doc;
  const requested = new Map<number, (typeof doc.requests)[number]>();
  for (const r of doc.requests) requested.set(r.sentence, r);
  const explicit = new Set(doc.asks);

  // Greeting: a greeting sentence of its own, or "Hi Ana," at the start of the first one.
  let greeting = '';
  let firstFrom = sentences[0]!.start;
  let from = 0;
  if (GREETING_ALONE.test(sentences[0]!.text)) {
    greeting = sentences[0]!.text;
    from = 1;
  } else {
    const g = GREETING_PREFIX.exec(sentences[0]!.text);
    if (g && g[0].length < sentences[0]!.text.length) {
      greeting = sentences[0]!.text.slice(0, g[0].length).trimEnd();
      firstFrom = sentences[0]!.start + g[0].length;
    }
  }
  // Sign-off: "Thanks, Sam" / "Best,\nMaria" among the last sentences, and everything after it.
  let signOffAt = sentences.length;
  for (let i = Math.max(from, sentences.length - 3); i < sentences.length; i++) {
    if (SIGN_OFF.test(sentences[i]!.text)) {
      signOffAt = i;
      break;
    }
  }
  const signOff = signOffAt < sentences.length ? text.slice(sentences[signOffAt]!.start, sentences[sentences.length - 1]!.end) : '';
  const body = sentences.slice(from, signOffAt);
  if (body.length === 0) return null;

  // Indexes by sentence: a 200 KB paste has thousands, and indexOf per sentence would be quadratic.
  const indexOf = new Map<Sentence, number>();
  sentences.forEach((s, i) => indexOf.set(s, i));
  const isAsk = (s: Sentence) => {
    const i = indexOf.get(s)!;
    return (requested.has(i) || (explicit.has(s) && s.question)) && !offers(s.text);
  };
  // Several questions in one message (many-questions): each is something to answer, numbered with
  // the asks, also one the ask detector does not count ("And who is covering on-call?").
  const manyQuestions = findings.some((f) => f.rule === 'many-questions');
  const asks = body.filter((s) => isAsk(s) || (manyQuestions && s.question && !offers(s.text)));
  const edits = deadlineEdits(doc, ctx, asks);
  const startOf = (s: Sentence) => (s === sentences[0] ? firstFrom : s.start);
  const render = (s: Sentence) => applyEdits(text, startOf(s), s.end, edits);

  // An ask moves to the top unless it leans on a sentence before it ("Can you send them by Friday?").
  const movable = (s: Sentence) => {
    const i = indexOf.get(s)!;
    const r = requested.get(i);
    if (s === body[0]) return true;
    if (r?.object?.kind === 'pronoun') return false;
    // "Can you take a look at the doc?" after "Legal sent the revised vendor doc": "the doc" is the
    // one named before; moved above that sentence it would say which doc no more.
    const o = r?.object;
    if (o?.kind === 'definite' && namedBefore(o.head, body, body.indexOf(s))) return false;
    return !refersBack(s.text);
  };
  const top = new Set(asks.filter(movable));
  const offered = new Set(body.filter((s) => !top.has(s) && s !== body[0] && offers(s.text)));
  // A list marker the sentence splitter left on its own ("1." before "Can you …?") goes with its
  // item: when the item moves up to be renumbered, its old number must not stay behind.
  const movedMarkers = new Set(body.filter((s) => LIST_MARKER.test(s.text) && top.has(sentences[indexOf.get(s)! + 1]!)));
  // A lead-in to the asks ("A few questions on the Q3 report:") stays right before them.
  const leadIn = body[0] && !top.has(body[0]) && /:\s*$/.test(body[0].text) ? body[0] : undefined;
  const context = body.filter((s) => s !== leadIn && !top.has(s) && !offered.has(s) && !movedMarkers.has(s));

  const numbered = top.size >= 2;
  const askPart = [...top]
    .map((s, i) => {
      const words = capitalize(render(s).replace(BULLET, '').replace(CONNECTOR, ''));
      return numbered ? `${i + 1}. ${words}` : words;
    })
    .join('\n');
  // Context keeps its own line and paragraph breaks where its sentences were neighbours.
  const contextPart = capitalize(
    context
      .map((s, i) => {
        const prev = context[i - 1];
        // Where a moved sentence sat between them, a paragraph break between the two stays one.
        const between = prev ? text.slice(prev.end, s.start) : '';
        const gap = !prev ? '' : indexOf.get(prev) === indexOf.get(s)! - 1 ? between : /\n[^\S\n]*\n/.test(between) ? '\n\n' : ' ';
        return gap + render(s);
      })
      .join('')
      .trim(),
  );
  const askBlock = leadIn && askPart ? `${capitalize(render(leadIn).trim())}\n${askPart}` : leadIn ? capitalize(render(leadIn).trim()) : askPart;
  const parts = [greeting, askBlock, contextPart, [...offered].map(render).join(' '), signOff];
  // An emergency is said first and plainly: nothing is added around it (see channel-fit for the call).
  return parts.filter((p) => p.trim() !== '').join('\n\n');
}
