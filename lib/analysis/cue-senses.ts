/**
 * Cue words used in a sense that asks nothing of the reader, blanked out before the request cues
 * (asks.ts) are read:
 *   - "please" as a verb with its own object, after an infinitive marker or a modal ("sure to
 *     please every budget", "how to please a customer", "it will please them") — not the politeness
 *     marker of "please send", which stands before the verb it softens. "you to please send" keeps
 *     its marker: the reader is the subject of the verb that follows.
 *   - a request verb whose subject is a third person ("she can let me know", "He also let me know",
 *     "they have to let us know", "They'll send me the data"): someone else is asked, or did it.
 *     ("Someone let me know …" stays an ask: it is addressed to whoever reads it.)
 * Source: the error analysis of the ask-train development split (category "cue word in another
 * sense"); the verb reading of "please" is the dictionary's transitive sense (Merriam-Webster, "please").
 *
 * Shape: `lower` is a sentence's lower-case text; returns it with those spans replaced by spaces
 * (same length), or `lower` itself when there are none.
 */
const VERB_PLEASE = /\b(you )?(?:to|will|would|can|could|may|might|must|should|sure to) please(?= (?:the|a|an|every|even|all|any|most|both|many|your|their|his|her|our|them|him|us|everyone|everybody|anyone|customers?|people|kids|children|crowds?|readers?|fans?|guests?|clients?)\b)/g;
const THIRD_PARTY_ASKED =
  /\b(?:he|she|they)(?:'ll|'d)?(?: (?:also|just|already|will|would|can|could|should|must|may|might|have to|has to|had to|need to|needs to|to|did|does|do))* (?:let|lets|send|sends|sent|call|calls|called|email|emails|emailed|remind|reminds|reminded) (?:me|us)\b/g;

export function withoutOtherSenses(lower: string): string {
  if (!/please|\b(?:he|she|they)\b/.test(lower)) return lower;
  const blank = (m: string) => ' '.repeat(m.length);
  // "you to please send": the reader is the verb's subject, so the marker stays.
  const verbPlease = (m: string, you: string | undefined) => (you ? m : blank(m));
  return lower.replace(VERB_PLEASE, verbPlease).replace(THIRD_PARTY_ASKED, blank);
}
