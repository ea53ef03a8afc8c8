/**
 * `npm run eval`: runs every evaluation in scripts/eval/ (each file default-exports an async
 * function that prints its figures) on the public sets in ../shared/eval/ and on the realistic
 * messages in scripts/eval/messages/. `npm run eval -- messages asks` runs only the named ones.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, 'eval');
const only = process.argv.slice(2);
for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && (only.length === 0 || only.includes(f.slice(0, -3)))).sort()) {
  const { default: run } = (await import(join(dir, file))) as { default: () => Promise<void> };
  await run();
}
