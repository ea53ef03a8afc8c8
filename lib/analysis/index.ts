/**
 * The clarity engine's entry point: `analyze(text, ctx)` → findings, explicit asks, deadlines and a
 * context-rich rewrite. Pure and synchronous: no DOM, no clock, no tagger.
 *
 * `createAnalyzer()` keeps a per-paragraph cache (tokens, asks, what the paragraph says about
 * timing) and a per-sentence cache of deadlines and request readings, so re-analysing a long
 * message after a one-character edit only re-reads the paragraph that changed, and only its
 * edited sentence with the deadline layer and the request reader.
 */
import { deadlineReader } from './deadlines/index';
import { countsReadNotEnglish, languageCounts, type LanguageCounts } from './deadlines/language';
import type { Deadline } from './deadlines/types';
import { askReason } from './asks';
import type { Doc, Paragraph, Sentence, Word } from './doc';
import { buildParagraph, paragraphSpans } from './doc';
import { findExcluded, maskProse, touchesExcluded, type Excluded } from './prose';
import { assembleRequests, readParagraphFacts, readSentenceRequests, type ParagraphRequestFacts, type Request, type SentenceRequests } from './requests';
import { preferredPhrase, preferredPhraseNote } from './deadline-phrase';
import { rewrite } from './rewrite';
import { rules } from './rules/index';
import { withEdits } from './rule';
import type { AnalysisContext, Finding, Fix, Span } from './types';

export type { Doc, Paragraph, Sentence } from './doc';
export type { Excluded, ExcludedKind } from './prose';
export type { Request, RequestObject } from './requests';
export type { Rule } from './rule';
export { rules } from './rules/index';

export interface Analysis {
  findings: Finding[];
  /** The explicit asks: sentences that ask the reader to do something or to reply. */
  asks: Span[];
  deadlines: Deadline[];
  /**
   * The message restructured as context → ask → deadline → offer; null when empty or only a
   * greeting/acknowledgement, and when the caller did not ask for it (AnalyzeOptions).
   */
  rewrite: string | null;
  /**
   * What the writer should know before taking the rewrite: for each deadline it states as one
   * instant to readers whose working hours differ, the readers it lands outside the hours of
   * (Deadline.phraseNote). Absent when there is none, or no rewrite.
   */
  rewriteNotes?: string[];
  /** Each request: what is asked, of which thing, of whom, by when, why (requests.ts). */
  requests?: Request[];
  /** What was not judged because it is not the writer's prose (quotes, signatures, code, links …). */
  excluded?: Excluded[];
}

/** One paragraph read at offset 0, so it can be reused wherever the paragraph moves. */
interface ParagraphReading {
  paragraph: Paragraph;
  askFlags: boolean[];
  deadlines: Deadline[];
  /** Each sentence's request reading (offsets relative to its sentence). */
  requests: SentenceRequests[];
  facts: ParagraphRequestFacts;
  /** What the language check counts in the paragraph, once it was asked (deadlines/language.ts). */
  language?: LanguageCounts;
  /**
   * The paragraph where it last stood (its offset and index) with its sentences and deadlines
   * moved there: after a keystroke every paragraph before the edit stands where it stood.
   */
  placed?: { start: number; index: number; paragraph: Paragraph; deadlines: Deadline[] };
}

/**
 * A map that forgets its least recently used entries beyond `limit`. A hit only stamps its entry:
 * moving it to the end of the Map, as a strict LRU does, costs a delete and an insert for every
 * paragraph on every keystroke. When full, the least recently used quarter is dropped at once.
 */
export class LruCache<V> {
  private readonly map = new Map<string, { value: V; used: number }>();
  private clock = 0;
  constructor(private readonly limit: number) {}
  get(key: string, make: () => V): V {
    const entry = this.map.get(key);
    if (entry !== undefined) {
      entry.used = ++this.clock;
      return entry.value;
    }
    const value = make();
    if (this.map.size >= this.limit) this.evict();
    this.map.set(key, { value, used: ++this.clock });
    return value;
  }
  get size(): number {
    return this.map.size;
  }
  has(key: string): boolean {
    return this.map.has(key);
  }
  clear(): void {
    this.map.clear();
  }
  private evict(): void {
    const stamps = [...this.map.values()].map((e) => e.used).sort((a, b) => a - b);
    const cut = stamps[Math.max(0, Math.ceil(stamps.length / 4) - 1)]!;
    for (const [key, e] of this.map) if (e.used <= cut) this.map.delete(key);
  }
}

export interface AnalyzeOptions {
  /**
   * false: the caller will not show the rewrite (the page analyses a long message in slices and
   * shows none: hints/chunks.ts), so it is not made and `rewrite` is null. It rebuilds the whole
   * message's text, ~15% of a keystroke in 10 KB. Default true.
   */
  rewrite?: boolean;
}

export interface Analyzer {
  analyze(text: string, ctx: AnalysisContext, options?: AnalyzeOptions): Analysis;
  /** The tokenised view the rules read (for callers that want sentences or asks only). */
  read(text: string, ctx: AnalysisContext): Doc;
}

/**
 * The sentence `s` (read at its paragraph's offset 0) moved `by` UTF-16 code units into paragraph
 * number `paragraph`, built field by field in the fields' own order (Node 20 spreads slowly).
 *
 * `lazyWords`: its words are moved only when first read, behind an accessor. The engine reads a
 * sentence's words only at offset 0, when its paragraph is read (asks, requests), so after a
 * keystroke the words of every sentence behind the edit — half a long message — would be copied for
 * no one. An accessor gives each sentence an object shape of its own, which slows every rule that
 * reads sentences, so a paragraph placed for the first time (a from-scratch analysis) moves its
 * words at once; only a paragraph moved again by an edit takes the accessor.
 */
function shiftSentence(s: Sentence, by: number, paragraph: number, lazyWords: boolean): Sentence {
  if (by === 0 && s.paragraph === paragraph) return s;
  const move = (w: Word): Word => ({ start: w.start + by, end: w.end + by, text: w.text, lower: w.lower });
  if (!lazyWords) return { start: s.start + by, end: s.end + by, text: s.text, lower: s.lower, words: s.words.map(move), paragraph, question: s.question };
  let words: Word[] | undefined;
  return {
    start: s.start + by,
    end: s.end + by,
    text: s.text,
    lower: s.lower,
    get words(): Word[] {
      words ??= s.words.map(move);
      return words;
    },
    paragraph,
    question: s.question,
  };
}

function shiftDeadline(d: Deadline, by: number): Deadline {
  // Object.assign: deadlines come in many shapes (vague, resolved, with a zone reading …), which Node 20 spreads slowly.
  return by === 0 ? d : Object.assign({}, d, { start: d.start + by, end: d.end + by });
}

/** Deadlines are stated to the minute, so `now` is read to the minute: typing within one minute reuses the cache. */
const NOW_GRAIN_MS = 60_000;

function toTheMinute(ctx: AnalysisContext): AnalysisContext {
  return ctx.now % NOW_GRAIN_MS === 0 ? ctx : { ...ctx, now: Math.floor(ctx.now / NOW_GRAIN_MS) * NOW_GRAIN_MS };
}

/** The parts of the context a paragraph's deadlines depend on. */
function contextKey(ctx: AnalysisContext): string {
  return JSON.stringify([ctx.now, ctx.sender, ctx.recipients, ctx.zoneChoices ?? null]);
}

/**
 * Keeps a finding to the writer's prose: a span that runs into an excluded range is cut before it
 * (dropped when nothing is left), and a fix that would edit inside one is dropped.
 */
export function confineToProse(finding: Finding, text: string, excluded: readonly Excluded[]): Finding | null {
  if (excluded.length === 0) return finding;
  let { start, end } = finding;
  // Excluded text at the start ("@jules could you …") is stepped over; at the first one inside, the span ends.
  for (const r of excluded) {
    if (r.end <= start) continue;
    if (r.start >= end) break;
    if (r.start <= start) {
      start = r.end;
      while (start < end && /\s/.test(text[start]!)) start++;
      continue;
    }
    end = r.start;
    break;
  }
  while (end > start && /[\s(]/.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  const fixes = finding.fixes.filter((f) => !touchesExcluded(excluded, f.start, f.end));
  return Object.assign({}, finding, { start, end, text: text.slice(start, end), fixes });
}

/**
 * An analyzer with a paragraph cache of at most `maxParagraphs` entries (least recently used
 * dropped first). `now` is floored to the minute; when the minute, the sender or the recipients
 * change, the caches are dropped and the next call reads everything again.
 */
export function createAnalyzer(maxParagraphs = 2000): Analyzer {
  const paragraphs = new LruCache<ParagraphReading>(maxParagraphs);
  // Deadlines are read per sentence: an edit re-reads only its sentence with the deadline layer,
  // the costliest part of the keystroke path.
  const sentenceDeadlines = new LruCache<Deadline[]>(maxParagraphs * 4);
  // Requests are read per sentence too; what they need from the rest of the message is put together per call.
  const sentenceRequests = new LruCache<SentenceRequests>(maxParagraphs * 4);
  // Whether a sentence is an explicit ask (asks.ts): a keystroke re-reads its paragraph, and only the edited sentence asks anew.
  const sentenceAsks = new LruCache<boolean>(maxParagraphs * 4);
  let cachedContext = '';
  // The deadline layer bound to the current context: what it works out per context, not per phrase, is kept.
  let readDeadlines: (text: string) => Deadline[] = () => [];
  const deadlinesIn = (text: string) => sentenceDeadlines.get(text, () => readDeadlines(text));

  const readParagraph = (body: string): ParagraphReading => {
    const paragraph = buildParagraph(body, 0, body.length, 0);
    const deadlines = paragraph.sentences.flatMap((s) => deadlinesIn(s.text).map((d) => shiftDeadline(d, s.start)));
    return {
      paragraph,
      askFlags: paragraph.sentences.map((s) => sentenceAsks.get(s.text, () => askReason(s) !== null)),
      deadlines,
      requests: paragraph.sentences.map((s) => sentenceRequests.get(s.text, () => readSentenceRequests(s))),
      facts: readParagraphFacts(body, deadlines),
    };
  };

  const read = (text: string, given: AnalysisContext): Doc => {
    const ctx = toTheMinute(given);
    const key = contextKey(ctx);
    if (key !== cachedContext) {
      paragraphs.clear();
      sentenceDeadlines.clear();
      sentenceRequests.clear();
      sentenceAsks.clear();
      cachedContext = key;
      readDeadlines = deadlineReader(ctx);
    }
    const excluded = findExcluded(text, ctx.excluded);
    const prose = maskProse(text, excluded);
    const all: Paragraph[] = [];
    const sentences: Sentence[] = [];
    const asks: Sentence[] = [];
    const deadlines: Deadline[] = [];
    const facts: { start: number; facts: ParagraphRequestFacts }[] = [];
    const readings: SentenceRequests[] = [];
    const parts: ParagraphReading[] = [];
    paragraphSpans(prose).forEach(([start, end], index) => {
      const body = prose.slice(start, end);
      const part = paragraphs.get(body, () => readParagraph(body));
      parts.push(part);
      let placed = part.placed;
      if (placed?.start !== start || placed.index !== index) {
        // Placed before, elsewhere: an edit moved it (see shiftSentence).
        const moved = placed !== undefined;
        const shifted = part.paragraph.sentences.map((s) => shiftSentence(s, start, index, moved));
        // The text is the cached reading's own string (equal to `body`): the rules' per-paragraph
        // memos (perParagraph) find it by identity, without hashing a fresh copy on every keystroke.
        placed = { start, index, paragraph: { start, end, text: part.paragraph.text, sentences: shifted }, deadlines: part.deadlines.map((d) => shiftDeadline(d, start)) };
        part.placed = placed;
      }
      all.push(placed.paragraph);
      placed.paragraph.sentences.forEach((s, i) => {
        sentences.push(s);
        if (part.askFlags[i]) asks.push(s);
      });
      for (const d of placed.deadlines) deadlines.push(d);
      facts.push({ start, facts: part.facts });
      readings.push(...part.requests);
    });
    const requests = assembleRequests(prose, facts, sentences, readings);
    // Whether the prose reads as another language, from counts kept per paragraph: what lies
    // between paragraphs is whitespace, so the counts of the whole are the sums of theirs.
    let notEnglish: boolean | undefined;
    const readsNotEnglish = () => {
      if (notEnglish === undefined) {
        const sum: LanguageCounts = { nonLatin: 0, latin: 0, foreign: 0, english: 0 };
        for (const part of parts) {
          const c = (part.language ??= languageCounts(part.paragraph.text));
          sum.nonLatin += c.nonLatin;
          sum.latin += c.latin;
          sum.foreign += c.foreign;
          sum.english += c.english;
        }
        notEnglish = countsReadNotEnglish(sum);
      }
      return notEnglish;
    };
    return { text, prose, excluded, paragraphs: all, sentences, asks, deadlines, requests, deadlinesIn, readsNotEnglish };
  };

  return {
    read,
    analyze(text, given, options = {}) {
      const ctx = toTheMinute(given);
      const doc = read(text, ctx);
      const disabled = new Set(ctx.disabledRules ?? []);
      const findings: Finding[] = [];
      for (const rule of rules) {
        if (disabled.has(rule.id)) continue;
        try {
          findings.push(...rule.check(doc, ctx));
        } catch (error) {
          console.error(`[handoff] rule ${rule.id} failed`, error);
        }
      }
      const kept = findings.flatMap((f) => {
        const confined = confineToProse(f, text, doc.excluded);
        return confined ? [finishFixes(confined, text)] : [];
      });
      kept.sort((a, b) => a.start - b.start || a.end - b.end);
      const rewritten = options.rewrite === false ? null : rewrite(doc, kept, ctx);
      const rewriteNotes = rewritten === null ? [] : notesOf(rewritten, doc.deadlines);
      return {
        findings: kept,
        asks: doc.asks.map(({ start, end }) => ({ start, end })),
        deadlines: doc.deadlines,
        rewrite: rewritten,
        ...(rewriteNotes.length > 0 ? { rewriteNotes } : {}),
        ...(doc.requests.length > 0 ? { requests: doc.requests } : {}),
        ...(doc.excluded.length > 0 ? { excluded: doc.excluded } : {}),
      };
    },
  };
}

/** The notes of the deadlines whose one-instant phrase the rewrite states (Analysis.rewriteNotes). */
function notesOf(rewritten: string, deadlines: readonly Deadline[]): string[] {
  const notes: string[] = [];
  for (const d of deadlines) {
    const note = preferredPhraseNote(d);
    const phrase = note ? preferredPhrase(d) : undefined;
    if (phrase && note && rewritten.includes(phrase.replace(/^(?:by|at)\s+/i, '')) && !notes.includes(note)) notes.push(note);
  }
  return notes;
}

/**
 * Each fix as the smallest edits (so applying it never retypes the writer's words), without fixes
 * that change nothing — "say it in their time" on words that already say it — or repeat another.
 */
export function finishFixes(finding: Finding, text: string): Finding {
  const fixes: Fix[] = [];
  for (const fix of finding.fixes) {
    const done = withEdits(fix, text);
    if (!done.ask && done.edits!.length === 0) continue;
    if (fixes.some((kept) => sameChange(kept, done))) continue;
    fixes.push(done);
  }
  return Object.assign({}, finding, { fixes });
}

/**
 * Whether two finished fixes do the same: ask the same question, or make the same edits. Compared
 * field by field — a finding has a handful of fixes, and a key string built for each fix was ~10%
 * of a keystroke in a long message with many deadlines.
 */
function sameChange(a: Fix, b: Fix): boolean {
  if (a.ask || b.ask) return !!a.ask && !!b.ask && a.ask.question === b.ask.question;
  const x = a.edits!;
  const y = b.edits!;
  return x.length === y.length && x.every((e, i) => e.start === y[i]!.start && e.end === y[i]!.end && e.text === y[i]!.text);
}

/** Analyses one message from scratch (no cache kept between calls). */
export function analyze(text: string, ctx: AnalysisContext, options?: AnalyzeOptions): Analysis {
  return createAnalyzer().analyze(text, ctx, options);
}
