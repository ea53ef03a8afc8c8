// `npm start`: build the extension, then open Chromium with it loaded, on the playground.
//
//   npm start                  build, then open Chromium with the kept profile in .profile/
//   npm start -- --fresh       a new, empty profile for this run only (deleted when the browser closes)
//   npm start -- --no-build    skip the build and use what is in .output/chrome-mv3
//   npm start -- --no-sandbox  start Chromium without its sandbox (only where the sandbox cannot start)
//   HANDOFF_PROFILE_DIR=dir    keep the profile in dir instead of .profile/
//
// The browser is driven through playwright-core (the same launcher as the end-to-end tests): it waits
// for the extension's service worker before it opens the playground, so the first tab is never an
// ERR_BLOCKED_BY_CLIENT page, and it reports why Chromium did not start instead of hiding it.
// Chromium keeps its sandbox for a normal user (Playwright turns it off unless told otherwise, and this
// is a browser the user may sign in to Gmail with); only root, where Chromium refuses to start with
// it, gets --no-sandbox.
// `npm start` keeps running while the browser is open; closing the browser or Ctrl+C ends both.
// With no display there is no window to open: it says so and prints where the built extension is.
import { execSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION_ID = 'lehdphenlccmhcmkcohilpkmpcakikia';
const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const PLAYGROUND_URL = `chrome-extension://${EXTENSION_ID}/playground.html`;
/** The kept profile: settings, people and records survive between runs. Git-ignored. */
const KEPT_PROFILE = process.env.HANDOFF_PROFILE_DIR ? resolve(process.env.HANDOFF_PROFILE_DIR) : join(ROOT, '.profile');
/** How long the extension's service worker may take to appear after Chromium starts (ms). */
const WORKER_TIMEOUT_MS = 60_000;
/**
 * How long to wait for the playground tab the extension opens itself (ms). Chromium installs a
 * --load-extension extension afresh at every start, so its onInstalled('install') opens the playground
 * each time; only if it has not within this time does start.mjs open one.
 */
const INSTALL_TAB_TIMEOUT_MS = 20_000;
/** How long Chromium may take to exit once its window is closed or it is asked to close (ms). */
const SHUTDOWN_TIMEOUT_MS = 30_000;

const USAGE = 'usage: npm start [-- --fresh] [-- --no-build] [-- --no-sandbox]';
const flags = process.argv.slice(2);
const unknown = flags.filter((f) => !['--fresh', '--no-build', '--no-sandbox', '--help'].includes(f));
if (flags.includes('--help') || unknown.length) {
  if (unknown.length) console.error(`Unknown option ${unknown.join(' ')}`);
  console.log(USAGE);
  console.log('  --fresh     use a new, empty browser profile for this run (the kept one in .profile/ is untouched)');
  console.log('  --no-build  use the extension already built in .output/chrome-mv3');
  console.log("  --no-sandbox  start Chromium without its sandbox (when it says it has no usable sandbox)");
  process.exit(unknown.length ? 2 : 0);
}
const fresh = flags.includes('--fresh');

if (!flags.includes('--no-build')) {
  try {
    execSync('npx wxt build', { stdio: 'inherit', cwd: ROOT });
  } catch {
    console.error('\nThe build failed (see above), so there is nothing to open.');
    process.exit(1);
  }
}
if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  console.error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` (or \`npm start\` without --no-build).`);
  process.exit(1);
}
if (!JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')).key) {
  console.error(`${EXTENSION_DIR} holds a store build (\`npm run zip\` leaves out the manifest key that pins the`);
  console.error('extension id): run `npm start` without --no-build to build it again.');
  process.exit(1);
}
const loadByHand =
  `The built extension is in ${EXTENSION_DIR}\n` +
  'To use it in your own Chromium or Chrome: open chrome://extensions, turn on Developer mode, click\n' +
  '"Load unpacked" and pick that folder. Its playground is then at\n' +
  `${PLAYGROUND_URL}`;

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log('\nNo display: neither DISPLAY nor WAYLAND_DISPLAY is set, so there is no screen to open Chromium on');
  console.log('(a container, SSH without X forwarding, or CI). The extension is built.');
  console.log(loadByHand);
  process.exit(0);
}

const browserPath =
  process.env.CHROMIUM_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'].find((path) => existsSync(path));
if (process.env.CHROMIUM_PATH) {
  const problem = notExecutable(process.env.CHROMIUM_PATH);
  if (problem) {
    console.error(`\nCHROMIUM_PATH is ${process.env.CHROMIUM_PATH}, which ${problem}.`);
    console.error('Set it to the Chromium executable (Debian/Ubuntu: /usr/bin/chromium), or unset it to use that one.');
    console.error(loadByHand);
    process.exit(1);
  }
}
if (!browserPath) {
  console.error('\nNo Chromium found at /usr/bin/chromium, /usr/bin/chromium-browser or /snap/bin/chromium.');
  console.error('Install it (Debian/Ubuntu: `apt-get install chromium`) or set CHROMIUM_PATH to its executable.');
  console.error(loadByHand);
  process.exit(1);
}

let profile = KEPT_PROFILE;
if (fresh) {
  profile = mkdtempSync(join(tmpdir(), 'handoff-profile-'));
} else {
  mkdirSync(profile, { recursive: true });
  try {
    accessSync(profile, constants.W_OK);
  } catch {
    console.error(`The profile folder ${profile} is not writable by this user (made by another user, e.g. root?).`);
    console.error('Remove it, or run `npm start -- --fresh` for a throw-away profile.');
    process.exit(1);
  }
  const owner = profileOwner(profile);
  if (owner) {
    console.error(`Chromium is already running with the profile ${profile} (process ${owner}).`);
    console.error('Use that window, close it first, or run `npm start -- --fresh` for a second, throw-away profile.');
    process.exit(1);
  }
}
const logPath = fresh ? `${profile}.log` : join(KEPT_PROFILE, 'chromium.log');

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
// --hide-crash-restore-bubble: Playwright closes the browser over its DevTools pipe, which Chromium
// records as an unclean exit, and would offer to "restore pages" on every start.
const args = [
  `--disable-extensions-except=${EXTENSION_DIR}`,
  `--load-extension=${EXTENSION_DIR}`,
  '--no-first-run',
  '--hide-crash-restore-bubble',
  // Chromium's own output (errors, crashes) to a file the user is told about.
  '--enable-logging',
  `--log-file=${logPath}`,
];
// Chromium refuses to start as root with its sandbox on ("Running as root without --no-sandbox is
// not supported"). Root is the default user in containers; there the container is the isolation.
// Anyone else keeps the sandbox unless they ask (--no-sandbox) after Chromium said it has none.
const noSandbox = isRoot || flags.includes('--no-sandbox');
if (noSandbox) args.push('--no-sandbox');

console.log(`\nOpening ${browserPath} with Handoff on the playground.`);
if (isRoot) console.log('Running as root: Chromium is started with --no-sandbox (it refuses to start as root otherwise).');
else if (noSandbox) console.log('Chromium is started with --no-sandbox, as asked: pages it opens are not isolated from your account.');
console.log(fresh ? `Profile: ${profile} (fresh, deleted when the browser closes)` : `Profile: ${profile} (kept between runs; \`npm start -- --fresh\` for an empty one)`);
console.log(`Chromium's own output: ${logPath}${fresh ? ' (deleted with the profile)' : ''}`);

const { chromium } = await import('playwright-core');
let context;
/**
 * Chromium's browser process, from its profile lock once it runs. When the user closes the window,
 * Playwright reports the browser closed while Chromium is still shutting down (writing the profile):
 * start.mjs must not exit before it is done (Playwright would kill it) nor delete a fresh profile under it.
 */
let browserPid;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath,
    headless: false,
    viewport: null,
    args,
    // Playwright adds --no-sandbox unless this is true: the sandbox is turned off only above, by us.
    chromiumSandbox: true,
    // No "controlled by automated test software" bar: this is the user's browser window.
    ignoreDefaultArgs: ['--enable-automation'],
    // Ctrl+C closes the browser through context.close() below (Playwright's own handler would exit 130).
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
} catch (error) {
  console.error(`\n${launchFailure(String(error?.message ?? error))}`);
  console.error(loadByHand);
  await finish(1);
}

browserPid = Number(profileOwner(profile)) || undefined;
let closing = false;
const close = async (code, options) => {
  if (closing) return;
  closing = true;
  await context.close().catch(() => {});
  await finish(code, options);
};
context.on('close', () => {
  if (!closing) {
    closing = true;
    console.log('The browser was closed.');
    finish(0);
  }
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void close(0));

let worker = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${EXTENSION_ID}/`));
try {
  worker ??= await context.waitForEvent('serviceworker', {
    predicate: (w) => w.url().startsWith(`chrome-extension://${EXTENSION_ID}/`),
    timeout: WORKER_TIMEOUT_MS,
  });
} catch (error) {
  if (closing) await new Promise(() => {});
  console.error(`\nThe extension did not start in Chromium within ${WORKER_TIMEOUT_MS / 1000} s: ${String(error?.message ?? error).split('\n')[0]}`);
  console.error(`Chromium's output is in ${logPath}. (Google Chrome 137 and later ignore --load-extension: use Chromium.)`);
  console.error(loadByHand);
  await close(1, { keepLog: true });
}
try {
  const page = await openPlayground();
  console.log(`\nHandoff is ready: "${await page.title()}" is open at ${page.url()}`);
  console.log(`(extension service worker: ${worker.url()}; tabs open: ${context.pages().length})`);
  console.log('Close the browser window, or press Ctrl+C here, to stop.');
} catch (error) {
  if (closing) await new Promise(() => {});
  console.error(`\nCould not open the playground: ${String(error?.message ?? error)}`);
  console.error(`Chromium's output is in ${logPath}.`);
  console.error(loadByHand);
  await close(1, { keepLog: true });
}

/**
 * Shows the playground in one tab once the extension is ready. The extension opens it itself when
 * Chromium installs it (background's onInstalled, at every start for a --load-extension extension):
 * that tab is kept and the blank start-up tab closed, so there is one playground tab, not two. If no
 * such tab appears in INSTALL_TAB_TIMEOUT_MS, the blank tab is sent to the playground.
 * @returns the playground page.
 * @throws when the page does not load (the extension is not installed in this browser).
 */
async function openPlayground() {
  const isPlayground = (p) => p.url().startsWith(PLAYGROUND_URL);
  const blank = context.pages().find((p) => p.url() === 'about:blank');
  let page = context.pages().find(isPlayground);
  if (!page) {
    page = await context
      .waitForEvent('page', { predicate: isPlayground, timeout: INSTALL_TAB_TIMEOUT_MS })
      .catch(() => undefined);
  }
  if (page) {
    await page.waitForLoadState();
    if (blank && blank !== page) await blank.close();
  } else {
    page = blank ?? (await context.newPage());
    await page.goto(PLAYGROUND_URL);
  }
  await page.bringToFront();
  return page;
}

/**
 * The process holding Chromium's lock on `dir`, when it is alive on this machine.
 * Chromium keeps `SingletonLock` as a symlink to "<hostname>-<pid>" while a browser uses the profile.
 * @returns "<pid>" or undefined when the profile is free (or the lock is stale).
 */
function profileOwner(dir) {
  let target;
  try {
    target = readlinkSync(join(dir, 'SingletonLock'));
  } catch {
    return undefined;
  }
  const match = /^(.*)-(\d+)$/.exec(target);
  if (!match || match[1] !== hostname()) return undefined;
  try {
    process.kill(Number(match[2]), 0);
    return match[2];
  } catch (error) {
    return error?.code === 'EPERM' ? match[2] : undefined;
  }
}

/**
 * Ends the run: waits for Chromium to exit, deletes a fresh profile and its log (beside it, so that
 * Chromium can write it until the end), exits with `code`. The log stays when `keepLog` (a message
 * told the user to read it). Never resolves.
 */
async function finish(code, { keepLog = false } = {}) {
  if (typeof browserPid === 'number') await exited(browserPid, SHUTDOWN_TIMEOUT_MS);
  if (fresh) {
    // Chromium's helper processes (GPU, renderers) can outlive the browser process by a moment, still
    // writing caches: Node's rm retries a directory that was refilled (ENOTEMPTY) as Playwright's does.
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
    if (!keepLog) rmSync(logPath, { force: true });
  }
  process.exit(code);
  return new Promise(() => {});
}

/**
 * Resolves once process `pid` has exited, or after `timeoutMs` (then Playwright, when start.mjs exits,
 * kills what is left of the browser).
 */
async function exited(pid, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      process.kill(pid, 0);
    } catch (error) {
      if (error?.code === 'ESRCH') return;
    }
    await new Promise((wake) => setTimeout(wake, 50));
  }
  console.error(`Chromium (process ${pid}) had not exited ${timeoutMs / 1000} s after closing: stopping it.`);
}

/**
 * Why `path` cannot be run, in words that follow "which", or undefined when it is an executable file.
 */
function notExecutable(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 'does not exist';
  }
  if (!stat.isFile()) return 'is not a file';
  try {
    accessSync(path, constants.X_OK);
  } catch {
    return 'is not executable';
  }
  return undefined;
}

/**
 * What to tell the user when Chromium did not start, from Playwright's launch error: what Chromium
 * printed (each line once: Playwright repeats its output in the browser log and the call log) and
 * its exit code, without Playwright's launch command and its advice to Playwright users.
 * @param said the launch error's message.
 */
function launchFailure(said) {
  const text = said.replace(/\x1b\[[0-9;]*m/g, '');
  const printed = [...new Set([...text.matchAll(/\[pid=\d+\]\[(?:err|out)\] (.*)/g)].map((m) => m[1].trim()))].filter(Boolean);
  const exit = /<process did exit: exitCode=(\w+), signal=(\w+)>/.exec(text);
  if (!printed.length && !exit) return `Chromium did not start: ${text.split('\n')[0]}`;
  const ended = exit ? (exit[2] !== 'null' ? `was killed by ${exit[2]}` : `exited with code ${exit[1]}`) : 'stopped';
  // The lines that say why: Chromium's messages without their [pid:tid:time:LEVEL:file] prefix, and
  // without the D-Bus chatter of every container and the Debian launcher's shell noise.
  const why = printed
    .map((line) => line.replace(/^\[[^\]]*\] ?/, ''))
    .filter((line) => !/dbus|D-Bus|to the bus|unexpected operator/.test(line));
  const lines = [
    why.length
      ? `Chromium did not start: ${why.slice(-3).join(' / ')}`
      : `Chromium did not start: ${browserPath} ${ended}${printed.length ? '.' : ' and printed nothing.'}`,
  ];
  if (text.includes('No usable sandbox')) {
    lines.push(
      "Chromium's sandbox needs unprivileged user namespaces, which this machine does not allow (some",
      'distributions turn them off; Chromium\'s message above names its guide). Allow them, or run',
      '`npm start -- --no-sandbox` to start Chromium without its sandbox.',
    );
  }
  if (printed.length) lines.push(`It ${ended}. What it printed:`, ...printed.map((line) => `  ${line}`));
  return lines.join('\n');
}
