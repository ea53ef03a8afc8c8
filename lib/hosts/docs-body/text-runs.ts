/**
 * Where a span of the Docs body is drawn. Docs exposes each drawn run of text as an SVG
 * `rect[aria-label]` over the canvas, in reading order, only for the pages on screen. Each run is
 * found in the full text after the previous one; a span's part of a run is measured in the run's
 * own font (`data-font-css`, when present), else in proportion to its characters.
 */
import { docsSelectors } from '../selectors/docs';

export interface TextRun {
  start: number;
  end: number;
  box: DOMRect;
  font: string | null;
  label: string;
}


/** Places each run's label in `text`, in order; a run that cannot be found is left out. */
export function alignRuns(text: string, runs: { label: string; box: DOMRect; font: string | null }[]): TextRun[] {
  const aligned: TextRun[] = [];
  let cursor = 0;
  for (const run of runs) {
    const label = run.label.replace(/\u00a0/g, ' ');
    if (!label) continue;
    const at = text.indexOf(label, cursor);
    if (at < 0) continue;
    aligned.push({ start: at, end: at + label.length, box: run.box, font: run.font, label });
    cursor = at + label.length;
  }
  return aligned;
}

export function readRuns(editor: Element): { label: string; box: DOMRect; font: string | null }[] {
  return Array.from(editor.querySelectorAll(docsSelectors.textRun), (rect) => ({
    label: rect.getAttribute('aria-label') ?? '',
    box: rect.getBoundingClientRect(),
    font: rect.getAttribute('data-font-css'),
  }));
}

export type Measure = (text: string, font: string | null) => number;

/** The boxes over text[start, end): one per run it touches, cut to the span's part of the run. */
export function spanBoxes(runs: TextRun[], start: number, end: number, measure: Measure): DOMRect[] {
  const boxes: DOMRect[] = [];
  // Runs are in text order: start at the first that ends after `start` (many marks, many runs).
  let low = 0;
  for (let high = runs.length; low < high; ) {
    const mid = (low + high) >> 1;
    if (runs[mid]!.end <= start) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < runs.length && runs[i]!.start < end; i++) {
    const run = runs[i]!;
    const from = Math.max(start, run.start) - run.start;
    const to = Math.min(end, run.end) - run.start;
    const whole = measure(run.label, run.font);
    const x = (offset: number) =>
      whole > 0 ? (measure(run.label.slice(0, offset), run.font) / whole) * run.box.width : (offset / run.label.length) * run.box.width;
    const left = run.box.left + x(from);
    const right = run.box.left + x(to);
    boxes.push(new DOMRect(left, run.box.top, Math.max(2, right - left), run.box.height));
  }
  return boxes;
}

let context: OffscreenCanvasRenderingContext2D | null | undefined;

/** Text width in a CSS font, from an offscreen canvas; 0 when the browser cannot measure. */
export const measureText: Measure = (text, font) => {
  if (context === undefined) context = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
  if (!context || !font) return 0;
  context.font = font;
  return context.measureText(text).width;
};
