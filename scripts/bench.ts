/**
 * `npm run bench`: runs every benchmark in scripts/bench/ (each file default-exports an async
 * function that prints its figures: medians, with peers run on the same inputs in the same run;
 * a file without one, such as messages.ts, holds what the benchmarks share).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, 'bench');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
  const { default: run } = (await import(join(dir, file))) as { default?: () => Promise<void> };
  // A module with no default function is shared by the benchmarks (messages.ts, the text pool).
  if (typeof run === 'function') await run();
}
