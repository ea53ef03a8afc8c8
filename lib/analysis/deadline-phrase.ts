/**
 * Which words to put in the message for a resolved deadline: its phrase in the reader's time, or
 * the layer's proposed alternative when the deadline has already passed for them. Other warnings
 * (outside hours, weekend) keep the writer's time: changing it is the writer's call, on the chip.
 */
import type { Deadline } from './deadlines/types';

export function preferredPhrase(deadline: Deadline): string | undefined {
  return deadline.warnings.find((w) => w.code === 'passed' && w.alternative)?.alternative?.phrase ?? deadline.phrase;
}

/**
 * What to say beside `preferredPhrase(deadline)`: the readers its one instant is outside the working
 * hours of — the passed warning's proposal's note when that is the phrase, else the deadline's own.
 */
export function preferredPhraseNote(deadline: Deadline): string | undefined {
  const passed = deadline.warnings.find((w) => w.code === 'passed' && w.alternative)?.alternative;
  return passed ? passed.note : deadline.phraseNote;
}

/** The phrase without a doubled "by" when the writer's own "by" sits just before the span. */
export function phraseAt(text: string, start: number, phrase: string): string {
  return /\b(?:by|before|until|till)\s+$/i.test(text.slice(Math.max(0, start - 8), start)) ? phrase.replace(/^by\s+/i, '') : phrase;
}
