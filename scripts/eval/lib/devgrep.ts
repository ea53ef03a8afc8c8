/** Dev split of ask-train only: the sentences matching a pattern, with their label and our answer (`npx tsx scripts/eval/lib/devgrep.ts 'feel free'`). */
import { isDevelopment, loadAskSet, oursSaysAsk } from '../asks';
const re = new RegExp(process.argv[2]!, 'i');
for (const s of loadAskSet().filter((s) => isDevelopment(s.text))) if (re.test(s.text)) console.log(s.ask ? 'Yes' : 'No ', oursSaysAsk(s.text) ? 'said' : '    ', s.text.slice(0, 150));
