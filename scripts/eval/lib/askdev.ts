import { createAnalyzer } from '../../../lib/analysis/index';
import { isAsk } from '../../../lib/analysis/asks';
import { isDevelopment, loadAskSet, score } from '../asks';
import { evalContext } from './engine';
const a = createAnalyzer();
const dev = loadAskSet().filter((s) => isDevelopment(s.text));
const req = (t: string) => a.read(t, evalContext('gmail')).requests.length > 0;
const ours = (t: string) => a.read(t, evalContext('gmail')).asks.length > 0;
console.log('asks', score(dev, ours));
console.log('asks|requests', score(dev, (t) => ours(t) || req(t)));
console.log('requests', score(dev, req));
if (process.env.SHOW) {
  const mode = process.env.SHOW;
  for (const s of dev) {
    const said = ours(s.text);
    if (mode === 'fp' && said && !s.ask) console.log('FP', s.text.slice(0, 140));
    if (mode === 'fn' && !said && s.ask) console.log('FN', s.text.slice(0, 140));
  }
}
