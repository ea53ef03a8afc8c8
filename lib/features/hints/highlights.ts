/**
 * Marks are painted with the CSS Custom Highlight API: nothing is added to the host's editor. A
 * `::highlight()` rule only paints text of the document it belongs to, so the page gets one
 * constructed stylesheet (adopted, not a <style> element) that holds nothing but
 * `::highlight(handoff-…)` rules: it styles no host element. It is added with the first composer
 * and removed with the last.
 */
export type HighlightKind = 'hint' | 'deadline' | 'active';

const NAMES: Record<HighlightKind, string> = {
  hint: 'handoff-hint',
  deadline: 'handoff-deadline',
  active: 'handoff-active',
};

/** Also used inside our shadow root, where a textarea's mirror text lives. */
export const HIGHLIGHT_RULES = `
::highlight(handoff-hint) { background-color: rgba(245, 158, 11, 0.16); text-decoration: underline wavy rgba(217, 119, 6, 0.9); text-decoration-thickness: 1.5px; text-underline-offset: 3px; }
::highlight(handoff-deadline) { background-color: rgba(59, 130, 246, 0.14); text-decoration: underline dotted rgba(37, 99, 235, 0.9); text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(handoff-active) { background-color: rgba(245, 158, 11, 0.38); }
`;

type Owner = object;
const painted = new Map<Owner, Record<HighlightKind, Range[]>>();
let sheet: CSSStyleSheet | undefined;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Sets one composer's ranges; the page-wide highlights are the union over all composers. */
export function paint(owner: Owner, ranges: Record<HighlightKind, Range[]>): void {
  if (!highlightsSupported()) return;
  painted.set(owner, ranges);
  adoptSheet();
  repaint();
}

export function clear(owner: Owner): void {
  if (!painted.delete(owner) || !highlightsSupported()) return;
  repaint();
  if (painted.size === 0) dropSheet();
}

function repaint(): void {
  for (const kind of Object.keys(NAMES) as HighlightKind[]) {
    const ranges = [...painted.values()].flatMap((r) => r[kind]);
    if (ranges.length === 0) CSS.highlights.delete(NAMES[kind]);
    else {
      const highlight = new Highlight(...ranges);
      if (kind === 'active') highlight.priority = 1;
      CSS.highlights.set(NAMES[kind], highlight);
    }
  }
}

function adoptSheet(): void {
  if (sheet && document.adoptedStyleSheets.includes(sheet)) return;
  sheet ??= new CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_RULES);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

function dropSheet(): void {
  if (!sheet) return;
  const ours = sheet;
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== ours);
}
