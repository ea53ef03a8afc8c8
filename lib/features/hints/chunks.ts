/**
 * A long message is analysed in slices cut at paragraph, line or sentence ends, yielding to the page
 * between slices so no task blocks typing (the engine costs ~10–20 ms per KB inside one paragraph);
 * offsets are shifted back into the whole text. Cuts fall on the same boundaries from one keystroke
 * to the next, so the engine's paragraph cache keeps working. A sliced message gets no rewrite: the
 * rewrite needs the whole message in one pass.
 */
import type { AnalysisContext } from '@/lib/analysis/types';
import type { Analysis, Analyze } from './contract';

export const SLICE_SIZE = 2 * 1024;

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

/** Analyses text slice by slice, awaiting `pause()` between slices; stops early when `stale()`. */
export async function analyzeInSlices(
  analyze: Analyze,
  text: string,
  ctx: AnalysisContext,
  pause: () => Promise<void>,
  stale: () => boolean,
): Promise<Analysis | null> {
  if (text.length <= SLICE_SIZE) return await analyze(text, ctx);
  const whole: Analysis = { findings: [], asks: [], deadlines: [], rewrite: null };
  for (const { start, end } of slices(text)) {
    await pause();
    if (stale()) return null;
    const part = await analyze(text.slice(start, end), within(ctx, start, end));
    const shift = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + start, end: x.end + start });
    whole.findings.push(...part.findings.map((f) => ({ ...shift(f), fixes: f.fixes.map(shift) })));
    whole.asks.push(...part.asks.map(shift));
    whole.deadlines.push(...part.deadlines.map(shift));
  }
  return whole;
}

/** Lets the page handle input between slices of a long analysis. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
