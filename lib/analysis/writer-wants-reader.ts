/**
 * The writer wanting something of the reader, read as clause structure: the writer as subject
 * ("I", "we"), an optional modal ("would", "'d", "will") and adverb ("greatly", "very much"), then
 *   - a verb of wanting with the reader as its object: "I'd like you to keep an open mind",
 *     "we'd love for you to join", "I would want you to understand";
 *   - "appreciate" with any object: "I would greatly appreciate your help", "…and I would very
 *     much appreciate 15 minutes of your time";
 *   - "hope" with the reader as subject of a modal verb: "I would hope you would share it".
 * A plain wish with no modal ("We hope you enjoy the app") asks nothing. Source: the dev split of
 * ask-train (category "the writer's wish, with an adverb or an apostrophe the cue phrases missed").
 *
 * Shape: `lower` is the sentence's lower-case text (doc.ts `Sentence.lower`); true when it holds
 * such a clause.
 */
import { WRITER_SUBJECT } from './writer-subject';

const WRITER = `\\b(?:${WRITER_SUBJECT}|we)(?:'d| would| will|'ll)?`;
const ADVERB = '(?:(?:[a-z]+ly|very much|so much|really|also|still|just) )?';
const WANTS_READER = "(?:like|love|want|need)(?: for)? you\\b";
const APPRECIATES = 'appreciate\\b';
const HOPES_READER_WILL = "hope (?:that )?you(?:'ll| will| would| can| could)\\b";
const WRITER_WANTS_READER = new RegExp(`${WRITER} ${ADVERB}(?:${WANTS_READER}|${APPRECIATES}|${HOPES_READER_WILL})`);

export function writerWantsReader(lower: string): boolean {
  // Every branch names the reader or appreciates: a plain substring search skips most sentences.
  return (lower.includes('you') || lower.includes('appreciate')) && WRITER_WANTS_READER.test(lower);
}
