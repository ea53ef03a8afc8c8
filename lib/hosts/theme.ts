/**
 * Light or dark for our UI beside one composer. In Gmail and Slack (both have dark themes) the
 * host's own theme decides: we read the opaque background colour behind the composer. Elsewhere
 * (Docs, whose editor has no dark theme, and pages where nothing behind the composer is painted)
 * the system setting (`prefers-color-scheme`) decides. The answer is written to
 * `<handoff-ui data-theme="light|dark">`, which our shadow-root styles key on with `:host(...)`.
 */
import type { HostId } from '@/lib/analysis/types';
import { guard } from '@/lib/log';

export type Theme = 'light' | 'dark';

/** Hosts whose pages have a dark theme of their own, followed instead of the system setting. */
const THEMED_HOSTS: ReadonlySet<HostId> = new Set<HostId>(['gmail', 'slack']);

/** Relative luminance below which a background is dark (WCAG 2.x formula; #777 ≈ 0.18). */
const DARK_BELOW = 0.2;

/** "rgb(26, 29, 33)" / "rgba(0, 0, 0, 0)" / "rgb(26 29 33 / 50%)" → [r, g, b, alpha 0–1]; null for anything else. */
export function parseCssColor(css: string): [number, number, number, number] | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/i.exec(css.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : Number(m[4]) / (m[5] ? 100 : 1);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** WCAG 2.x relative luminance of an sRGB colour (0–255 channels), 0 (black) to 1 (white). */
export function relativeLuminance([r, g, b]: readonly number[]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r ?? 0) + 0.7152 * channel(g ?? 0) + 0.0722 * channel(b ?? 0);
}

/** WCAG 2.x contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: readonly number[], b: readonly number[]): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The colour painted behind `element`: its own and its ancestors' backgrounds, composited from the
 * first opaque one up. Null when nothing behind it is painted (the browser's canvas shows).
 */
export function backgroundBehind(element: Element): [number, number, number] | null {
  const layers: [number, number, number, number][] = [];
  const view = element.ownerDocument.defaultView;
  if (!view) return null;
  for (let at: Element | null = element; at; at = at.parentElement ?? hostOf(at)) {
    const color = parseCssColor(view.getComputedStyle(at).backgroundColor);
    if (!color || color[3] === 0) continue;
    layers.push(color);
    if (color[3] >= 1) break;
  }
  const base = layers.pop();
  if (!base || base[3] < 1) return null;
  let [r, g, b] = base;
  for (const [lr, lg, lb, la] of layers.reverse()) {
    r = lr * la + r * (1 - la);
    g = lg * la + g * (1 - la);
    b = lb * la + b * (1 - la);
  }
  return [r, g, b];
}

function hostOf(element: Element): Element | null {
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The theme for our UI beside `editor` on `host`; `prefersDark` is the system setting. */
export function themeFor(host: HostId, editor: Element, prefersDark: boolean): Theme {
  if (THEMED_HOSTS.has(host)) {
    const behind = backgroundBehind(editor);
    if (behind) return relativeLuminance(behind) < DARK_BELOW ? 'dark' : 'light';
  }
  return prefersDark ? 'dark' : 'light';
}

/**
 * Keeps `ui.dataset.theme` right until `signal` aborts: now, when the system setting changes, when
 * the page switches theme (a class or style on <html>/<body>), and when the editor gets focus.
 */
export function followTheme(ui: HTMLElement, host: HostId, editor: HTMLElement, signal: AbortSignal): void {
  const view = ui.ownerDocument.defaultView;
  if (!view) return;
  const query = view.matchMedia?.('(prefers-color-scheme: dark)');
  let frame = 0;
  const update = guard('theme', () => {
    frame = 0;
    if (signal.aborted) return;
    const theme = themeFor(host, editor, !!query?.matches);
    if (ui.dataset.theme !== theme) ui.dataset.theme = theme;
  });
  const later = () => {
    if (!frame && !signal.aborted) frame = view.requestAnimationFrame(update);
  };
  update();
  query?.addEventListener?.('change', later, { signal });
  editor.addEventListener('focusin', later, { signal });
  const observer = new MutationObserver(later);
  const doc = ui.ownerDocument;
  for (const target of [doc.documentElement, doc.body]) {
    if (target) observer.observe(target, { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] });
  }
  signal.addEventListener('abort', () => (observer.disconnect(), view.cancelAnimationFrame(frame)), { once: true });
}
