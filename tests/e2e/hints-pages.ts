/**
 * Test pages for the editing layer and the hints: our own library bundled for the page, and stock
 * Quill 2 (a fair stand-in for Slack's fork, see HOSTS.md).
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

/** lib/editing as `window.HandoffEditing`, for pages that drive it directly. */
export async function editingBundle(): Promise<string> {
  const result = await build({
    entryPoints: [resolve(ROOT, 'lib/editing/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'HandoffEditing',
    write: false,
    target: 'chrome120',
  });
  return result.outputFiles[0]!.text;
}

/** tests/e2e/fixtures/hints-entry.ts as `window.HandoffTest`: the real HintsSession on plain pages. */
export async function hintsBundle(): Promise<string> {
  const result = await build({
    entryPoints: [resolve(ROOT, 'tests/e2e/fixtures/hints-entry.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'HandoffTest',
    write: false,
    target: 'chrome120',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    tsconfig: resolve(ROOT, 'tsconfig.json'),
  });
  return result.outputFiles[0]!.text;
}

export const QUILL_JS = () => readFileSync(resolve(ROOT, 'node_modules/quill/dist/quill.js'), 'utf8');
export const QUILL_CSS = () => readFileSync(resolve(ROOT, 'node_modules/quill/dist/quill.core.css'), 'utf8');

/** A page with a plain contenteditable, a textarea and a Quill 2 editor side by side. */
export function editorsPage(): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${QUILL_CSS()}</style></head><body>
<div><div id="plain" contenteditable="true" style="min-height:40px;border:1px solid #ccc"></div></div>
<textarea id="area" rows="4" cols="60"></textarea>
<div id="quill"></div>
<div><div id="second" contenteditable="true" style="min-height:40px;border:1px solid #ccc"></div></div>
<script>${QUILL_JS()}</script>
<script>window.quill = new Quill('#quill', {});</script>
</body></html>`;
}
