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
const { BENCH_CONTEXT: CTX, message } = await import(join(import.meta.dirname, '../../bench/messages.ts'));
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
