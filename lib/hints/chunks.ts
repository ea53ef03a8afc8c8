/**
 * A huge message (a 200 KB paste) is analysed in slices cut at line or sentence ends, yielding to the
 * page between slices so no task blocks typing; offsets are shifted back into the whole text.
 */
import type { AnalysisContext } from '@/lib/analysis/types';
import type { Analysis, Analyze } from './contract';

export const SLICE_SIZE = 8 * 1024;

export function slices(text: string, size = SLICE_SIZE): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    if (end < text.length) {
      const window = text.slice(start + (size >> 1), end);
      const cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('. '), window.lastIndexOf(' '));
      if (cut >= 0) end = start + (size >> 1) + cut + 1;
      // Never cut a surrogate pair (emoji) in two.
      if (/[\ud800-\udbff]/.test(text[end - 1] ?? '')) end += 1;
    }
    out.push({ start, end });
    start = end;
  }
  return out;
}

/** Analyses text slice by slice, awaiting `pause()` between slices; stops early when `stale()`. */
export async function analyzeInSlices(
  analyze: Analyze,
  text: string,
  ctx: AnalysisContext,
  pause: () => Promise<void>,
  stale: () => boolean,
): Promise<Analysis | null> {
  if (text.length <= SLICE_SIZE) return analyze(text, ctx);
  const whole: Analysis = { findings: [], asks: [], deadlines: [], rewrite: null };
  for (const { start, end } of slices(text)) {
    await pause();
    if (stale()) return null;
    const part = analyze(text.slice(start, end), ctx);
    const shift = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + start, end: x.end + start });
    whole.findings.push(...part.findings.map((f) => ({ ...shift(f), fixes: f.fixes.map(shift) })));
    whole.asks.push(...part.asks.map(shift));
    whole.deadlines.push(...part.deadlines.map(shift));
  }
  return whole;
}
