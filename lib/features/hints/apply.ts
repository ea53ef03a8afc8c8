/**
 * Applying a fix the user clicked: the fix was computed on the text as analysed, and the user may
 * have typed since. Pure: the texts and spans in, the change to make (or null: the words changed) out.
 * Offsets are UTF-16 units.
 */
import type { Replacement } from '@/lib/editing';

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

/** The change a fix makes to the text now, given its shift; `expected` guards against other edits. */
export function fixChange(analysed: string, fix: { start: number; end: number; replacement: string }, shift: number): Replacement {
  return { start: fix.start + shift, end: fix.end + shift, expected: analysed.slice(fix.start, fix.end), replacement: fix.replacement };
}

/** The change a whole-message rewrite makes; null unless the text is still exactly as analysed. */
export function rewriteChange(analysed: string, now: string, rewrite: string | null): Replacement | null {
  if (!rewrite || now !== analysed) return null;
  return { start: 0, end: now.length, expected: now, replacement: rewrite };
}
