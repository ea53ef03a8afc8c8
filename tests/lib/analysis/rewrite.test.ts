import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis/index';
import { context } from './fixtures';

const rewrite = (text: string) => analyze(text, context()).rewrite;
const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];

function expectEveryWordKept(original: string, rewritten: string): void {
  const pool = words(rewritten);
  for (const w of words(original)) {
    const i = pool.indexOf(w);
    expect(i, `"${w}" kept`).toBeGreaterThanOrEqual(0);
    pool.splice(i, 1);
  }
}

describe('rewrite', () => {
  it('turns "Please fix the report." into context → ask with deadline → offer, with placeholders', () => {
    const out = rewrite('Please fix the report.')!;
    const [contextPart, ask, offer] = out.split('\n\n');
    expect(contextPart).toMatch(/^\[Context:/);
    expect(ask).toBe('Please fix the report [which report? name or link] by [when? a day and time in their zone].');
    expect(offer).toMatch(/^Let me know if you need \[/);
  });

  it('puts the context first and the ask after it, keeping every word', () => {
    const text =
      'Hi Ana, can you verify the source and update slide 12 of the Q3 review deck? The revenue figure seems off by last month. Thanks, Sam';
    const out = rewrite(text)!;
    expectEveryWordKept(text, out);
    expect(out.indexOf('The revenue figure')).toBeLessThan(out.indexOf('Can you verify'));
    expect(out.startsWith('Hi Ana,')).toBe(true);
    expect(out.endsWith('Thanks, Sam')).toBe(true);
  });

  it('restates a resolved deadline in the reader’s time, proposing the next day when it has passed', () => {
    const out = rewrite('The Q3 numbers changed. Please update the summary table by EOD.')!;
    expect(out).toContain('update the summary table by 5:00 PM Tue, Nov 24 your time (Berlin) — 11:00 AM my time.');
    expect(out).not.toMatch(/by by/);
  });

  it('keeps a vague deadline and asks for a concrete one beside it', () => {
    const out = rewrite('The Q3 numbers changed. Can you update the summary table ASAP?')!;
    expect(out).toMatch(/ASAP \[by when exactly\? e\.g\. by .+ your time \(Berlin\)/);
  });

  it('keeps an offer the writer made instead of adding one', () => {
    const text = 'The Q3 numbers changed. Can you update the summary table by Friday noon? Happy to walk you through it.';
    const out = rewrite(text)!;
    expectEveryWordKept(text.replace('by Friday noon', ''), out);
    expect(out.endsWith('Happy to walk you through it.')).toBe(true);
    expect(out).not.toContain('[anything from me');
  });

  it('adds an ask placeholder when the message has none', () => {
    expect(rewrite('FYI the numbers look off.')).toContain('[The ask:');
  });

  it('adds no ask to a plain update, and keeps a sign-off on its own lines', () => {
    const out = rewrite('Migration done, no downtime. The old cluster goes on Friday unless someone objects.\n\nBest,\nMaria')!;
    expect(out).not.toContain('[The ask');
    expect(out).not.toContain('[anything from me');
    expect(out.endsWith('Best,\nMaria')).toBe(true);
  });

  it('keeps the writer’s deadline words when no recipient is known', () => {
    const text = 'The terms changed. Could you send a clean copy by Wednesday 5pm CET?';
    const out = analyze(text, context({ recipients: [] })).rewrite!;
    expect(out).toContain('Could you send a clean copy by Wednesday 5pm CET?');
  });

  it('leaves a bare greeting or acknowledgement to its own rule', () => {
    expect(rewrite('Hi Ana!')).toBeNull();
    expect(rewrite('Okay.')).toBeNull();
  });
});
