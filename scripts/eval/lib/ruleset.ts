/** Dev split of ask-train: the sentences where a rule fires (to diff a change's effect on one rule). */
import { analyze } from '../../../lib/analysis/index';
import { isDevelopment, loadAskSet } from '../asks';
import { evalContext } from './engine';
const ctx = evalContext('gmail');
const rule = process.argv[2]!;
for (const s of loadAskSet().filter((s) => isDevelopment(s.text)))
  if (analyze(s.text, ctx).findings.some((f) => f.rule === rule)) console.log((s.ask ? 'Yes ' : 'No  ') + s.text.slice(0, 140));
