import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const cli = (args: string[], input?: string) =>
  execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/handoff.ts', ...args], { cwd: ROOT, input, encoding: 'utf8' });

// Each case starts tsx in a child process: seconds under a loaded 2-core machine.
describe('handoff batch', { timeout: 60_000 }, () => {
  it('answers every line, with a clear error for the bad ones, in order', () => {
    const lines = [
      '{"id":"a","text":"Please fix the report by EOD.","now":"2026-11-23T19:00:00Z","sender":{"timeZone":"America/New_York"},"recipients":[{"timeZone":"Europe/Berlin"}]}',
      'not json',
      '{"id":"c","text":"  "}',
      '{"id":"d","text":"Send it ASAP","recipients":[{"timeZone":"Mars/Olympus"}]}',
      '{"id":"e","text":"Thoughts?"}',
    ];
    const out = cli(['batch'], lines.join('\n')).trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', null, 'c', 'd', 'e']);
    // 14:00 in New York is 20:00 in Berlin: the reader's end of day has passed, so the stated deadline warns.
    expect(out[0].findings.map((f: { rule: string }) => f.rule)).toEqual(['vague-reference', 'deadline-warning']);
    expect(out[0].times.map((t: { text: string }) => t.text)).toContain('EOD');
    expect(out[0].rewrite).toContain('by 5:00 PM Tue, Nov 24 your time (Berlin)');
    expect(out[1].error).toMatch(/invalid JSON/);
    expect(out[2].error).toMatch(/empty text/);
    expect(out[3].error).toMatch(/unknown time zone.*Mars\/Olympus/);
    expect(out[4].findings[0].rule).toBe('missing-ask');
  });

  it('returns the analysis users see, and reads only the writer’s prose', () => {
    const now = '2026-11-23T14:00:00Z';
    const lines = [
      { id: 'ask', text: 'Please reconcile the ledger with the statement.', now },
      { id: 'quote', text: 'Thanks, all good.\n\nOn Mon, Nov 23, 2026 at 9:14 AM Tom <tom@acme.io> wrote:\n> Can you fix the report by EOD?', now },
      { id: 'host', text: 'Thanks!\nPlease fix it ASAP.', now, excluded: [{ start: 8, end: 27 }] },
      { id: 'bad', text: 'Hi', excluded: [{ start: 'x' }] },
    ];
    const out = cli(['batch'], lines.map((l) => JSON.stringify(l)).join('\n')).trim().split('\n').map((l) => JSON.parse(l));
    expect(out[0].findings.map((f: { rule: string }) => f.rule).sort()).toEqual(['missing-deadline', 'vague-reference']);
    expect(out[1].findings).toEqual([]);
    expect(out[1].times).toEqual([]);
    expect(out[1].excluded.map((r: { kind: string }) => r.kind)).toEqual(['quote']);
    expect(out[2].findings).toEqual([]);
    expect(out[3].error).toMatch(/excluded/);
  });

  it('check --json prints the analysis of one message', () => {
    const out = JSON.parse(cli(['check', '--json', '--now', '2026-11-23T19:00:00Z', '--from', 'UTC', 'Okay.']));
    expect(out.findings.map((f: { rule: string }) => f.rule)).toEqual(['cold-ack']);
    expect(out.rewrite).toBeNull();
  });
});
