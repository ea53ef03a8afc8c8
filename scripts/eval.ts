/**
 * `npm run eval`: runs every evaluation in scripts/eval/ (each file default-exports an async
 * function that prints its figures) on the public sets in ../shared/eval/.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, 'eval');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
  const { default: run } = (await import(join(dir, file))) as { default: () => Promise<void> };
  await run();
}
