import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, finishFixes, LruCache, rules } from '@/lib/analysis/index';
import { NOW, context } from './fixtures';
import { expectExactOffsets } from './rule-table';

describe('analyze', () => {
  it('returns findings, asks, deadlines and a rewrite as plain data', () => {
    const text = 'Hi Ana, please fix the report by EOD. Thanks!';
    const analysis = analyze(text, context());
    // 14:00 in New York is 20:00 in Berlin: Ana's end of day has passed, so the stated deadline warns.
    expect(analysis.findings.map((f) => f.rule).sort()).toEqual(['deadline-warning', 'vague-reference']);
    expect(analysis.asks.map((a) => text.slice(a.start, a.end))).toEqual(['Hi Ana, please fix the report by EOD.']);
    expect(analysis.deadlines.map((d) => d.text)).toEqual(['by EOD']);
    // The rewrite states the deadline in Ana's time (her EOD has passed: the next one) and holds no placeholder.
    expect(analysis.rewrite).toContain('Please fix the report by 5:00 PM Tue, Nov 24 your time (Berlin)');
    expect(analysis.rewrite).not.toContain('[');
    // The unclear reference is a question in the card, answered by the writer; its fix writes nothing by itself.
    const which = analysis.findings.find((f) => f.rule === 'vague-reference')!.fixes[0]!;
    expect(which.ask?.question).toBe('Which report?');
    expect(which.edits).toEqual([]);
    expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
    expectExactOffsets(text, analysis.findings);
  });

  it('sorts findings by position and honours disabled rules', () => {
    const text = 'Look at this. Can you send the deck ASAP?';
    const all = analyze(text, context()).findings;
    expect(all.map((f) => f.start)).toEqual([...all.map((f) => f.start)].sort((a, b) => a - b));
    const none = analyze(text, context({ disabledRules: rules.map((r) => r.id) })).findings;
    expect(none).toEqual([]);
  });

  it('holds problems only: a clear message with an explicit deadline has no findings, its deadline is information', () => {
    const morning = context({ now: Date.UTC(2026, 10, 23, 14, 0) }); // 9:00 New York, 15:00 Berlin
    for (const text of [
      'Could you review the Q3 revenue deck by 3 PM Berlin time on Thursday, Dec 3? Slide 12 looks off against the ledger.',
      'Can you send me the signed Brightline NDA by EOD? Legal wants it before the kickoff.',
      'Please fix the pricing page typo ("anual") by Friday 5pm CET.',
    ]) {
      const analysis = analyze(text, morning);
      expect(analysis.findings, text).toEqual([]);
      expect(analysis.deadlines.length, text).toBe(1);
    }
  });

  it('carries each request: what is asked, of which thing, by when', () => {
    const analysis = analyze('Could you proofread the release notes for v2.4 in the Launch folder by Friday 3pm?', context());
    expect(analysis.requests).toHaveLength(1);
    expect(analysis.requests![0]).toMatchObject({ shape: 'modal', task: true, verb: { text: 'proofread' }, object: { text: 'the release notes', pinned: true }, timing: 'resolved' });
  });

  it('reads an empty or blank message as nothing at all', () => {
    expect(analyze('', context())).toEqual({ findings: [], asks: [], deadlines: [], rewrite: null });
    expect(analyze(' \n\n ', context()).rewrite).toBeNull();
  });

  it('survives unknown and invalid recipient zones', () => {
    const text = 'Can you send the deck by EOD?';
    const unknown = analyze(text, context({ recipients: [{ name: 'Kim' }] }));
    expect(unknown.deadlines[0]?.warnings.map((w) => w.code)).toContain('unknown-zone');
    expect(() => analyze(text, context({ recipients: [{ timeZone: 'Mars/Olympus' }] }))).not.toThrow();
  });
});

describe('finishFixes', () => {
  it('gives each fix its smallest edits and drops fixes that change nothing or repeat another', () => {
    const text = 'Please send it by EOD.';
    const at = text.indexOf('EOD');
    const ask = { question: 'By when?', hint: '', before: ' by ', after: '' };
    const finding = {
      rule: 'vague-deadline', start: at, end: at + 3, text: 'EOD', severity: 'warning' as const, message: '',
      fixes: [
        { label: 'Their time', start: at, end: at + 3, replacement: '5 PM Berlin' },
        { label: 'Same words, other label', start: at - 3, end: at + 3, replacement: 'by 5 PM Berlin' },
        { label: 'Nothing changes', start: at, end: at + 3, replacement: 'EOD' },
        { label: 'Another time', start: at, end: at + 3, replacement: '5 PM Tokyo' },
        { label: 'Ask', start: at, end: at, replacement: '', ask },
        { label: 'Ask again', start: at + 3, end: at + 3, replacement: '', ask },
        { label: 'Ask otherwise', start: at, end: at, replacement: '', ask: { ...ask, question: 'Which day?' } },
      ],
    };
    const done = finishFixes(finding, text);
    expect(done.fixes.map((f) => f.label)).toEqual(['Their time', 'Another time', 'Ask', 'Ask otherwise']);
    expect(done.fixes[0]!.edits).toEqual([{ start: at, end: at + 3, text: '5 PM Berlin' }]);
    expect(done.fixes[1]!.edits).toEqual([{ start: at, end: at + 3, text: '5 PM Tokyo' }]);
    expect(done.fixes[2]!.edits).toEqual([]);
  });
});

describe('createAnalyzer (paragraph cache)', () => {
  const base = Array.from({ length: 40 }, (_, i) =>
    i % 7 === 3 ? `Can you fix the report for section ${i} by Friday 3pm?` : `Paragraph ${i} explains the background of item ${i}. Please review it.`,
  ).join('\n\n');

  it('gives the same result as a fresh analysis after each one-character edit', () => {
    const analyzer = createAnalyzer();
    let text = base;
    analyzer.analyze(text, context());
    for (const at of [0, 5, 200, 1200, base.length - 3, 640]) {
      text = text.slice(0, at) + 'x' + text.slice(at);
      expect(analyzer.analyze(text, context())).toEqual(analyze(text, context()));
    }
    text = text.replace('\n\n', ' ');
    expect(analyzer.analyze(text, context())).toEqual(analyze(text, context()));
  });

  it('stays identical to a from-scratch analysis over many random edits (requests read per sentence and paragraph)', () => {
    // Sentences whose request readings depend on the rest of the message: an "it" needs an earlier
    // sentence, "the table" an earlier mention or a pointer, timing any deadline in the message.
    const pool = [
      'Hi Ana,',
      'The Q3 numbers changed after the audit.',
      'Please update the summary table.',
      'Can you redo that?',
      'Could you send over the file from yesterday’s meeting?',
      'The table is in the shared drive.',
      'Please merge it once CI is green',
      'Could you look at the export we talked about on Monday?',
      'See the attached deck.',
      'Can you fix the report by Friday 3pm?',
      'Need this pretty urgent.',
      'Could you proofread the release notes? It’s the one for v2.4.',
      'Thanks!',
    ];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const analyzer = createAnalyzer();
    let text = Array.from({ length: 24 }, (_, i) => pool[(i * 5) % pool.length]).join(' ');
    const edits = [
      () => pool[random(pool.length)]! + ' ',
      () => '\n\n',
      () => 'x',
      () => '',
    ];
    for (let step = 0; step < 150; step++) {
      const at = random(text.length + 1);
      const kind = random(edits.length);
      // Insert a sentence, a paragraph break or a letter, or delete a few characters.
      text = kind === 3 ? text.slice(0, at) + text.slice(at + 1 + random(12)) : text.slice(0, at) + edits[kind]!() + text.slice(at);
      const incremental = analyzer.analyze(text, context());
      const scratch = analyze(text, context());
      expect(incremental, `step ${step}: ${JSON.stringify(text)}`).toEqual(scratch);
    }
  }, 60_000); // 150 from-scratch analyses: seconds on a loaded machine

  it('reads now to the minute: the same analysis anywhere within one minute', () => {
    const analyzer = createAnalyzer();
    const text = 'Please send it by EOD.';
    const first = analyzer.analyze(text, context({ now: NOW + 1_000 }));
    expect(analyzer.analyze(text, context({ now: NOW + 59_000 }))).toEqual(first);
    expect(first).toEqual(analyze(text, context()));
  });

  it('re-reads deadlines when the context changes', () => {
    const analyzer = createAnalyzer();
    const text = 'Please send it by EOD.';
    const berlin = analyzer.analyze(text, context()).deadlines[0]?.due;
    const tokyo = analyzer.analyze(text, context({ recipients: [{ timeZone: 'Asia/Tokyo' }] })).deadlines[0]?.due;
    expect(berlin).toBeDefined();
    expect(tokyo).not.toBe(berlin);
  });

  it('under eviction (a cache far smaller than the message) gives the same results as a fresh analysis', () => {
    const analyzer = createAnalyzer(3);
    let text = base;
    for (const at of [0, 300, 900, 40, base.length - 10, 1500]) {
      text = text.slice(0, at) + 'y' + text.slice(at);
      expect(analyzer.analyze(text, context())).toEqual(analyze(text, context()));
    }
  });

  it('LruCache keeps what was used last, drops the least recently used quarter when full, and never returns another key\'s value', () => {
    const cache = new LruCache<string>(8);
    let made = 0;
    const get = (k: string) => cache.get(k, () => (made++, `value of ${k}`));
    for (const k of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) get(k);
    get('a'); // a is now the most recent
    get('i'); // full: drops the two least recently used (b, c)
    expect(cache.size).toBe(7);
    expect(['a', 'b', 'c', 'd', 'i'].map((k) => cache.has(k))).toEqual([true, false, false, true, true]);
    made = 0;
    expect(get('a')).toBe('value of a');
    expect(get('b')).toBe('value of b');
    expect(made).toBe(1);
    for (let i = 0; i < 100; i++) expect(get(`k${i % 13}`)).toBe(`value of k${i % 13}`);
    expect(cache.size).toBeLessThanOrEqual(8);
    const one = new LruCache<number>(1);
    expect(one.get('x', () => 1)).toBe(1);
    expect(one.get('y', () => 2)).toBe(2);
    expect(one.get('x', () => 3)).toBe(3);
  });

  it('a paragraph that keeps its offset but not its index (a break typed over as many characters before it) is re-placed', () => {
    const analyzer = createAnalyzer();
    const before = 'Hello there.\n\nCan you send the deck by Friday?';
    const after = 'Hello\n\nTere.\n\nCan you send the deck by Friday?'; // same length up to the second paragraph
    expect(after.indexOf('Can')).toBe(before.indexOf('Can'));
    analyzer.read(before, context());
    const doc = analyzer.read(after, context());
    expect(doc.paragraphs).toEqual(createAnalyzer().read(after, context()).paragraphs);
    expect(doc.sentences.map((x) => x.paragraph)).toEqual([0, 1, 2]);
    expect(analyzer.analyze(after, context())).toEqual(analyze(after, context()));
  });

  it('re-works what the deadline layer keeps per context (the choices for "ASAP", the times that suit every reader) when the minute or the readers change', () => {
    // The choices of a vague deadline and of an open request, and a passed deadline's proposal for a
    // mixed audience, are worked out once per context: each must follow a change of minute or readers.
    const analyzer = createAnalyzer();
    const texts = ['Can you send it ASAP?', 'Can you review the deck?', 'Please send it by 10am today.', 'Please send it by Saturday 3pm.'];
    const contexts = [
      context({ recipients: [{ name: 'Ana', timeZone: 'Europe/Berlin' }, { name: 'Kenji', timeZone: 'Asia/Tokyo' }] }),
      // A day later: every coming end of day is a day later.
      context({ now: NOW + 24 * 3_600_000, recipients: [{ name: 'Ana', timeZone: 'Europe/Berlin' }, { name: 'Kenji', timeZone: 'Asia/Tokyo' }] }),
      context({ recipients: [{ name: 'Ana', timeZone: 'Europe/Berlin' }, { name: 'Lee', timeZone: 'America/Los_Angeles' }] }),
      context({ recipients: [{ name: 'Ana', timeZone: 'Europe/Berlin' }, { name: 'Lee', timeZone: 'America/Los_Angeles' }], sender: { timeZone: 'Asia/Kolkata', locale: 'en-IN' } }),
      context({ recipients: [{ name: 'Ana', timeZone: 'Europe/Berlin', workingHours: { start: '07:00', end: '15:00', days: [1, 2, 3, 4, 5] } }, { name: 'Kenji', timeZone: 'Asia/Tokyo' }] }),
    ];
    for (const ctx of [...contexts, ...[...contexts].reverse()]) {
      for (const text of texts) expect(analyzer.analyze(text, ctx), `${text} at ${JSON.stringify(ctx)}`).toEqual(analyze(text, ctx));
    }
    // Each context proposes other times for "ASAP": a cache kept across them would repeat one answer.
    const choices = contexts.map((ctx) => JSON.stringify(analyzer.analyze(texts[0]!, ctx).deadlines[0]?.choices));
    expect(new Set(choices).size).toBe(contexts.length);
  });
});
