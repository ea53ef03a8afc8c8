/** The deeper pass (compromise off the keystroke path): what it adds, how it merges, that it is pure data. */
import { describe, expect, it } from 'vitest';
import { analyzeDeep, deepFindings, mergeFindings } from '@/lib/analysis/deep';
import { analyze } from '@/lib/analysis/index';
import { imperativeVerbAt } from '@/lib/analysis/nlp';
import type { Finding } from '@/lib/analysis/types';
import { context } from './fixtures';

describe('imperativeVerbAt (compromise)', () => {
  it('finds an imperative the word lists do not know, after a vocative', () => {
    expect(imperativeVerbAt('Reconcile the ledger with the bank statement.')).toBe(0);
    expect(imperativeVerbAt('Paul, reconcile the ledger.')).toBe('Paul, '.length);
  });
  it('reads statements, reports and questions as no imperative', () => {
    for (const text of ['Shipped the fix yesterday.', 'We reconcile the ledger every month.', 'Reconcile the ledger?', 'Quick update on the data platform.']) {
      expect(imperativeVerbAt(text), text).toBeNull();
    }
  });
}, 30_000);

describe('analyzeDeep', () => {
  it('judges a request only the tagger recognises: no deadline, and an object nothing pins down', () => {
    const text = 'Reconcile the ledger with the statement.';
    expect(analyze(text, context()).findings).toEqual([]);
    const deep = analyzeDeep(text, context());
    expect(deep.findings.map((f) => f.rule).sort()).toEqual(['missing-deadline', 'vague-reference']);
    expect(JSON.parse(JSON.stringify(deep))).toEqual(deep);
  });

  it('is the instant analysis when the tagger adds nothing, and stays in the writer’s prose', () => {
    const text = 'Thanks, the numbers are right now.\n\nOn Mon, Nov 23, 2026 at 9:14 AM Tom <tom@acme.io> wrote:\n> Reconcile the ledger.';
    expect(deepFindings(text, context())).toBeNull();
    expect(analyzeDeep(text, context())).toEqual(analyze(text, context()));
  });

  it('ignores social formulas the tagger reads as imperatives', () => {
    for (const text of ['Welcome to the team, Priya!', 'Thank you so much for covering for me yesterday!', 'Have a great weekend.']) {
      expect(analyzeDeep(text, context()).findings, text).toEqual([]);
    }
  });
}, 30_000);

describe('mergeFindings', () => {
  const f = (rule: string, start: number, end: number): Finding => ({ rule, start, end, text: '', severity: 'info', message: '', fixes: [] });
  it('dedupes by rule and overlapping span, keeps the rest, sorted', () => {
    const merged = mergeFindings([f('vague-reference', 10, 20)], [f('vague-reference', 12, 18), f('missing-deadline', 0, 30), f('vague-reference', 25, 28)]);
    expect(merged.map((m) => [m.rule, m.start])).toEqual([
      ['missing-deadline', 0],
      ['vague-reference', 10],
      ['vague-reference', 25],
    ]);
    expect(mergeFindings(merged, merged)).toEqual(merged);
  });
});
