/**
 * The clarity engine's entry point: `analyze(text, ctx)` → findings, explicit asks, deadlines and a
 * context-rich rewrite. Pure and synchronous: no DOM, no clock, no tagger (compromise stays in
 * nlp.ts, off the keystroke path).
 *
 * `createAnalyzer()` keeps a per-paragraph cache (tokens, asks, deadlines), so re-analysing a long
 * message after a one-character edit only re-reads the paragraph that changed.
 */
import { findDeadlines } from './deadlines/index';
import type { Deadline } from './deadlines/types';
import { askReason } from './asks';
import type { Doc, Paragraph, Sentence } from './doc';
import { buildParagraph, paragraphSpans } from './doc';
import { rewrite } from './rewrite';
import { rules } from './rules/index';
import type { AnalysisContext, Finding, Span } from './types';

export type { Doc, Paragraph, Sentence } from './doc';
export type { Rule } from './rule';
export { rules } from './rules/index';

export interface Analysis {
  findings: Finding[];
  /** The explicit asks: sentences that ask the reader to do something or to reply. */
  asks: Span[];
  deadlines: Deadline[];
  /** The message restructured as context → ask → deadline → offer, or null for an empty message. */
  rewrite: string | null;
}

/** One paragraph read at offset 0, so it can be reused wherever the paragraph moves. */
interface ParagraphReading {
  paragraph: Paragraph;
  askFlags: boolean[];
  deadlines: Deadline[];
}

export interface Analyzer {
  analyze(text: string, ctx: AnalysisContext): Analysis;
  /** The tokenised view the rules read (for callers that want sentences or asks only). */
  read(text: string, ctx: AnalysisContext): Doc;
}

function shiftSentence(s: Sentence, by: number, paragraph: number): Sentence {
  if (by === 0 && s.paragraph === paragraph) return s;
  return {
    ...s,
    start: s.start + by,
    end: s.end + by,
    paragraph,
    words: s.words.map((w) => ({ ...w, start: w.start + by, end: w.end + by })),
  };
}

function shiftDeadline(d: Deadline, by: number): Deadline {
  return by === 0 ? d : { ...d, start: d.start + by, end: d.end + by };
}

/** The parts of the context a paragraph's deadlines depend on. */
function contextKey(ctx: AnalysisContext): string {
  return JSON.stringify([ctx.now, ctx.sender, ctx.recipients]);
}

function readParagraph(body: string, ctx: AnalysisContext): ParagraphReading {
  const paragraph = buildParagraph(body, 0, body.length, 0);
  return {
    paragraph,
    askFlags: paragraph.sentences.map((s) => askReason(s) !== null),
    deadlines: findDeadlines(body, ctx),
  };
}

/**
 * An analyzer with a paragraph cache of at most `maxParagraphs` entries (least recently used
 * dropped first). Pass a `now` that only moves when it matters (e.g. floored to the minute):
 * deadlines are cached per paragraph *and* context, so a new `now` re-reads them.
 */
export function createAnalyzer(maxParagraphs = 2000): Analyzer {
  const cache = new Map<string, ParagraphReading>();
  let cachedContext = '';

  const reading = (body: string, ctx: AnalysisContext): ParagraphReading => {
    let hit = cache.get(body);
    if (hit) {
      cache.delete(body);
    } else {
      hit = readParagraph(body, ctx);
      if (cache.size >= maxParagraphs) cache.delete(cache.keys().next().value!);
    }
    cache.set(body, hit);
    return hit;
  };

  const read = (text: string, ctx: AnalysisContext): Doc => {
    const key = contextKey(ctx);
    if (key !== cachedContext) {
      cache.clear();
      cachedContext = key;
    }
    const paragraphs: Paragraph[] = [];
    const sentences: Sentence[] = [];
    const asks: Sentence[] = [];
    const deadlines: Deadline[] = [];
    paragraphSpans(text).forEach(([start, end], index) => {
      const part = reading(text.slice(start, end), ctx);
      const shifted = part.paragraph.sentences.map((s) => shiftSentence(s, start, index));
      paragraphs.push({ start, end, text: part.paragraph.text, sentences: shifted });
      shifted.forEach((s, i) => {
        sentences.push(s);
        if (part.askFlags[i]) asks.push(s);
      });
      for (const d of part.deadlines) deadlines.push(shiftDeadline(d, start));
    });
    return { text, paragraphs, sentences, asks, deadlines };
  };

  return {
    read,
    analyze(text, ctx) {
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
      findings.sort((a, b) => a.start - b.start || a.end - b.end);
      return {
        findings,
        asks: doc.asks.map(({ start, end }) => ({ start, end })),
        deadlines: doc.deadlines,
        rewrite: rewrite(doc, findings, ctx),
      };
    },
  };
}

/** Analyses one message from scratch (no cache kept between calls). */
export function analyze(text: string, ctx: AnalysisContext): Analysis {
  return createAnalyzer().analyze(text, ctx);
}
