/**
 * Marks are painted with the CSS Custom Highlight API: nothing is added to the host's editor. A
 * `::highlight()` rule only paints text of the document it belongs to, so the page gets one
 * constructed stylesheet (adopted, not a <style> element) that holds nothing but
 * `::highlight(handoff-…)` rules: it styles no host element. It is added with the first composer
 * and removed with the last.
 */
export type HighlightKind = 'hint' | 'ask' | 'tone' | 'deadline' | 'active';

export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['hint', 'ask', 'tone', 'deadline', 'active'];

const NAMES: Record<HighlightKind, string> = {
  hint: 'handoff-hint',
  ask: 'handoff-ask',
  tone: 'handoff-tone',
  deadline: 'handoff-deadline',
  active: 'handoff-active',
};

/**
 * One colour and one line style per kind of problem (the style alone tells them apart too, for
 * readers who do not see the colours). Each colour has at least 3:1 contrast (WCAG 1.4.11) against
 * white and against Gmail's and Slack's dark backgrounds; tests/components/hints/palette.test.ts checks.
 */
export const MARK_STYLES: Record<Exclude<HighlightKind, 'active'>, { color: string; line: 'wavy' | 'solid' | 'dashed' | 'dotted'; label: string; example: string }> = {
  hint: { color: '#c26a00', line: 'wavy', label: 'Clarity', example: 'a reference or a time the reader cannot pin down' },
  ask: { color: '#8b5cf6', line: 'solid', label: 'The ask', example: 'no clear request, a buried one, or many questions at once' },
  tone: { color: '#0d9488', line: 'dashed', label: 'Tone and channel', example: 'a bare hello, a curt reply, a message for another channel' },
  deadline: { color: '#3b82f6', line: 'dotted', label: 'Deadline', example: 'a time shown in each reader’s own zone' },
};

const tint = (hex: string, alpha: number) => `rgba(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')}, ${alpha})`;

/** Also used inside our shadow root, where a textarea's mirror text lives. */
export const HIGHLIGHT_RULES = [
  ...Object.entries(MARK_STYLES).map(
    ([kind, { color, line }]) =>
      `::highlight(${NAMES[kind as HighlightKind]}) { background-color: ${tint(color, 0.14)}; text-decoration: underline ${line} ${color}; text-decoration-thickness: ${line === 'wavy' ? 1.5 : 2}px; text-underline-offset: 3px; }`,
  ),
  '::highlight(handoff-active) { background-color: rgba(194, 106, 0, 0.32); }',
].join('\n');

/** The canvas mirror's boxes: the same colours as borders. */
export const BOX_STYLES: Record<HighlightKind, string> = {
  ...(Object.fromEntries(
    Object.entries(MARK_STYLES).map(([kind, { color, line }]) => [kind, `background: ${tint(color, 0.14)}; border-bottom: 2px ${line === 'wavy' ? 'solid' : line} ${color};`]),
  ) as Record<Exclude<HighlightKind, 'active'>, string>),
  active: 'background: rgba(194, 106, 0, 0.32);',
};

/** Empty range lists for every kind. */
export function noRanges(): Record<HighlightKind, Range[]> {
  return { hint: [], ask: [], tone: [], deadline: [], active: [] };
}

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
