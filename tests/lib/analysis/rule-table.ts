/**
 * The table every rule's test runs: its own flagged/ok examples, extra cases, and the inputs a
 * message linter meets in the wild (emoji, RTL text, HTML-looking text, a 200 KB paste).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis/index';
import type { Rule } from '@/lib/analysis/rule';
import type { AnalysisContext, Finding } from '@/lib/analysis/types';
import { context } from './fixtures';

export function findingsOf(rule: string, text: string, ctx: AnalysisContext = context()): Finding[] {
  return analyze(text, ctx).findings.filter((f) => f.rule === rule);
}

export function expectExactOffsets(text: string, findings: Finding[]): void {
  for (const f of findings) {
    expect(text.slice(f.start, f.end)).toBe(f.text);
    for (const fix of f.fixes) {
      expect(fix.start).toBeGreaterThanOrEqual(0);
      expect(fix.end).toBeGreaterThanOrEqual(fix.start);
      expect(fix.end).toBeLessThanOrEqual(text.length);
    }
  }
}

const WILD = [
  'Can you review this 🙂👍🏽 deck? 🚀',
  'مرحبا، هل يمكنك مراجعة التقرير؟ Please fix the report.',
  '<div onclick="alert(1)">Please fix the report.</div> <script>x()</script>',
  '\u200f\u202eПривет! Fix it.\u202c ok',
];

export function describeRule(rule: Rule, extra: { flagged?: string[]; ok?: string[] } = {}): void {
  describe(`rule ${rule.id}`, () => {
    it.each([...rule.examples.flagged, ...(extra.flagged ?? [])])('flags %j', (text) => {
      const found = findingsOf(rule.id, text);
      expect(found.length).toBeGreaterThan(0);
      expectExactOffsets(text, found);
    });
    // Phones and word processors type ’ for ': a rule reads both the same (its examples, curled).
    const curled = [...rule.examples.flagged, ...(extra.flagged ?? [])].filter((text) => text.includes("'")).map((text) => text.replaceAll("'", '’'));
    if (curled.length) {
      it.each(curled)('flags %j, with curly apostrophes', (text) => {
        expect(findingsOf(rule.id, text).length).toBeGreaterThan(0);
      });
    }
    it.each([...rule.examples.ok, ...(extra.ok ?? [])])('does not flag %j', (text) => {
      expect(findingsOf(rule.id, text)).toEqual([]);
    });
    it.each(WILD)('keeps exact offsets in %j', (text) => {
      expectExactOffsets(text, findingsOf(rule.id, text));
    });
    it('keeps exact offsets in a 200 KB message and stays off when disabled', () => {
      const para = `${rule.examples.flagged[0]} ${rule.examples.ok[0]}\n\n`;
      const text = para.repeat(Math.ceil(200_000 / para.length));
      const found = findingsOf(rule.id, text);
      expectExactOffsets(text, found);
      expect(findingsOf(rule.id, rule.examples.flagged[0]!, context({ disabledRules: [rule.id] }))).toEqual([]);
    });
  });
}
