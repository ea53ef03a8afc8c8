/**
 * The keystroke path's promise: whatever `createAnalyzer()` keeps between calls (paragraphs,
 * sentences, rule readings), each call's result is exactly what a
 * from-scratch `analyze()` of the same text gives.
 *
 * Realistic messages (the evaluation's dev split, scripts/eval/messages/dev.jsonl, alone and joined
 * into long mail) are edited the way people edit: typing a word letter by letter, Backspace,
 * selecting and deleting a stretch, pasting a sentence or a paragraph from another message,
 * splitting a paragraph with Enter Enter and joining two. After every edit the incremental result
 * and a fresh one are compared as JSON (the form the background sends to the page and
 * `handoff -- batch` prints); on some steps the rewrite is not asked for, as for a slice.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, type Analysis } from '@/lib/analysis/index';
import type { AnalysisContext } from '@/lib/analysis/types';
import { context } from './fixtures';

interface Row {
  id?: string;
  host?: string;
  text?: string;
}

const MESSAGES: string[] = readFileSync(join(import.meta.dirname, '../../../scripts/eval/messages/dev.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Row)
  .flatMap((row) => (row.id && row.text ? [row.text] : []));

function random(seed: number) {
  return (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
}

/** A word-ish thing to type: letters, a deadline, a question, a link, an emoji. */
const TYPED = ['the ', 'report', ' by Friday', ' ASAP', '?', '. ', 'Can you ', 'it', ' https://example.com/q3 ', '🙏', ', ', 'thanks', '\n', 'EOD'];

type Edit = (text: string, cursor: number) => { text: string; cursor: number; label: string };

function edits(pick: (n: number) => number): Edit[] {
  const other = () => MESSAGES[pick(MESSAGES.length)]!;
  return [
    // Typing a word letter by letter is many edits: the caller applies each letter (see `typeWord`).
    (text, at) => ({ text: text.slice(0, at) + 'x' + text.slice(at), cursor: at + 1, label: 'letter' }),
    (text, at) => (at === 0 ? { text, cursor: at, label: 'backspace at 0' } : { text: text.slice(0, at - 1) + text.slice(at), cursor: at - 1, label: 'backspace' }),
    (text, at) => {
      const end = Math.min(text.length, at + 1 + pick(40));
      return { text: text.slice(0, at) + text.slice(end), cursor: at, label: 'delete selection' };
    },
    (text, at) => {
      const sentences = other().split(/(?<=[.?!])\s+/);
      const pasted = sentences[pick(sentences.length)]! + ' ';
      return { text: text.slice(0, at) + pasted + text.slice(at), cursor: at + pasted.length, label: 'paste sentence' };
    },
    (text, at) => {
      const pasted = `\n\n${other()}\n\n`;
      return { text: text.slice(0, at) + pasted + text.slice(at), cursor: at + pasted.length, label: 'paste paragraph' };
    },
    (text, at) => ({ text: `${text.slice(0, at)}\n\n${text.slice(at)}`, cursor: at + 2, label: 'split paragraph' }),
    (text, at) => {
      const join = text.indexOf('\n\n', at);
      return join < 0 ? { text, cursor: at, label: 'no paragraph to join' } : { text: text.slice(0, join) + ' ' + text.slice(join + 2), cursor: join + 1, label: 'join paragraphs' };
    },
  ];
}

/** The analysis as the page and `handoff -- batch` receive it. */
const wire = (analysis: Analysis) => JSON.stringify(analysis);
/** Everything but the rewrite. */
const withoutRewrite = ({ findings, asks, deadlines, requests, excluded }: Analysis) => JSON.stringify({ findings, asks, deadlines, requests, excluded });

function run(seed: number, start: string, steps: number, ctx: AnalysisContext): void {
  const pick = random(seed);
  const kinds = edits(pick);
  const analyzer = createAnalyzer();
  let text = start;
  let cursor = pick(text.length + 1);
  analyzer.analyze(text, ctx);
  for (let step = 0; step < steps; step++) {
    // The writer moves the cursor now and then; mostly they keep typing where they are.
    if (pick(4) === 0) cursor = pick(text.length + 1);
    cursor = Math.min(cursor, text.length);
    let label: string;
    if (pick(3) === 0) {
      // One word typed letter by letter, each letter analysed, as the page does after each pause.
      const word = TYPED[pick(TYPED.length)]!;
      label = `type ${JSON.stringify(word)}`;
      for (const letter of word) {
        text = text.slice(0, cursor) + letter + text.slice(cursor);
        cursor += letter.length;
        const mid = analyzer.analyze(text, ctx);
        if (pick(5) === 0) expect(wire(mid), `${label} at step ${step}: ${JSON.stringify(text)}`).toBe(wire(analyze(text, ctx)));
      }
    } else {
      const edit = kinds[pick(kinds.length)]!(text, cursor);
      text = edit.text;
      cursor = edit.cursor;
      label = edit.label;
    }
    const where = `${label} at step ${step}: ${JSON.stringify(text)}`;
    const fresh = analyze(text, ctx);
    const how = pick(3);
    if (how === 0) {
      // As the page asks for a slice of a long message: no rewrite, everything else the same.
      const sliced = analyzer.analyze(text, ctx, { rewrite: false });
      expect(sliced.rewrite, where).toBeNull();
      expect(withoutRewrite(sliced), where).toBe(withoutRewrite(fresh));
    } else {
      expect(wire(analyzer.analyze(text, ctx)), where).toBe(wire(fresh));
      // The tokenised view too, words and offsets of every sentence (words moved behind the edit are moved when read).
      if (how === 2) expect(JSON.stringify(analyzer.read(text, ctx).paragraphs), where).toBe(JSON.stringify(createAnalyzer().read(text, ctx).paragraphs));
    }
  }
}

const gmail = (overrides: Partial<AnalysisContext> = {}) =>
  context({ host: 'gmail', recipients: [{ name: 'Ana', timeZone: 'Europe/Berlin' }, { name: 'Kenji', timeZone: 'Asia/Tokyo' }], ...overrides });

describe('createAnalyzer under random edits of realistic messages', () => {
  it('has the corpus it edits', () => {
    expect(MESSAGES.length).toBeGreaterThan(100);
  });

  it('short messages: every edit gives what a fresh analyze() gives', () => {
    for (let seed = 1; seed <= 6; seed++) run(seed, MESSAGES[(seed * 37) % MESSAGES.length]!, 40, context());
  }, 120_000);

  it('long mail (a dozen messages as paragraphs): every edit gives what a fresh analyze() gives', () => {
    for (let seed = 11; seed <= 13; seed++) {
      const pick = random(seed);
      const long = Array.from({ length: 12 }, () => MESSAGES[pick(MESSAGES.length)]!).join('\n\n');
      run(seed, long, 50, gmail());
    }
  }, 180_000);

  it('with excluded ranges from the host and rules turned off', () => {
    const text = MESSAGES.slice(0, 8).join('\n\n');
    // Only ranges that stay inside the text are meaningful; the engine clips the rest.
    run(21, text, 40, gmail({ disabledRules: ['vague-reference'], excluded: [{ start: 10, end: 30 }] }));
  }, 120_000);

  it('the comparison can fail: a stale result is told apart', () => {
    const analyzer = createAnalyzer();
    const before = analyzer.analyze('Can you send the deck?', context());
    expect(wire(before)).not.toBe(wire(analyze('Can you send the deck by Friday 3pm?', context())));
  });
});
