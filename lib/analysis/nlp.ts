/**
 * The only file that imports compromise (≈138 KB gzip, ~0.4 s to load): never on the keystroke
 * path. It holds the tagger-based ask cue we measured as a candidate "deep pass" for a background
 * or offscreen document. `npm run eval` and `npm run bench` report what it adds (nothing, so far:
 * on the dev split it moves ask F1 from 77.7% to 77.6%) and what it costs, so analyze() does not
 * use it.
 */
import nlp from 'compromise';

/** Whether compromise tags a sentence of `text` as opening with an imperative verb. */
export function opensWithImperative(text: string): boolean {
  const doc = nlp(text);
  if (doc.has('^#Imperative')) return true;
  return doc.sentences().filter((s) => s.has('^(#Adverb|#Conjunction)? #Imperative')).found;
}

/** Runs compromise's full tagger over `text` and returns the number of terms (for the benchmark). */
export function tagTerms(text: string): number {
  return nlp(text).terms().length;
}
