/**
 * A light, pre-tokenised view of a message, built once per analysis and shared by every rule:
 * paragraphs → sentences → words, each with exact UTF-16 offsets into the analysed text.
 * Regular expressions only — no tagger — so it is cheap enough for every keystroke.
 */
import type { Deadline } from './deadlines/types';
import type { Excluded } from './prose';
import type { Request } from './requests';

export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  lower: string;
  words: Word[];
  /** Index of the paragraph that holds this sentence. */
  paragraph: number;
  /** Ends with a question mark (possibly followed by closing quotes, brackets or emoji). */
  question: boolean;
}

export interface Paragraph {
  start: number;
  end: number;
  text: string;
  sentences: Sentence[];
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'no', 'fig',
  'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'a.m', 'p.m',
]);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;
/** Candidate sentence ends: a run of terminal punctuation (with closers), or a line break. */
const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s|$)|\n/g;
/** A bracketed placeholder on one line ("[which report? name or link]"): its "?" ends no sentence. */
const PLACEHOLDER = /\[[^\]\n]{0,200}\]/g;
const PARAGRAPH_BREAK = /\n[ \t]*\n\s*/g;

/**
 * Lower case with typographic apostrophes read as straight ones ("let’s", "don’t", "I’d" as typed
 * by macOS, iOS, Docs and Gmail), so every cue reads both spellings. Same length as the text, so
 * offsets into `lower` are offsets into the text.
 */
export function lowerOf(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'");
}

export function tokenizeWords(text: string, offset = 0): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = offset + match.index;
    words.push({ start, end: start + match[0].length, text: match[0], lower: lowerOf(match[0]) });
  }
  return words;
}

/** Trims whitespace off [start, end) in `text` and returns the narrowed span, or null if empty. */
function trimSpan(text: string, start: number, end: number): [number, number] | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? [start, end] : null;
}

function endsWithAbbreviation(text: string, dotIndex: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dotIndex - 8), dotIndex));
  if (!before) return false;
  const word = before[1]!.toLowerCase();
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word);
}

/**
 * Splits one paragraph (text[start, end) of `text`) into sentences. Offsets are into `text`.
 * `paragraph` is the index stamped on each sentence.
 */
export function splitSentences(text: string, start: number, end: number, paragraph: number): Sentence[] {
  const body = text.slice(start, end);
  const sentences: Sentence[] = [];
  let from = 0;
  const push = (to: number) => {
    const span = trimSpan(body, from, to);
    from = to;
    if (!span) return;
    const [s, e] = span;
    const sentenceText = body.slice(s, e);
    sentences.push({
      start: start + s,
      end: start + e,
      text: sentenceText,
      lower: lowerOf(sentenceText),
      words: tokenizeWords(sentenceText, start + s),
      paragraph,
      question: /\?[\s"'”’)\]\p{Extended_Pictographic}\uFE0F\u200D]*$/u.test(sentenceText),
    });
  };
  const placeholders = [...body.matchAll(PLACEHOLDER)].map((m) => [m.index, m.index + m[0].length] as const);
  let next = 0;
  for (const match of body.matchAll(SENTENCE_END)) {
    const stop = match.index + match[0].length;
    while (next < placeholders.length && placeholders[next]![1] <= match.index) next++;
    const inside = placeholders[next];
    if (inside && inside[0] < match.index && stop < inside[1]) continue;
    if (match[0] === '.' && endsWithAbbreviation(body, match.index)) continue;
    push(stop);
  }
  push(body.length);
  return sentences;
}

/** Paragraph spans of `text` (blank-line separated), trimmed, empty ones dropped. */
export function paragraphSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let from = 0;
  const push = (to: number) => {
    const span = trimSpan(text, from, to);
    if (span) spans.push(span);
  };
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    push(match.index);
    from = match.index + match[0].length;
  }
  push(text.length);
  return spans;
}

export function buildParagraph(text: string, start: number, end: number, index: number): Paragraph {
  return { start, end, text: text.slice(start, end), sentences: splitSentences(text, start, end, index) };
}

/** What every rule reads: the message split once, its explicit asks, requests and deadlines. */
export interface Doc {
  /** The message as written: findings and fixes quote and edit this text. */
  text: string;
  /**
   * The writer's own prose: `text` with quotes, signatures, code, links, addresses, mentions and
   * channels masked (same length, same offsets; see prose.ts). Rules read this, never `text`.
   */
  prose: string;
  /** What is not the writer's prose, sorted and disjoint. */
  excluded: Excluded[];
  /** One entry per request, with its object, addressee, timing and purpose (requests.ts). */
  requests: Request[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** The sentences that ask the reader to do something or to reply, in reading order. */
  asks: Sentence[];
  deadlines: Deadline[];
  /**
   * The deadline layer for another text with this message's readers and time ("ASAP" for the
   * choices of an open request): findDeadlines(text, ctx), remembered while the context holds.
   */
  deadlinesIn?: (text: string) => Deadline[];
  /** isNotEnglish(prose), worked out from what the analyzer keeps per paragraph. */
  readsNotEnglish?: () => boolean;
}

/** Whether `at` falls inside one of `spans` (sorted by start, disjoint), by binary search. */
export function withinSpans(spans: readonly { start: number; end: number }[], at: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (at < span.start) hi = mid - 1;
    else if (at >= span.end) lo = mid + 1;
    else return true;
  }
  return false;
}
