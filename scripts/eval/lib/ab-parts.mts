/**
 * A/B of the parts the ask and request readers cost: askReason and readSentenceRequests over every
 * ask-train sentence, another tree against this one, interleaved; prints min and median of REPS runs.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
const { loadAskSet } = await import(join(import.meta.dirname, '../asks.ts'));
const texts: string[] = loadAskSet().map((s: any) => s.text);
const load = async (root: string) => ({ a: await import(root + '/lib/analysis/asks.ts'), r: await import(root + '/lib/analysis/requests.ts'), d: await import(root + '/lib/analysis/doc.ts') });
const N = await load(join(import.meta.dirname, '../../..')), B = await load(process.argv[2]!);
const sentsN = texts.map((t) => N.d.splitSentences(t, 0, t.length, 0)[0]).filter(Boolean);
const sentsB = texts.map((t) => B.d.splitSentences(t, 0, t.length, 0)[0]).filter(Boolean);
const time = (f: () => void) => { const t0 = performance.now(); f(); return performance.now() - t0; };
const res: Record<string, number[]> = { newAsk: [], baseAsk: [], newReq: [], baseReq: [] };
for (let k = 0; k < Number(process.env.REPS ?? 30); k++) {
  res.newAsk!.push(time(() => { for (const s of sentsN) N.a.askReason(s); }));
  res.baseAsk!.push(time(() => { for (const s of sentsB) B.a.askReason(s); }));
  res.newReq!.push(time(() => { for (const s of sentsN) N.r.readSentenceRequests(s); }));
  res.baseReq!.push(time(() => { for (const s of sentsB) B.r.readSentenceRequests(s); }));
}
for (const [k, v] of Object.entries(res)) console.log(k.padEnd(8), 'min', Math.min(...v).toFixed(2), 'ms  median', [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!.toFixed(2));
