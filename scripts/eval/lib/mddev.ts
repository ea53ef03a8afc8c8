/** Dev-split only: the sentences of ask-train where missing-deadline fires, with their labels. */
import { analyze } from '../../../lib/analysis/index';
import { isDevelopment, loadAskSet } from '../asks';
import { evalContext } from './engine';
const ctx = evalContext('gmail');
const dev = loadAskSet().filter((s) => isDevelopment(s.text));
let fired = 0, yes = 0;
for (const s of dev) {
  const a = analyze(s.text, ctx);
  if (!a.findings.some((f) => f.rule === 'missing-deadline')) continue;
  fired++;
  if (s.ask) yes++;
  const r = a.requests?.find((q) => q.task && q.timing === 'none');
  if (process.env.SHOW === (s.ask ? 'yes' : 'no')) console.log(s.ask ? 'Yes' : 'No ', r?.shape.padEnd(10), (r?.verb?.text ?? '').padEnd(10), s.text.slice(0, 140));
}
console.log(`missing-deadline fired on ${fired} dev sentences, ${((yes / fired) * 100).toFixed(1)}% labelled asks`);
