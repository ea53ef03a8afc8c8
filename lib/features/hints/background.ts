/**
 * The hints' engine as the background runs it: a content script sends the composer's text and
 * context ('analysis/run') and gets the analysis back. The engine (lib/analysis, ~46 KB gzip with
 * the deadline layer) then loads once in the extension's worker instead of in every Gmail, Slack
 * and Docs tab, and its work runs off the host page's main thread.
 *
 * One analyzer per sender and set of readers, the few most recent kept: each keeps its paragraph
 * and sentence caches, so two composers with different readers do not empty each other's. The
 * answers themselves are kept for the last few requests (a long message's unchanged slices).
 */
import { createAnalyzer, type Analysis, type Analyzer } from '@/lib/analysis';
import type { AnalysisContext } from '@/lib/analysis/types';

const KEEP = 4;
const analyzers = new Map<string, Analyzer>();

function analyzerFor(ctx: AnalysisContext): Analyzer {
  const key = JSON.stringify([ctx.sender, ctx.recipients]);
  let analyzer = analyzers.get(key);
  if (analyzer) analyzers.delete(key);
  else {
    analyzer = createAnalyzer();
    if (analyzers.size >= KEEP) analyzers.delete(analyzers.keys().next().value!);
  }
  analyzers.set(key, analyzer);
  return analyzer;
}

/**
 * The most recent answers without a rewrite, by request (text and context). A long message comes in
 * slices (chunks.ts), all of them sent again after each keystroke, which changes one: the others
 * are answered from here instead of being analysed again. A message analysed whole, rewrite
 * included, changes with every keystroke and is not kept (building the key would be all it did).
 * Only texts up to RECENT_CHARS are kept.
 */
const RECENT = 16;
const RECENT_CHARS = 20_000;
const recent = new Map<string, Analysis>();

/**
 * The analysis the content script asked for. Without the rewrite (`withRewrite` false: the page
 * will not show it), the answer holds `rewrite: null` and the rewrite is not made.
 */
export function analyzeForContent(text: string, ctx: AnalysisContext, withRewrite = true): Analysis {
  const key = !withRewrite && text.length <= RECENT_CHARS ? JSON.stringify([ctx, text]) : null;
  const known = key === null ? undefined : recent.get(key);
  if (known) return known;
  const analysis = analyzerFor(ctx).analyze(text, ctx, { rewrite: withRewrite });
  if (key !== null) {
    if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
    recent.set(key, analysis);
  }
  return analysis;
}
