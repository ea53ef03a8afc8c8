/**
 * The deeper pass: the instant analysis plus what compromise's part-of-speech tags add — requests
 * opened by an imperative verb the instant pass's word lists do not know ("Tidy the backlog",
 * "Reconcile the ledger with the bank statement"), with their objects read as the instant pass
 * reads them, so missing-deadline, vague-reference, buried-ask and the rest judge them too.
 *
 * Pure and serialisable (text + context in, plain data out), so a background service worker or an
 * offscreen document can run it after the user pauses and post the result back; compromise loads
 * there, never on the host page's main thread. `handoff -- batch` returns this merged analysis,
 * so what is measured is what users see.
 */
import type { Analysis } from './index';
import { confineToProse, createAnalyzer } from './index';
import { imperativeVerbAt } from './nlp';
import { findRequests } from './requests';
import { rewrite } from './rewrite';
import { rules } from './rules/index';
import type { AnalysisContext, Finding } from './types';

/**
 * Verbs that open social formulas, not requests ("Thank you …", "Welcome to the team", "Let me know",
 * "Have a good weekend", "Talk soon"), and the noun use of a verb heading a report ("Update on …").
 */
const FORMULA = /^(?:thank|thanks|welcome|congrats|congratulations|enjoy|let|hope|wish|have|talk|see|sorry|find|note|keep|stay|take care|cheers|good|happy|merry|feel)\b/i;
const NOUN_USE = /^\S+\s+(?:on|of|from|about|is|was|are|were|has|had)\b|^[^.!?]{0,60}:/i;
const INFORMS = /\b(?:please|pls|kindly)\s+$/i;

/** Whether two findings are the same problem: one rule, overlapping spans. */
function same(a: Finding, b: Finding): boolean {
  return a.rule === b.rule && a.start < Math.max(b.end, b.start + 1) && b.start < Math.max(a.end, a.start + 1);
}

/**
 * The instant pass's findings with the deeper pass's added: a deep finding that repeats an
 * instant one (same rule, overlapping span) is dropped, so merging twice changes nothing.
 * Sorted by position.
 */
export function mergeFindings(instant: readonly Finding[], deep: readonly Finding[]): Finding[] {
  const merged = [...instant];
  for (const f of deep) if (!merged.some((m) => same(m, f))) merged.push(f);
  return merged.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The deeper pass's findings for `text` in `ctx`: every rule run again over the message with the
 * tagger's extra requests, so it is the complete set for this text — a superset of the instant
 * pass's, except where an extra request answers an instant finding (a message with an imperative
 * the word lists missed is no longer "missing an ask"). Null when the tagger adds no request (the
 * instant findings stand as they are).
 */
export function deepFindings(text: string, ctx: AnalysisContext): Finding[] | null {
  const analyzer = createAnalyzer();
  const doc = analyzer.read(text, ctx);
  const tagged = new Map<number, number>();
  doc.sentences.forEach((s, i) => {
    if (s.question || doc.requests.some((r) => r.sentence === i)) return;
    const at = imperativeVerbAt(s.text);
    if (at === null) return;
    const from = s.text.slice(at);
    if (FORMULA.test(from) || NOUN_USE.test(from) || (INFORMS.test(s.text.slice(0, at)) && /^(?:find|see|note)\b/i.test(from))) return;
    tagged.set(i, s.start + at);
  });
  if (tagged.size === 0) return null;
  const richer = { ...doc, requests: findRequests(doc, tagged) };
  const disabled = new Set(ctx.disabledRules ?? []);
  const found: Finding[] = [];
  for (const rule of rules) {
    if (disabled.has(rule.id)) continue;
    try {
      found.push(...rule.check(richer, ctx));
    } catch (error) {
      console.error(`[handoff] deep rule ${rule.id} failed`, error);
    }
  }
  return found.flatMap((f) => confineToProse(f, text, doc.excluded) ?? []).sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The analysis users see once the deeper pass is in: the instant analysis with its findings
 * replaced by the deeper pass's complete set (when the tagger added anything), and the rewrite
 * recomputed over them. A page that kept typing meanwhile merges with `mergeFindings` instead.
 * Throws nothing for any text; loads compromise on first call.
 */
export function analyzeDeep(text: string, ctx: AnalysisContext): Analysis {
  const analyzer = createAnalyzer();
  const instant = analyzer.analyze(text, ctx);
  const deep = deepFindings(text, ctx);
  if (deep === null) return instant;
  const findings = mergeFindings([], deep);
  return { ...instant, findings, rewrite: rewrite(analyzer.read(text, ctx), findings, ctx) };
}
