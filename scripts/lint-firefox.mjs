// `npm run lint:firefox`: Mozilla's own linter (addons-linter, what addons.mozilla.org runs on upload)
// on the Firefox store zip. Fails on any error, and on any warning that is not explained below, so
// the list stays the truth about what a reviewer will see. Run `npm run zip:firefox` first.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import linter from 'addons-linter';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const zip = resolve(process.argv[2] ?? `.output/handoff-${version}-firefox.zip`);

/**
 * Warnings that stay, each with the reason it is safe. `code` is the linter's code, `file` matches the
 * file name in the zip (chunk names carry a content hash), `count` is how many times it is reported.
 */
export const EXPLAINED = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^(content-scripts\/(gmail|slack|google-docs)\.js|chunks\/messaging-[\w-]+\.js)$/,
    count: 4,
    why: "Preact's renderer: the `dangerouslySetInnerHTML` branch of its DOM diff, bundled once per " +
      'content script and once in the shared UI chunk. Handoff never passes that prop (a unit test ' +
      'checks the sources), so the branch never runs.',
  },
  {
    code: 'DANGEROUS_EVAL',
    file: /^chunks\/playground-[\w-]+\.js$/,
    count: 3,
    why: "The playground's bundled Quill (the editor Slack uses, for its Slack replica): lodash's " +
      '`Function("return this")()` fallback for finding the global object. Extension pages run under ' +
      "MV3's default CSP (no 'unsafe-eval'), so it could not evaluate code even if it ran; it does not " +
      'run in a browser, where `globalThis`/`self` is found first.',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^chunks\/playground-[\w-]+\.js$/,
    count: 10,
    why: "The playground's bundled Quill: its toolbar, pickers, tooltip and clipboard set `innerHTML` " +
      "from Quill's own icon and template strings and from content already in its editor. The " +
      "playground is a local replica page; no host page's data reaches it.",
  },
];

if (!existsSync(zip)) {
  console.error(`No Firefox zip at ${zip}: run \`npm run zip:firefox\` first.`);
  process.exit(1);
}
const instance = linter.createInstance({
  config: {
    _: [zip],
    logLevel: 'fatal',
    stack: false,
    pretty: false,
    warningsAsErrors: false,
    metadata: false,
    output: 'none',
    boring: false,
    selfHosted: false,
  },
  runAsBinary: false,
});
const { errors, warnings, notices } = await instance.run();

const where = (m) => `${m.file ?? ''}${m.line ? `:${m.line}` : ''}`;
const problems = [];
for (const m of errors) problems.push(`error ${m.code} ${where(m)}: ${m.message}`);
const seen = EXPLAINED.map(() => 0);
for (const m of warnings) {
  const i = EXPLAINED.findIndex((e) => e.code === m.code && e.file.test(m.file ?? ''));
  if (i === -1) problems.push(`unexplained warning ${m.code} ${where(m)}: ${m.message}`);
  else seen[i]++;
}
EXPLAINED.forEach((e, i) => {
  if (seen[i] !== e.count) {
    problems.push(`expected ${e.count}× ${e.code} in ${e.file}, got ${seen[i]}: update the list in scripts/lint-firefox.mjs and the README`);
  }
});

console.log(`addons-linter ${zip}: ${errors.length} errors, ${warnings.length} warnings, ${notices.length} notices`);
EXPLAINED.forEach((e, i) => console.log(`  ${seen[i]}× ${e.code} in ${e.file.source} (explained): ${e.why}`));
for (const m of notices) console.log(`  notice ${m.code} ${where(m)}: ${m.message}`);
if (problems.length) {
  console.error(problems.map((p) => `  ${p}`).join('\n'));
  process.exit(1);
}
