/**
 * The shape of a clarity rule (ESLint's rule meta + Harper's small linters): an id equal to its
 * file name, a description, message templates, examples that feed its table-driven test and the
 * options page, and a pure `check`.
 */
import type { Doc } from './doc';
import type { AnalysisContext, Finding, Fix, FixAsk, Severity, TextEdit } from './types';

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

/**
 * perSentence for what a rule reads from one paragraph's text (`doc.paragraphs[i].text`).
 * Only whitespace holding two line breaks lies between paragraphs, so a pattern with no `^`/`$`
 * and no line break in what it matches finds in the paragraphs what it finds in the whole prose:
 * a count or a yes summed over them is the whole message's, and after a keystroke only the edited
 * paragraph is scanned again.
 */
export function perParagraph<T>(read: (text: string) => T, limit = 1000): (text: string) => T {
  return perSentence(read, limit);
}

/** The message without its surrounding whitespace, as [start, end) offsets. */
export function trimmedSpan(text: string): { start: number; end: number } {
  return { start: text.length - text.trimStart().length, end: text.trimEnd().length };
}

/**
 * A fix that asks the writer (`ask.question`) and inserts their answer at `at`: nothing is inserted
 * until they answer, and nothing unfinished ever goes into the message.
 */
export function askFix(doc: Doc, at: number, label: string, ask: FixAsk, end = at): Fix {
  return { label, start: at, end, replacement: doc.text.slice(at, end), ask };
}

/**
 * The one edit an answered ask makes: `before + answer + after` in place of text[fix.start, fix.end),
 * or, where the ask names a thing (FixAsk.names) and the answer is a name for it, that name before
 * the thing's head word — "fix the report" + "Q3" or "the Q3 report" → "fix the Q3 report", never
 * "fix the report (the Q3 report)". A name is the answer with its "the" and the head word taken off,
 * of at most three words, each with a capital or a digit ("Q3", "Acme", "#4521", "March"), or
 * any words when the answer ends with the head word; a link or a longer answer goes in brackets.
 */
export function answerEdit(fix: Pick<Fix, 'ask' | 'start' | 'end'>, answer: string): TextEdit {
  const names = fix.ask!.names;
  const name = names ? nameFor(answer, names.head) : undefined;
  if (names && name) return { start: names.at, end: names.at, text: `${name} ` };
  return { start: fix.start, end: fix.end, text: answered(fix, answer) };
}

function nameFor(answer: string, head: string): string | undefined {
  const words = answer.trim().replace(/[.!?]+$/, '').split(/\s+/);
  if (/^(?:the|our|my|your|this|that)$/i.test(words[0] ?? '')) words.shift();
  const last = words[words.length - 1]?.toLowerCase();
  const endsWithHead = words.length > 1 && (last === head || last === `${head}s`);
  if (endsWithHead) words.pop();
  if (words.length === 0 || words.length > 3 || words.some((w) => /[/:@()[\]]/.test(w))) return undefined;
  if (!endsWithHead && !words.every((w) => /[\p{Lu}\d#]/u.test(w))) return undefined;
  return words.join(' ');
}

/** What an answered ask puts in place of text[fix.start, fix.end). */
export function answered(fix: Pick<Fix, 'ask'>, answer: string): string {
  return `${fix.ask!.before}${answer.trim()}${fix.ask!.after}`;
}

/**
 * The smallest edit that turns `original` (found at `offset`) into `replacement`: the common start
 * and end are kept, word boundaries respected so "by EOD" → "by 5:00 PM …" replaces "EOD" only.
 * An empty list when nothing changes.
 */
export function minimalEdits(original: string, replacement: string, offset: number): TextEdit[] {
  if (original === replacement) return [];
  let head = 0;
  const max = Math.min(original.length, replacement.length);
  while (head < max && original[head] === replacement[head]) head++;
  let tail = 0;
  while (tail < max - head && original[original.length - 1 - tail] === replacement[replacement.length - 1 - tail]) tail++;
  // Keep a surrogate pair whole.
  if (head > 0 && /[\uD800-\uDBFF]/.test(original[head - 1]!)) head--;
  if (tail > 0 && /[\uDC00-\uDFFF]/.test(original[original.length - tail]!)) tail--;
  return [{ start: offset + head, end: offset + original.length - tail, text: replacement.slice(head, replacement.length - tail) }];
}

/** A fix with its `edits` filled in from the text it applies to. */
export function withEdits(fix: Fix, text: string): Fix {
  // Object.assign, not a spread: Node 20's V8 adds a field to a spread copy ~20× slower, and this runs for every fix.
  if (fix.ask) return Object.assign({}, fix, { edits: [] });
  return Object.assign({}, fix, { edits: minimalEdits(text.slice(fix.start, fix.end), fix.replacement, fix.start) });
}
