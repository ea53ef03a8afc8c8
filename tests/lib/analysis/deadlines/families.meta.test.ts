/** Conventions as tests: every phrase family is registered, named after its file, matches its examples and has a mirrored test. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Family } from '@/lib/analysis/deadlines/family';
import { families } from '@/lib/analysis/deadlines/families/index';

const ROOT = join(import.meta.dirname, '../../../..');
const files = readdirSync(join(ROOT, 'lib/analysis/deadlines/families'))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.slice(0, -3));

describe('the phrase-family registry', () => {
  it('registers every family file exactly once', () => {
    expect(families.map((f) => f.id).sort()).toEqual([...files].sort());
  });

  it('gives every family its own rank', () => {
    const ranks = families.map((f) => f.rank);
    expect(new Set(ranks).size).toBe(ranks.length);
  });

  it.each(files)('%s: id equals the file name, with examples that match and do not, and a mirrored test', async (file) => {
    const { default: family } = (await import(`@/lib/analysis/deadlines/families/${file}.ts`)) as { default: Family };
    expect(family.id).toBe(file);
    expect(family.description.length).toBeGreaterThan(20);
    expect(family.examples.match.length).toBeGreaterThanOrEqual(3);
    expect(family.examples.noMatch.length).toBeGreaterThanOrEqual(3);
    for (const text of family.examples.match) {
      const found = family.read(text, { locale: 'en-US' });
      expect(found.length, `${file} should read "${text}"`).toBeGreaterThan(0);
      expect(found.every((r) => r.family === file), text).toBe(true);
    }
    for (const text of family.examples.noMatch) expect(family.read(text, { locale: 'en-US' }), `${file} should not read "${text}"`).toEqual([]);
    expect(existsSync(join(ROOT, `tests/lib/analysis/deadlines/families/${file}.test.ts`))).toBe(true);
  });
});
