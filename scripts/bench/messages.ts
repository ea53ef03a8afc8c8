/**
 * The messages the engine benchmarks time (`npm run bench`, and the A/B tool
 * `scripts/eval/lib/ab.mts`): sentences of the kind people write at work, numbered so none
 * repeats, and the context they are analysed in. One module so both measure the same text.
 */
import type { AnalysisContext } from '../../lib/analysis/types';

/** Mon 2026-11-23 14:00 in New York, writing to Berlin and Tokyo. */
export const BENCH_CONTEXT: AnalysisContext = {
  now: Date.UTC(2026, 10, 23, 19, 0),
  sender: { timeZone: 'America/New_York', locale: 'en-US' },
  recipients: [{ name: 'Ana', timeZone: 'Europe/Berlin' }, { name: 'Kenji', timeZone: 'Asia/Tokyo' }],
  host: 'gmail',
};

/** Sentences of the kind people write at work: asks, deadlines, vague references, background. */
export const POOL = [
  'Hi Ana, I hope the week is going well.',
  'We had the quarterly planning session yesterday and a lot came up.',
  'Can you review the Q3 deck and send me your comments by Thursday 3pm?',
  'The revenue figure on slide 12 seems off by last month’s data.',
  'Please fix the report.',
  'Marketing raised the launch timing again, which took most of the afternoon.',
  'Let me know if you need the data links or access to the dashboard.',
  'I need the signed contract by EOD, ideally before the board call.',
  'FYI the numbers look off in the EU column.',
  'Could you look at this when you get a chance?',
  'Sam shared the draft agenda for the offsite, and people seemed happy with it overall.',
  'We should decide whether to move the billing service to the new cluster next month.',
  'Thanks again for the quick turnaround on the pricing page 🙏',
  'Next week we start on the data warehouse; the plan is in the wiki.',
];

/** A message of `bytes` UTF-16 units from POOL, starting at sentence `seed`; a paragraph break every fifth sentence. */
export function message(bytes: number, seed = 0): string {
  const out: string[] = [];
  let size = 0;
  for (let i = seed; size < bytes; i++) {
    // Every sentence of the pool in turn, in a scrambled order (5 is coprime with the pool's 14: the
    // old step of 7 took only two of them, a greeting and one deadline, over and over). Numbered so
    // no sentence repeats: a repeat would hit the analyzer's sentence cache.
    const sentence = POOL[(i * 5) % POOL.length]!.replace(/([.?!]?)$/, ` (#${i})$1`);
    const joint = i % 5 === 4 ? '\n\n' : ' ';
    out.push(sentence, joint);
    size += sentence.length + joint.length;
  }
  return out.join('').slice(0, bytes).trimEnd();
}
