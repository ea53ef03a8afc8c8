/** What the benchmarks share: a median timer and a corpus of real email text. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ASK_TRAIN = join(import.meta.dirname, '..', '..', '..', 'shared', 'eval', 'ask-train.tsv');

/** Median wall time of `run` in ms, after three warm-up runs. */
export function medianMs(run: () => unknown, iterations: number): number {
  for (let i = 0; i < 3; i++) run();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/**
 * `bytes` of real email sentences (Enron, from ../shared/eval/ask-train.tsv when present), with one
 * of `mixIn` after every `every` sentences so the code under test has something to find.
 */
export function emailCorpus(bytes: number, mixIn: string[], every: number): string {
  const sentences = existsSync(ASK_TRAIN)
    ? readFileSync(ASK_TRAIN, 'utf8').split('\n').map((l) => l.split('\t')[1] ?? '').filter(Boolean)
    : ['We will meet on Friday to go over the numbers.', 'Thanks for the update.'];
  let text = '';
  for (let i = 0; text.length < bytes; i++) {
    text += `${sentences[i % sentences.length]} `;
    if (i % every === every - 1) text += `${mixIn[i % mixIn.length]} `;
  }
  return text.slice(0, bytes);
}
