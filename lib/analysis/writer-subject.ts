/**
 * The writer as a clause's subject, said or left out. In a coordinated clause English drops a
 * subject it shares with the first clause ("I'm out next week, but will give you a call", "I look
 * forward to meeting you, and hope that you can visit"): there the conjunction stands where "I"
 * would. Coordination ellipsis: Huddleston & Pullum, The Cambridge Grammar of the English
 * Language, ch. 15 §4; found as a category in the error analysis of the ask-train development split.
 *
 * Shape: a regular-expression source (no flags) matching "i", or "and"/"but" after an earlier
 * "I" clause in the same sentence (no ";" or ":" between them). The pattern starts at a word
 * boundary; the caller puts what follows (a modal, a verb) after it. The look-behind sits after
 * the conjunction so it runs only where "and"/"but" matched, not at every position (keystroke path).
 */
export const WRITER_SUBJECT = "(?:i|(?:and|but)(?<=\\bi(?:'m|'ve|'ll|'d)?\\b[^;:]{1,80} (?:and|but)))";
