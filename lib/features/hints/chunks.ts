/**
 * A long message is analysed in slices cut at paragraph, line or sentence ends, yielding to the page
 * between slices so no task blocks typing (the engine costs ~10–20 ms per KB inside one paragraph);
 * offsets are shifted back into the whole text. Cuts fall on the same boundaries from one keystroke
 * to the next, so the engine's paragraph cache keeps working. A sliced message gets no rewrite: the
 * rewrite needs the whole message in one pass.
 */
import type { AnalysisContext, Fix } from '@/lib/analysis/types';
import type { Analysis, Analyze } from './contract';

export const SLICE_SIZE = 2 * 1024;

/**
 * The most text checked in one message or document body (issue 16). Beyond it (a 200 KB paste, a
 * 1 MB document) only the first part is checked, cut at a line end, and the view says so
 * (`partialNote`): every keystroke would otherwise re-read, re-mark and re-paint thousands of marks.
 * 20,000 characters is a long email (~3,000 words) and keeps keystroke → marks within 150 ms.
 */
export const MAX_CHECKED_CHARS = 20_000;

/** Where checking stops: the text's end when it fits, else the last line end (or space) before the limit. */
export function checkedEnd(text: string, max = MAX_CHECKED_CHARS): number {
  if (text.length <= max) return text.length;
  const line = text.lastIndexOf('\n', max - 1);
  const cut = line > max / 2 ? line + 1 : Math.max(text.lastIndexOf(' ', max - 1) + 1, 0) || max;
  // Never cut a surrogate pair (emoji) in two.
  return /[\ud800-\udbff]/.test(text[cut - 1] ?? '') ? cut - 1 : cut;
}

const count = (n: number) => n.toLocaleString('en-US');

/** What the view says when only part of the text was checked (`total`: the whole length, when only a part was read); null when all of it was. */
export function partialNote(text: string, total = text.length): string | null {
  const end = checkedEnd(text);
  if (end >= total) return null;
  return `Checked the first ${count(end)} of ${count(total)} characters: Handoff checks up to ${count(MAX_CHECKED_CHARS)} characters of one message.`;
}

export function slices(text: string, size = SLICE_SIZE): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    if (end < text.length) {
      const window = text.slice(start + (size >> 1), end);
      const cut = [window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.lastIndexOf('. '), window.lastIndexOf(' ')].find((i) => i >= 0);
      if (cut !== undefined) end = start + (size >> 1) + cut + 1;
      // Never cut a surrogate pair (emoji) in two.
      if (/[\ud800-\udbff]/.test(text[end - 1] ?? '')) end += 1;
    }
    out.push({ start, end });
    start = end;
  }
  return out;
}

/** The context for text[start, end): the excluded ranges that reach into it, in its own offsets. */
export function within(ctx: AnalysisContext, start: number, end: number): AnalysisContext {
  if (!ctx.excluded) return ctx;
  const excluded = ctx.excluded.filter((r) => r.end > start && r.start < end).map((r) => ({ start: Math.max(r.start, start) - start, end: Math.min(r.end, end) - start }));
  return { ...ctx, excluded };
}

/** Work between two pauses, ms: slices the engine answers from its paragraph cache run on without waiting. */
const YIELD_AFTER_MS = 12;

/**
 * Analyses text slice by slice, awaiting `pause()` once a slice run took YIELD_AFTER_MS; stops early
 * when `stale()`. `rewrite`: whether the caller shows the whole-message rewrite; a slice's is never
 * asked for (the engine then does not make it).
 */
export async function analyzeInSlices(
  analyze: Analyze,
  text: string,
  ctx: AnalysisContext,
  pause: () => Promise<void>,
  stale: () => boolean,
  rewrite = true,
): Promise<Analysis | null> {
  if (text.length <= SLICE_SIZE) return await analyze(text, ctx, { rewrite });
  const whole: Analysis = { findings: [], asks: [], deadlines: [], rewrite: null };
  // A pause costs ~4 ms of timer clamping: pausing before every slice of a 20 KB text cost more than
  // its cached analysis. Pause first (the keystroke's own task ends), then only once work piles up.
  let since = -Infinity;
  for (const { start, end } of slices(text)) {
    if (performance.now() - since > YIELD_AFTER_MS) {
      await pause();
      since = performance.now();
    }
    if (stale()) return null;
    const part = await analyze(text.slice(start, end), within(ctx, start, end), { rewrite: false });
    const shift = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + start, end: x.end + start });
    whole.findings.push(...part.findings.map((f) => ({ ...shift(f), fixes: f.fixes.map((fix) => shiftFix(fix, start)) })));
    whole.asks.push(...part.asks.map(shift));
    whole.deadlines.push(...part.deadlines.map(shift));
  }
  return whole;
}

/** A slice's fix in the whole text's offsets: its span, its smallest edits and the place an answer may name. */
function shiftFix(fix: Fix, by: number): Fix {
  const shifted: Fix = { ...fix, start: fix.start + by, end: fix.end + by };
  if (fix.edits) shifted.edits = fix.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by }));
  if (fix.ask?.names) shifted.ask = { ...fix.ask, names: { ...fix.ask.names, at: fix.ask.names.at + by } };
  return shifted;
}

/** Lets the page handle input between slices of a long analysis. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
