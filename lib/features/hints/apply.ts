/**
 * Applying a fix the user clicked: the fix was computed on the text as analysed, and the user may
 * have typed since. Pure: the texts and spans in, the change to make (or null: the words changed) out.
 * Offsets are UTF-16 units.
 */
import type { Replacement } from '@/lib/editing';
import { answerEdit, minimalEdits } from '@/lib/analysis/rule';
import type { FixAsk, TextEdit } from '@/lib/analysis/types';

/** Where a mark's live Range is now and which words it covers; null when it cannot be found. */
export type LiveSpan = { start: number; text: string } | null;

export interface ShiftInput {
  /** The whole text as it was analysed. */
  analysed: string;
  /** The whole text now. */
  now: string;
  /** The mark as analysed: where its words started and what they were. */
  mark: { start: number; text: string };
  /** The fix's span in the analysed text. */
  fix: { start: number; end: number };
  /** The mark's live Range now; undefined when the mark has none (then the words are searched for). */
  live?: LiveSpan;
}

/**
 * How far the fix's words moved since the analysis; null when the words themselves changed.
 * With a live Range, the Range says; without one, the same words nearest to where they were.
 */
export function shiftSinceAnalysis({ analysed, now, mark, fix, live }: ShiftInput): number | null {
  if (now === analysed) return 0;
  if (live !== undefined) return live && live.text === mark.text ? live.start - mark.start : null;
  const expected = analysed.slice(fix.start, fix.end);
  let best: number | null = null;
  for (let at = now.indexOf(expected); at >= 0; at = now.indexOf(expected, at + 1)) {
    if (best === null || Math.abs(at - fix.start) < Math.abs(best - fix.start)) best = at;
  }
  return best === null ? null : best - fix.start;
}

/** A fix as the card applies it: its span, its smallest edit, or a question the writer answers. */
export interface ApplicableFix {
  start: number;
  end: number;
  replacement: string;
  edits?: TextEdit[];
  ask?: FixAsk;
}

/**
 * The one edit a fix makes, in analysed-text offsets: the answer to its question, else its smallest
 * edit, else the smallest edit between its span and its replacement. Null when it changes nothing
 * or is a question without an answer.
 */
export function fixEdit(analysed: string, fix: ApplicableFix, answer?: string): TextEdit | null {
  if (fix.ask) {
    if (!answer?.trim()) return null;
    return answerEdit(fix, answer);
  }
  const edits = fix.edits ?? minimalEdits(analysed.slice(fix.start, fix.end), fix.replacement, fix.start);
  // A fix of several edits is applied as one span: one undo step.
  if (edits.length > 1) return { start: fix.start, end: fix.end, text: fix.replacement };
  return edits[0] ?? null;
}

/**
 * The change a fix makes to the text now, given its shift; `expected` guards against other edits.
 * Only what the fix adds or changes is written: the writer's own words around it stay untouched
 * (a link or bold on them survives). Null when there is nothing to write.
 */
export function fixChange(analysed: string, fix: ApplicableFix, shift: number, answer?: string): Replacement | null {
  const edit = fixEdit(analysed, fix, answer);
  if (!edit) return null;
  return { start: edit.start + shift, end: edit.end + shift, expected: analysed.slice(edit.start, edit.end), replacement: edit.text };
}

/** The change a whole-message rewrite makes; null unless the text is still exactly as analysed. */
export function rewriteChange(analysed: string, now: string, rewrite: string | null): Replacement | null {
  if (!rewrite || now !== analysed) return null;
  return { start: 0, end: now.length, expected: now, replacement: rewrite };
}
