import { createAnalyzer } from '../../../lib/analysis/index';
import { evalContext } from './engine';
const a = createAnalyzer();
for (const t of process.argv.slice(2)) {
  const ctx = evalContext('slack');
  const doc = a.read(t, ctx);
  const r = a.analyze(t, ctx);
  console.log(JSON.stringify(t.slice(0, 60)), r.findings.map((f) => `${f.rule}:${f.text.slice(0, 40)}`), 'asks', doc.asks.length, 'req', JSON.stringify(doc.requests.map((q) => ({ shape: q.shape, task: q.task, verb: q.verb?.text, obj: q.object && [q.object.text, q.object.kind, q.object.pinned], timing: q.timing, untimed: q.untimed }))), 'dl', doc.deadlines.map((d) => d.text + ':' + d.kind + ':' + d.warnings.map((w) => w.code)));
}
