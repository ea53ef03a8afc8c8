/**
 * `npm run bench`: runs every benchmark in scripts/bench/ (each file default-exports an async
 * function that prints its figures: medians, with peers run on the same inputs in the same run).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, 'bench');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
  const { default: run } = (await import(join(dir, file))) as { default: () => Promise<void> };
  await run();
}
