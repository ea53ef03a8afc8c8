/**
 * Whether a sentence is set in headline style (title case): its first three content words and at
 * least 80% of all of them capitalised, as in a subject line, a news headline, a song or video
 * title ("The Latest Gadgets, Buy Now or Wait?", "Call Me Maybe: Military Version", "Calif GOP
 * Lawmakers Ask PUC President To Resign"). A headline names something; it addresses no reader,
 * so an imperative or a question mark inside it is no ask. Headline capitalisation: The Chicago
 * Manual of Style, 8.159 (minor words — articles, short prepositions, conjunctions — stay lower
 * case); the category was found in the error analysis of the ask-train development split.
 *
 * Words that say nothing about the style are not counted: minor words, acronyms and other words
 * in capitals ("GOP", "AM", "PDT"), numbers, month and day names, and the pronoun "I". A sentence
 * typed all in capitals is not title case (it is shouting, and may well ask).
 *
 * Shape: `words` are a sentence's words (doc.ts); true when at least three content words remain
 * and they are set in title case.
 */
import type { Word } from './doc';

const MINOR = new Set(['a', 'an', 'the', 'and', 'or', 'nor', 'but', 'so', 'yet', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as', 'vs', 'via', 'up', 'off', 'per']);
const CALENDAR = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/;

export function isHeadline(words: readonly Word[]): boolean {
  if (words.length < 3) return false;
  let content = 0;
  let capitalised = 0;
  let lettered = 0;
  let upper = 0;
  for (const w of words) {
    const head = w.text[0]!;
    const cap = head !== head.toLowerCase();
    if (!cap) {
      if (head === head.toUpperCase()) continue; // a digit or a symbol: no case
      lettered++;
      if (MINOR.has(w.lower) || CALENDAR.test(w.lower)) continue;
      // The first three content words must all be capitalised: most sentences stop here.
      if (content < 3) return false;
      content++;
      continue;
    }
    lettered++;
    if (w.text === w.text.toUpperCase()) {
      upper++;
      continue;
    }
    if (MINOR.has(w.lower) || CALENDAR.test(w.lower)) continue;
    content++;
    capitalised++;
  }
  if (upper === lettered) return false;
  return content >= 3 && capitalised >= 0.8 * content;
}
