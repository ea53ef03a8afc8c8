/**
 * Ask detection measured on ../shared/eval/ask-train.tsv (Parakweet / Enron "asks for action").
 * The set is split once, by a hash of each sentence, into a 70% development split (used to tune
 * lib/analysis/asks.ts) and a 30% held-out split (never looked at while tuning). Both are printed,
 * beside a simple baseline: "has a question mark or starts with an imperative verb".
 * Then the rules' own examples: how many flagged examples each rule catches and how many ok
 * examples it wrongly flags, and how often each rule fires on the real email sentences.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAsk } from '../../lib/analysis/asks';
import { splitSentences } from '../../lib/analysis/doc';
import { ACTION_VERBS } from '../../lib/analysis/lexicon';
import { rules } from '../../lib/analysis/rules/index';
import { analyze } from '../../lib/analysis/index';
import type { AnalysisContext } from '../../lib/analysis/types';

const DATA = join(import.meta.dirname, '../../../shared/eval/ask-train.tsv');

export interface Labelled {
  text: string;
  ask: boolean;
}

/** FNV-1a over the sentence: a split that never changes between runs or machines. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function isDevelopment(text: string): boolean {
  return fnv1a(text) % 10 < 7;
}

export function loadAskSet(): Labelled[] {
  return readFileSync(DATA, 'utf8')
    .split('\n')
    .filter((line) => line.includes('\t'))
    .map((line) => {
      const tab = line.indexOf('\t');
      return { ask: line.slice(0, tab) === 'Yes', text: line.slice(tab + 1) };
    });
}

/** Ours: any sentence of the line is an explicit ask. */
export function oursSaysAsk(text: string): boolean {
  return splitSentences(text, 0, text.length, 0).some(isAsk);
}

/** The baseline: a question mark anywhere, or a first word that is a base-form action verb. */
export function baselineSaysAsk(text: string): boolean {
  const first = /[\p{L}'-]+/u.exec(text)?.[0]?.toLowerCase() ?? '';
  return text.includes('?') || ACTION_VERBS.has(first) || first === 'please';
}

interface Score {
  precision: number;
  recall: number;
  f1: number;
  n: number;
}

export function score(set: Labelled[], predict: (text: string) => boolean): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { text, ask } of set) {
    const said = predict(text);
    if (said && ask) tp++;
    else if (said) fp++;
    else if (ask) fn++;
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1), n: set.length };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
const row = (name: string, s: Score) => `  ${name.padEnd(22)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (n=${s.n})`;

const CTX: AnalysisContext = {
  now: Date.UTC(2026, 10, 23, 19, 0),
  sender: { timeZone: 'America/New_York', locale: 'en-US' },
  recipients: [{ name: 'Ana', timeZone: 'Europe/Berlin' }],
  host: 'slack',
};

export default async function run(): Promise<void> {
  if (!existsSync(DATA)) {
    console.log(`asks: ${DATA} not found; skipped`);
    return;
  }
  const set = loadAskSet();
  const dev = set.filter((s) => isDevelopment(s.text));
  const held = set.filter((s) => !isDevelopment(s.text));
  console.log('Ask detection — ../shared/eval/ask-train.tsv (tuned on the dev split only)');
  console.log(row('ours, dev 70%', score(dev, oursSaysAsk)));
  console.log(row('baseline, dev 70%', score(dev, baselineSaysAsk)));
  console.log(row('ours, held-out 30%', score(held, oursSaysAsk)));
  console.log(row('baseline, held-out 30%', score(held, baselineSaysAsk)));

  console.log('\nRules on their own examples (caught flagged / wrongly flagged ok), and firing rate on the');
  console.log(`${set.length} real email sentences, each read as a one-sentence message:`);
  const fired = new Map<string, number>();
  const firedOnAsks = new Map<string, number>();
  for (const { text, ask } of set) {
    for (const rule of new Set(analyze(text, CTX).findings.map((f) => f.rule))) {
      fired.set(rule, (fired.get(rule) ?? 0) + 1);
      if (ask) firedOnAsks.set(rule, (firedOnAsks.get(rule) ?? 0) + 1);
    }
  }
  for (const rule of rules) {
    const caught = rule.examples.flagged.filter((t) => analyze(t, CTX).findings.some((f) => f.rule === rule.id)).length;
    const wrong = rule.examples.ok.filter((t) => analyze(t, CTX).findings.some((f) => f.rule === rule.id)).length;
    const rate = (fired.get(rule.id) ?? 0) / set.length;
    console.log(
      `  ${rule.id.padEnd(18)} flagged ${caught}/${rule.examples.flagged.length}   false alarms ${wrong}/${rule.examples.ok.length}   fires on ${pct(rate)} of email sentences`,
    );
  }
  // missing-deadline must only fire on a request: the share of its firings on sentences the set
  // labels as asks is a measured precision for its trigger (the labels are noisy, see README there).
  const md = fired.get('missing-deadline') ?? 0;
  console.log(`  missing-deadline fired on ${md} sentences, ${pct((firedOnAsks.get('missing-deadline') ?? 0) / (md || 1))} of them labelled asks`);
}
