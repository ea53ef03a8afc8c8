/**
 * The reader, through a modal, doing something to or for the writer: second person + a modal
 * ("can", "could", "may", "will", "won't mind", "ought to", "need to") + a verb whose object or
 * beneficiary is the writer ("me", "us"): "you may remove me from the list", "you could leave me a
 * voicemail", "if you'll leave me your details", "you won't mind sending me the figures". The
 * reader is asked to act for the writer even though the sentence is not in the imperative.
 * Verbs of perception and feeling ("you will love us", "you may remember me", "you can see us at
 * booth 4") say what the reader will experience and are no ask. Source: the error analysis of the
 * ask-train development split (category "modal + second person + verb, the writer as object").
 *
 * Shape: `lower` is a sentence's lower-case text; true when it holds such a clause.
 */
const MODAL = "(?:'ll| can| could| may| might| will| would| won't mind| wouldn't mind| ought to| just need to| need to)";
const ADVERB = '(?: (?:just|also|then|please|simply|still|kindly))?';
const NOT_AN_ACT = '(?!(?:see|hear|love|like|miss|know|remember|recogni[sz]e|believe|trust|thank|forgive|find|be)\\b)';
const OBJECT = "(?:(?:it|this|that|them|these|those|the [\\w'-]+|a [\\w'-]+|some [\\w'-]+) )?";
const READER_SERVES_WRITER = new RegExp(`\\byou${MODAL}${ADVERB} ${NOT_AN_ACT}[a-z]+ ${OBJECT}(?:(?:to|for|with) )?(?:me|us)\\b`);

export function readerServesWriter(lower: string): boolean {
  return lower.includes('you') && READER_SERVES_WRITER.test(lower);
}
