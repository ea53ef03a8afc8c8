import { describe, expect, it } from 'vitest';
import type { AnalysisContext } from '@/lib/analysis/types';
import { analyze } from '@/lib/analysis';
import { analyzeInSlices, checkedEnd, MAX_CHECKED_CHARS, partialNote, SLICE_SIZE, slices } from '@/lib/features/hints/chunks';
import type { Analysis } from '@/lib/features/hints/contract';

const ctx: AnalysisContext = { now: 0, sender: { timeZone: 'UTC' }, recipients: [], host: 'cli' };
const findEod = (text: string): Analysis => ({
  findings: [...text.matchAll(/EOD/g)].map((m) => ({
    rule: 'vague-deadline', start: m.index, end: m.index + 3, text: 'EOD', severity: 'info' as const, message: '',
    fixes: [{ label: 'x', replacement: '5 PM', start: m.index, end: m.index + 3 }],
  })),
  asks: [], deadlines: [], rewrite: 'whole',
});

describe('slices', () => {
  it('covers the text exactly, in slices no longer than the limit, cut at line or sentence ends', () => {
    const text = 'Please send it by EOD. 👋🏽 שלום\n'.repeat(500);
    const parts = slices(text);
    expect(parts[0]!.start).toBe(0);
    expect(parts.at(-1)!.end).toBe(text.length);
    parts.slice(1).forEach((p, i) => expect(p.start).toBe(parts[i]!.end));
    for (const p of parts.slice(0, -1)) {
      expect(p.end - p.start).toBeLessThanOrEqual(SLICE_SIZE + 1);
      expect(text.slice(p.end - 1, p.end)).toMatch(/[\n. ]/);
    }
  });
});

describe('the checked part of a very long text (issue 16)', () => {
  it('checks all of a text up to MAX_CHECKED_CHARS and says nothing', () => {
    const text = 'Please fix the report.\n'.repeat(100);
    expect(checkedEnd(text)).toBe(text.length);
    expect(partialNote(text)).toBeNull();
  });

  it('stops at the last line end before the limit, and says how much of how much was checked', () => {
    const line = 'שלום 👋🏽 please fix the report by EOD, thanks.\n';
    const text = line.repeat(Math.ceil(200_000 / line.length));
    const end = checkedEnd(text);
    expect(end).toBeLessThanOrEqual(MAX_CHECKED_CHARS);
    expect(end).toBeGreaterThan(MAX_CHECKED_CHARS - line.length);
    expect(text[end - 1]).toBe('\n');
    expect(partialNote(text)).toBe(`Checked the first ${end.toLocaleString('en-US')} of ${text.length.toLocaleString('en-US')} characters: Handoff checks up to 20,000 characters of one message.`);
    // A part read through the page (a long Docs body) counts the whole body.
    expect(partialNote(text.slice(0, 50_000), 1_000_000)).toMatch(/ of 1,000,000 characters/);
  });

  it('never cuts an emoji in two in a text with no line ends or spaces', () => {
    const text = '👋'.repeat(20_000);
    const end = checkedEnd(text);
    expect(end % 2).toBe(0);
  });
});

describe('analyzeInSlices', () => {
  it('analyses a short message in one pass, rewrite included', async () => {
    const result = await analyzeInSlices(findEod, 'by EOD', ctx, async () => {}, () => false);
    expect(result!.rewrite).toBe('whole');
  });

  it('shifts every offset of a long message back into the whole text', async () => {
    const text = 'Send the deck by EOD please. '.repeat(400);
    const result = (await analyzeInSlices(findEod, text, ctx, async () => {}, () => false))!;
    expect(result.findings).toHaveLength(400);
    for (const f of result.findings) {
      expect(text.slice(f.start, f.end)).toBe('EOD');
      expect(text.slice(f.fixes[0]!.start, f.fixes[0]!.end)).toBe('EOD');
    }
    expect(result.rewrite).toBeNull();
  });

  it('shifts a fix’s smallest edits and the place an answer names with it, so a fix deep in a long message edits its own words', async () => {
    const text = 'Hi all, quick note on the rollout for next week. '.repeat(120) + 'Can you fix the report by EOD?';
    const real: AnalysisContext = { now: Date.parse('2026-11-23T14:00:00Z'), sender: { timeZone: 'America/New_York' }, recipients: [{ timeZone: 'Europe/Berlin' }], host: 'gmail' };
    const result = (await analyzeInSlices(analyze, text, real, async () => {}, () => false))!;
    const fixes = result.findings.flatMap((f) => f.fixes);
    const edited = fixes.filter((f) => f.edits?.length);
    expect(edited.length).toBeGreaterThan(0);
    for (const f of edited) for (const e of f.edits!) expect(e.start).toBeGreaterThanOrEqual(f.start - 1);
    const which = fixes.find((f) => f.ask?.names);
    expect(which).toBeDefined();
    expect(text.slice(which!.ask!.names!.at, which!.ask!.names!.at + 6)).toBe('report');
  });

  it('hands each slice the host’s excluded ranges in the slice’s own offsets', async () => {
    // A quoted "by EOD" (a range the host marked) in every line: the engine must not flag any of them.
    const line = 'Sounds good, thanks. > Can you fix the report by EOD?\n';
    const text = line.repeat(120);
    const excluded = [...text.matchAll(/> Can you[^\n]*/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const real = { ...ctx, now: Date.UTC(2026, 10, 23, 14), sender: { timeZone: 'America/New_York' } };
    const seen: { text: string; excluded?: { start: number; end: number }[] }[] = [];
    const result = (await analyzeInSlices((t, c) => (seen.push({ text: t, ...(c.excluded ? { excluded: c.excluded } : {}) }), analyze(t, c)), text, { ...real, excluded }, async () => {}, () => false))!;
    expect(seen.length).toBeGreaterThan(1);
    for (const slice of seen) for (const r of slice.excluded!) expect(slice.text.slice(r.start, r.end)).toMatch(/^(?:> )?[^>]*$/);
    expect(result.findings.filter((f) => /EOD|report/.test(f.text))).toEqual([]);
    // Without the ranges the same text is flagged: the test can fail.
    const unmarked = (await analyzeInSlices(analyze, text.replaceAll('> ', ''), real, async () => {}, () => false))!;
    expect(unmarked.findings.length).toBeGreaterThan(0);
  });

  it('asks for the rewrite only where it is shown: a whole message when the caller shows one, never a slice', async () => {
    const asked: boolean[] = [];
    const spy = (t: string, c: AnalysisContext, wants?: { rewrite: boolean }) => (asked.push(wants?.rewrite ?? true), findEod(t));
    await analyzeInSlices(spy, 'by EOD', ctx, async () => {}, () => false);
    await analyzeInSlices(spy, 'by EOD', ctx, async () => {}, () => false, false);
    expect(asked).toEqual([true, false]);
    asked.length = 0;
    await analyzeInSlices(spy, 'Send the deck by EOD please. '.repeat(400), ctx, async () => {}, () => false);
    expect(asked.length).toBeGreaterThan(1);
    expect(asked.every((wanted) => !wanted)).toBe(true);
  });

  it('stops when the text went stale between slices', async () => {
    let calls = 0;
    const result = await analyzeInSlices(findEod, 'x EOD. '.repeat(2000), ctx, async () => {}, () => ++calls > 2);
    expect(result).toBeNull();
  });
});
