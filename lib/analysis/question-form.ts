/**
 * Whether a sentence that starts like a question but has no question mark is read as one.
 *
 * A direct question inverts its subject and auxiliary ("When do you leave", "Can you send it"); a
 * wh-word followed straight by its subject opens a subordinate clause instead ("When you download
 * the file, …", "Why we love this trend: …"), which asks nothing. Rule from English clause
 * structure (subject–auxiliary inversion; Huddleston & Pullum, The Cambridge Grammar of the
 * English Language, ch. 10 §4); the failure it fixes was found in the ask-train development split.
 *
 * Shape: `words` are the sentence's words (doc.ts), `first` the index of its first content word,
 * which is in QUESTION_STARTS. Returns false for a subordinate wh-clause, true otherwise.
 */
import type { Word } from './doc';

const WH_WORDS = new Set(['what', 'when', 'where', 'which', 'who', 'whom', 'whose', 'why', 'how']);
/** Words that can only be (or open) a clause's subject: personal pronouns, possessives, "the". */
const SUBJECT_OPENERS = new Set(['i', 'you', 'u', 'we', 'they', 'he', 'she', 'it', 'your', 'our', 'my', 'their', 'his', 'her', 'its', 'the', 'this', 'these', 'those']);

export function readsAsQuestion(words: readonly Word[], first: number): boolean {
  const head = words[first];
  const next = words[first + 1];
  if (!head || !next) return true;
  return !(WH_WORDS.has(head.lower) && SUBJECT_OPENERS.has(next.lower));
}
