/**
 * The layering of the code base as a test (see the README's "Architecture"): imports are read with
 * the TypeScript compiler, so a wrong-way import fails here with the file and the import named.
 * Type-only imports are erased from the bundles and count only where a rule says so.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const SOURCE_DIRS = ['lib', 'components', 'entrypoints'];

interface Import {
  /** The specifier as written. */
  spec: string;
  /** A project file (relative to the root), or null for a package. */
  file: string | null;
  typeOnly: boolean;
}

interface Source {
  file: string;
  ast: ts.SourceFile;
  imports: Import[];
}

function walk(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return walk(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveSpec(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = join(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = resolve(ROOT, dirname(from), spec);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return relative(ROOT, candidate);
  }
  return relative(ROOT, base);
}

function isTypeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) return node.isTypeOnly;
  const clause = node.importClause;
  if (!clause) return false; // a side-effect import
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  return !!bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}

export function parse(file: string, text = readFileSync(join(ROOT, file), 'utf8')): Source {
  const ast = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const imports: Import[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const spec = node.moduleSpecifier.text;
      imports.push({ spec, file: resolveSpec(file, spec), typeOnly: isTypeOnly(node) });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && ts.isStringLiteral(node.arguments[0]!)) {
      const spec = (node.arguments[0] as ts.StringLiteral).text;
      imports.push({ spec, file: resolveSpec(file, spec), typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(ast);
  return { file, ast, imports };
}

const sources = new Map(SOURCE_DIRS.flatMap(walk).map((file) => [file, parse(file)]));
const under = (dir: string) => [...sources.values()].filter((s) => s.file.startsWith(`${dir}/`));

/** "file → spec" for each import of `files` that `bad` rejects. */
function offending(files: Source[], bad: (i: Import, s: Source) => boolean): string[] {
  return files.flatMap((s) => s.imports.filter((i) => bad(i, s)).map((i) => `${s.file} → ${i.spec}`));
}

const DATABASE = 'lib/storage/db.ts';
const CONTENT_ENTRY = /^entrypoints\/[^/]+\.content(\/index)?\.tsx?$/;

/** The files a content script bundles (value imports, followed through the project), with the path to each. */
export function contentScriptFiles(all: Map<string, Source> = sources): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const queue = [...all.keys()].filter((f) => CONTENT_ENTRY.test(f)).map((f) => [f]);
  while (queue.length) {
    const path = queue.shift()!;
    const file = path[path.length - 1]!;
    if (reached.has(file)) continue;
    reached.set(file, path);
    for (const i of all.get(file)?.imports ?? []) if (i.file && !i.typeOnly) queue.push([...path, i.file]);
  }
  return reached;
}

/** Calls of `db()` in a file. */
function dbCalls(source: Source): number {
  let calls = 0;
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'db' && node.arguments.length === 0) calls++;
    ts.forEachChild(node, visit);
  };
  visit(source.ast);
  return calls;
}

/** Selector strings handed to DOM queries (literals, or a const of the same file), with their line. */
function queriedSelectors(source: Source): { selector: string; line: number }[] {
  const consts = new Map<string, string>();
  const found: { selector: string; line: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && ts.isStringLiteralLike(node.initializer)) {
      consts.set(node.name.text, node.initializer.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source.ast);
  const calls = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const arg = node.arguments[0];
      if (['querySelector', 'querySelectorAll', 'closest', 'matches'].includes(method) && arg) {
        const selector = ts.isStringLiteralLike(arg) ? arg.text : ts.isIdentifier(arg) ? consts.get(arg.text) : undefined;
        if (selector !== undefined) found.push({ selector, line: source.ast.getLineAndCharacterOfPosition(arg.getStart()).line + 1 });
      }
    }
    ts.forEachChild(node, calls);
  };
  calls(source.ast);
  return found;
}

/** Selectors over our own markup (in our shadow roots), not the host's. */
// Card.tsx (issue 14, on main) queries its own fix buttons and focusable controls for Tab wrapping.
const OWN_MARKUP = new Set(['.card', 'button, input', '[data-part="fix"]', 'button, input, select, textarea, a[href]']);

describe('layering', () => {
  it('components import nothing from lib/ but types (the engine is handed to the view, never imported)', () => {
    expect(offending(under('components'), (i) => !i.typeOnly && !!i.file?.startsWith('lib/'))).toEqual([]);
  });

  it('the host layer (lib/hosts) does not import the features above it', () => {
    expect(offending(under('lib/hosts'), (i) => !!i.file?.startsWith('lib/features/'))).toEqual([]);
  });

  it('the analysis (lib/analysis) imports nothing outside itself but packages', () => {
    expect(offending(under('lib/analysis'), (i) => i.file !== null && !i.file.startsWith('lib/analysis/'))).toEqual([]);
  });

  it('no content script bundles the database module: content scripts reach data through typed messages', () => {
    const reached = contentScriptFiles();
    expect(reached.size).toBeGreaterThan(10); // the walk itself works
    const chains = [...reached].filter(([file]) => file === DATABASE).map(([, path]) => path.join(' → '));
    const dexie = offending([...reached.keys()].map((f) => sources.get(f)!).filter(Boolean), (i) => !i.typeOnly && i.spec === 'dexie');
    expect([...chains, ...dexie]).toEqual([]);
  });

  it('no entrypoint calls db(): pages and the background go through the stores', () => {
    expect(under('entrypoints').filter((s) => dbCalls(s) > 0).map((s) => `${s.file}: ${dbCalls(s)} call(s) of db()`)).toEqual([]);
  });

  it('host selectors live only under lib/hosts/selectors/', () => {
    const outside = [...sources.values()].filter((s) => !s.file.startsWith('lib/hosts/selectors/') && !s.file.startsWith('lib/hosts/replicas/'));
    const found = outside.flatMap((s) =>
      queriedSelectors(s).filter((q) => !OWN_MARKUP.has(q.selector)).map((q) => `${s.file}:${q.line}: ${q.selector}`),
    );
    expect(found).toEqual([]);
  });

  it('a feature file that uses a runtime says so in its name (store, background, content…, page…)', () => {
    const RUNTIME = new Set(['wxt/browser', 'dexie', '@/lib/storage/db', '@/lib/messaging']);
    const named = /\/(store|background|content[\w-]*|page[\w-]*)\.tsx?$/;
    const bad = under('lib/features').filter((s) => !named.test(s.file) && s.imports.some((i) => !i.typeOnly && RUNTIME.has(i.spec)));
    expect(bad.map((s) => s.file)).toEqual([]);
  });

  it('one site switch: only the settings store reads settings.sites', () => {
    const readers = [...sources.values()].filter((s) => s.file !== 'lib/storage/settings.ts' && /\.sites\s*\[/.test(s.ast.text));
    expect(readers.map((s) => s.file)).toEqual([]);
  });
});

describe('the layering test itself', () => {
  it('sees a value import, and not a type-only one', () => {
    const s = parse('lib/features/hints/x.ts', "import { db } from '@/lib/storage/db';\nimport type { Mark } from './marks';\n");
    expect(s.imports).toEqual([
      { spec: '@/lib/storage/db', file: 'lib/storage/db.ts', typeOnly: false },
      { spec: './marks', file: 'lib/features/hints/marks.ts', typeOnly: true },
    ]);
  });

  it('follows a content script to the database through any chain of value imports', () => {
    const fake = new Map(sources);
    fake.set('lib/features/hints/view.ts', parse('lib/features/hints/view.ts', "import { db } from '@/lib/storage/db';\n"));
    expect(contentScriptFiles(fake).get(DATABASE)?.slice(-2)).toEqual(['lib/features/hints/view.ts', DATABASE]);
  });
});
