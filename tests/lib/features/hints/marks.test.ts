// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Finding } from '@/lib/analysis/types';
import { readText } from '@/lib/editing';
import type { Analysis, Deadline } from '@/lib/features/hints/contract';
import { buildMarks, ignoreKey, isCurrent, problemCount } from '@/lib/features/hints/marks';

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true" id="e">${html}</div>`;
  return document.getElementById('e')!;
}

const finding = (rule: string, text: string, start: number): Finding => ({
  rule, start, end: start + text.length, text, severity: 'warning', message: `${rule} message`, fixes: [],
});
const deadline = (text: string, start: number): Deadline => ({
  start, end: start + text.length, text, kind: 'vague', perRecipient: [], warnings: [], choices: [],
});
const analysis = (findings: Finding[], deadlines: Deadline[] = []): Analysis => ({ findings, asks: [], deadlines, rewrite: null });
const none = { disabledRules: new Set<string>(), ignored: new Set<string>() };

describe('the count', () => {
  it('counts problems only: a deadline stated in full is information', () => {
    expect(problemCount([{ kind: 'finding' }, { kind: 'deadline' }, { kind: 'finding' }])).toBe(2);
    expect(problemCount([{ kind: 'deadline' }])).toBe(0);
  });
});

describe('buildMarks', () => {
  const text = 'Please fix the report by EOD';
  it('ties each finding to a Range over exactly its words, in text order', () => {
    const map = readText(editor(text));
    const marks = buildMarks(analysis([finding('vague-deadline', 'by EOD', 22), finding('vague-reference', 'fix the report', 7)]), map, none);
    expect(marks.map((m) => [m.finding!.rule, m.range!.toString()])).toEqual([
      ['vague-reference', 'fix the report'],
      ['vague-deadline', 'by EOD'],
    ]);
  });

  it('attaches an overlapping deadline to its finding instead of marking it twice', () => {
    const map = readText(editor(text));
    const marks = buildMarks(analysis([finding('vague-deadline', 'by EOD', 22)], [deadline('EOD', 25)]), map, none);
    expect(marks).toHaveLength(1);
    expect(marks[0]!.deadline?.text).toBe('EOD');
  });

  it('a deadline inside a sentence another rule flags keeps its own mark: that card is not about it', () => {
    const question = 'Should we move the launch to Tuesday?';
    const marks = buildMarks(analysis([finding('channel-fit', question, 0)], [deadline('to Tuesday', 26)]), readText(editor(question)), none);
    expect(marks.map((m) => [m.kind, m.text, m.deadline?.text])).toEqual([
      ['finding', question, undefined],
      ['deadline', 'to Tuesday', 'to Tuesday'],
    ]);
  });

  it('marks a deadline no finding covers on its own', () => {
    const marks = buildMarks(analysis([], [deadline('by EOD', 22)]), readText(editor(text)), none);
    expect(marks.map((m) => [m.kind, m.text])).toEqual([['deadline', 'by EOD']]);
  });

  it('leaves out turned-off rules, and their deadlines with them, and ignored words', () => {
    const map = readText(editor(text));
    const a = analysis([finding('vague-deadline', 'by EOD', 22), finding('vague-reference', 'fix the report', 7)], [deadline('by EOD', 22)]);
    const marks = buildMarks(a, map, { disabledRules: new Set(['vague-deadline']), ignored: new Set() });
    expect(marks.map((m) => m.text)).toEqual(['fix the report']);
    const ignored = new Set([ignoreKey(marks[0]!)]);
    expect(buildMarks(a, map, { disabledRules: new Set(['vague-deadline']), ignored })).toEqual([]);
  });

  it('keys repeated words by occurrence, so typing before them keeps the key', () => {
    const a1 = analysis([finding('vague-deadline', 'EOD', 0), finding('vague-deadline', 'EOD', 8)]);
    const keys1 = buildMarks(a1, readText(editor('EOD and EOD')), none).map((m) => m.key);
    const a2 = analysis([finding('vague-deadline', 'EOD', 4), finding('vague-deadline', 'EOD', 12)]);
    const keys2 = buildMarks(a2, readText(editor('Hi! EOD and EOD')), none).map((m) => m.key);
    expect(keys1).toEqual(keys2);
    expect(new Set(keys1).size).toBe(2);
  });
});

describe('isCurrent', () => {
  it('is false once the marked words change', () => {
    const el = editor('Please fix the report');
    const [mark] = buildMarks(analysis([finding('vague-reference', 'the report', 11)]), readText(el), none);
    expect(isCurrent(mark!)).toBe(true);
    (el.firstChild as Text).replaceData(15, 0, 'x'); // "the rxeport"
    expect(isCurrent(mark!)).toBe(false);
  });
  // That a Range moves with text typed before it is the browser's part: proved in Chromium
  // (tests/e2e/hints-session.e2e.ts, "applies a fix at the right words when the user typed…").
});
