import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

// Mozilla's linter warns about Preact's `dangerouslySetInnerHTML` branch in every bundle (see
// scripts/lint-firefox.mjs). That warning is only safe to leave because no Handoff code reaches it:
// nothing here parses a string as HTML.
describe('extension sources', () => {
  it('never turn a string into HTML (innerHTML, outerHTML, insertAdjacentHTML, dangerouslySetInnerHTML)', () => {
    const files = ['lib', 'components', 'entrypoints'].flatMap((dir) => sources(join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|createContextualFragment)\b|document\.write\(/.test(line)
            ? [`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(offenders).toEqual([]);
  });
});
