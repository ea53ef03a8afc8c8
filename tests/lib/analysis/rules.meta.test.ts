/** Conventions as tests: every rule file is registered, named by its id, has examples and a test. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '@/lib/analysis/rules/index';

const ROOT = join(import.meta.dirname, '../../..');
const ruleFiles = readdirSync(join(ROOT, 'lib/analysis/rules'))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.slice(0, -3));

describe('the rule registry', () => {
  it('registers every rule file exactly once', () => {
    expect(rules.map((r) => r.id).sort()).toEqual([...ruleFiles].sort());
  });

  it.each(ruleFiles)('%s: id equals the file name, with examples and a mirrored test', async (file) => {
    const { default: rule } = (await import(`@/lib/analysis/rules/${file}.ts`)) as { default: (typeof rules)[number] };
    expect(rule.id).toBe(file);
    expect(rule.description.length).toBeGreaterThan(10);
    expect(rule.examples.ok.length).toBeGreaterThanOrEqual(5);
    expect(rule.examples.flagged.length).toBeGreaterThanOrEqual(3);
    expect(existsSync(join(ROOT, `tests/lib/analysis/rules/${file}.test.ts`))).toBe(true);
  });
});
