/** The engine's promises as tests: no clock, no machine zone, no DOM, no tagger. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const DIR = join(ROOT, 'lib/analysis');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'deadlines' ? [] : files(join(dir, e.name))) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe.each(files(DIR).map((f) => relative(ROOT, f)))('%s', (file) => {
  // Comments may talk about documents and windows; the code may not touch them.
  const source = readFileSync(join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  it('reads no clock and no machine zone, touches no DOM', () => {
    expect(source).not.toMatch(/Date\.now\(|new Date\(\s*\)|performance\.now|resolvedOptions\(\)\.timeZone|\bdocument\.|\bwindow\.|\bbrowser\./);
  });
  it('imports no tagger (compromise was removed: it made the evaluation worse)', () => {
    expect(source).not.toMatch(/from ['"]compromise/);
  });
});
