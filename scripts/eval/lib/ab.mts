/**
 * A/B: analyze() of another tree (a `git worktree` of the base commit, with node_modules linked)
 * and this one in one process, runs interleaved so both see the same load:
 * `npx tsx scripts/eval/lib/ab.mts /tmp/base`.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
const A = await import(process.argv[2] + '/lib/analysis/index.ts');
const B = await import(join(import.meta.dirname, '../../../lib/analysis/index.ts'));
const CTX = { now: Date.UTC(2026, 10, 23, 19, 0), sender: { timeZone: 'America/New_York', locale: 'en-US' }, recipients: [{ name: 'Ana', timeZone: 'Europe/Berlin' }, { name: 'Kenji', timeZone: 'Asia/Tokyo' }], host: 'gmail' };
const POOL = [
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
function message(bytes: number, seed = 0): string {
  const out: string[] = []; let size = 0;
  for (let i = seed; size < bytes; i++) {
    const sentence = POOL[(i * 7) % POOL.length]!.replace(/([.?!]?)$/, ` (#${i})$1`);
    const joint = i % 5 === 4 ? '\n\n' : ' ';
    out.push(sentence, joint); size += sentence.length + joint.length;
  }
  return out.join('').slice(0, bytes).trimEnd();
}
const med = (x: number[]) => [...x].sort((a, b) => a - b)[Math.floor(x.length / 2)]!;
for (const [bytes, runs] of [[1024, 400], [10240, 60]] as const) {
  const a: number[] = [], b: number[] = [];
  for (let i = 0; i < runs + 10; i++) {
    const text = message(bytes, i * 13);
    for (const [fn, out] of (i % 2 ? [[A.analyze, a], [B.analyze, b]] : [[B.analyze, b], [A.analyze, a]]) as [typeof A.analyze, number[]][]) {
      const t0 = performance.now(); fn(text, CTX); const dt = performance.now() - t0;
      if (i >= 10) out.push(dt);
    }
  }
  console.log(`${bytes / 1024} KB: base median ${med(a).toFixed(2)} ms (fastest ${Math.min(...a).toFixed(2)}) | new median ${med(b).toFixed(2)} ms (fastest ${Math.min(...b).toFixed(2)})  load ${loadavg()[0]!.toFixed(1)}`);
}
