/**
 * The only file that imports compromise (≈138 KB gzip; loading it costs about a second on this
 * 2-core machine and tagging about 10 ms per KB — `npm run bench` measures both): never on the
 * keystroke path. deep.ts (the deeper pass, run off the host page's main thread after a typing
 * pause) reads sentences through it.
 */
import nlp from 'compromise';

/** Whether compromise tags a sentence of `text` as opening with an imperative verb. */
export function opensWithImperative(text: string): boolean {
  const doc = nlp(text);
  if (doc.has('^#Imperative')) return true;
  return doc.sentences().filter((s) => s.has('^(#Adverb|#Conjunction)? #Imperative')).found;
}

interface TermJson {
  text: string;
  normal: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

const OPENERS = new Set(['hi', 'hey', 'hello', 'also', 'and', 'so', 'then', 'just', 'now', 'ok', 'okay', 'btw', 'please', 'pls', 'kindly', 'quickly', 'simply', 'finally']);

/**
 * Where the imperative verb of one sentence starts (UTF-16 offset into `sentence`), or null: the
 * first term after a vocative ("Paul, …"), greeting words and adverbs, when compromise tags it an
 * imperative or infinitive verb, not a noun, not a gerund, and not a third-person form ("Ships …").
 */
export function imperativeVerbAt(sentence: string): number | null {
  if (/\?\s*$/.test(sentence)) return null;
  const terms = (nlp(sentence).json({ offset: true, terms: { offset: true } }) as { terms: TermJson[] }[]).flatMap((s) => s.terms);
  let i = 0;
  // A vocative: one to three names before a comma.
  const comma = terms.findIndex((t) => t.post.includes(','));
  if (comma >= 0 && comma < 3 && terms.slice(0, comma + 1).every((t) => t.tags.includes('ProperNoun') || t.tags.includes('Person') || OPENERS.has(t.normal) || t.tags.includes('Interjection'))) i = comma + 1;
  while (i < terms.length && (OPENERS.has(terms[i]!.normal) || terms[i]!.tags.includes('Interjection') || (terms[i]!.tags.includes('Adverb') && !terms[i]!.tags.includes('Verb')))) i++;
  const t = terms[i];
  if (!t) return null;
  const tags = new Set(t.tags);
  if (!tags.has('Verb') || tags.has('Gerund') || tags.has('PastTense') || tags.has('Modal') || tags.has('Copula') || tags.has('Auxiliary')) return null;
  if (!(tags.has('Imperative') || tags.has('Infinitive') || (tags.has('PresentTense') && !/s$/.test(t.normal)))) return null;
  // Nothing before it can be a subject ("We review …" is a statement).
  if (terms.slice(0, i).some((x) => x.tags.includes('Pronoun'))) return null;
  return t.offset.start;
}

/** Runs compromise's full tagger over `text` and returns the number of terms (for the benchmark). */
export function tagTerms(text: string): number {
  return nlp(text).terms().length;
}
