/**
 * The shape of a clarity rule (ESLint's rule meta + Harper's small linters): an id equal to its
 * file name, a description, message templates, examples that feed its table-driven test and the
 * options page, and a pure `check`.
 */
import type { Doc } from './doc';
import type { AnalysisContext, Finding, Fix, Severity } from './types';

export interface Rule {
  id: string;
  description: string;
  messages: Record<string, string>;
  /** `flagged` must each raise this rule; `ok` must never raise it (a false alarm is the worst bug). */
  examples: { flagged: string[]; ok: string[] };
  check(doc: Doc, ctx: AnalysisContext): Finding[];
}

/** A finding over text[start, end) of the analysed message. */
export function finding(
  rule: string,
  doc: Doc,
  start: number,
  end: number,
  severity: Severity,
  message: string,
  fixes: Fix[] = [],
): Finding {
  return { rule, start, end, text: doc.text.slice(start, end), severity, message, fixes };
}

/** A fix that inserts `addition` right after text[start, end), keeping what the writer wrote. */
export function appendFix(doc: Doc, start: number, end: number, label: string, addition: string): Fix {
  return { label, start, end, replacement: doc.text.slice(start, end) + addition };
}

/** Where a sentence's closing punctuation starts (the place to insert "by when" or a question). */
export function beforeClosingPunctuation(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && /[\s.!?…"'”’)\]]/.test(text[at - 1]!)) at--;
  return at;
}

/**
 * Every match of a global regex in `text`. Unlike `matchAll`, it reuses the compiled regex rather
 * than cloning it, which matters when a rule runs it over each of thousands of sentences.
 */
export function* eachMatch(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex++;
    yield m;
  }
}

/**
 * Remembers what a rule reads from one sentence's text (a pure function of it), for the most
 * recent `limit` texts: after a keystroke a long message's unchanged sentences are not read again.
 */
export function perSentence<T>(read: (text: string) => T, limit = 4000): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let value = seen.get(text);
    if (value === undefined && !seen.has(text)) {
      value = read(text);
      if (seen.size >= limit) seen.delete(seen.keys().next().value!);
      seen.set(text, value);
    }
    return value as T;
  };
}

/** The message without its surrounding whitespace, as [start, end) offsets. */
export function trimmedSpan(text: string): { start: number; end: number } {
  return { start: text.length - text.trimStart().length, end: text.trimEnd().length };
}
