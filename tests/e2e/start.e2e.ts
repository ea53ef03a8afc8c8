/**
 * `npm start` (scripts/start.mjs) as a new user meets it: with no display it explains and points at the
 * built extension; when Chromium is missing or cannot start it says why in Chromium's words; with a
 * display (a private Xvfb server) it opens Chromium with the extension ready on the playground, in one
 * tab, keeps the profile between runs, and `--fresh` leaves nothing behind. Chromium keeps its sandbox
 * except as root.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, EXTENSION_ID } from './harness';

const ROOT = resolve(__dirname, '../..');
const START = join(ROOT, 'scripts/start.mjs');
const PLAYGROUND = `chrome-extension://${EXTENSION_ID}/playground.html`;
const isRoot = process.getuid?.() === 0;

/** This process's environment without any display, plus `extra`. */
function noDisplay(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  return { ...env, ...extra };
}

describe('npm start when it cannot open a window (no display, no X server, no usable Chromium)', { timeout: 60_000 }, () => {
  it('says why it opens nothing and where the built extension is, and exits 0', () => {
    const run = spawnSync(process.execPath, [START, '--no-build'], { cwd: ROOT, env: noDisplay(), encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('No display: neither DISPLAY nor WAYLAND_DISPLAY is set');
    expect(run.stdout).toContain(`The built extension is in ${EXTENSION_DIR}`);
    expect(run.stdout).toContain('Load unpacked');
    expect(run.stdout).toContain(PLAYGROUND);
  });

  it('with DISPLAY pointing at no X server, prints why in Chromium\'s words (not Playwright\'s launch line or advice), exits 1 and leaves no fresh profile or log', () => {
    const run = spawnSync(process.execPath, [START, '--no-build', '--fresh'], {
      cwd: ROOT,
      env: noDisplay({ DISPLAY: ':4711' }),
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Chromium did not start: .*Missing X server or \$DISPLAY/);
    expect(run.stderr).toContain(`The built extension is in ${EXTENSION_DIR}`);
    expect(run.stderr).toContain('It exited with code 1. What it printed:');
    expect(run.stderr).not.toContain('--remote-debugging-pipe');
    expect(run.stderr).not.toContain('xvfb-run');
    // Each line of Chromium's once (Playwright repeats them in its browser log and its call log).
    expect(run.stderr.match(/Missing X server or \$DISPLAY/g)).toHaveLength(2); // the reason, and the line it came from
    const fresh = /Profile: (\S+) \(fresh/.exec(run.stdout)?.[1];
    expect(fresh).toBeDefined();
    expect(existsSync(fresh!)).toBe(false);
    expect(existsSync(`${fresh}.log`)).toBe(false);
  });

  it('with CHROMIUM_PATH naming no executable, says which and exits 1 before launching anything', () => {
    const notThere = join(tmpdir(), 'handoff-no-such-chromium');
    const cases: [path: string, why: string][] = [
      [notThere, 'does not exist'],
      [join(ROOT, 'package.json'), 'is not executable'],
      [tmpdir(), 'is not a file'],
    ];
    for (const [path, why] of cases) {
      const run = spawnSync(process.execPath, [START, '--no-build', '--fresh'], {
        cwd: ROOT,
        env: noDisplay({ DISPLAY: ':4711', CHROMIUM_PATH: path }),
        encoding: 'utf8',
      });
      expect(run.status, path).toBe(1);
      expect(run.stderr).toContain(`CHROMIUM_PATH is ${path}, which ${why}.`);
      expect(run.stderr).toContain(`The built extension is in ${EXTENSION_DIR}`);
      expect(run.stdout).not.toContain('Opening');
    }
  });

  describe('a Chromium that exits at once', () => {
    let bin = '';
    beforeAll(() => {
      bin = mkdtempSync(join(tmpdir(), 'handoff-fake-chromium-'));
    });
    afterAll(() => rmSync(bin, { recursive: true, force: true }));

    /** An executable at bin/name that runs `script` (sh). */
    function fake(name: string, script: string) {
      const path = join(bin, name);
      writeFileSync(path, `#!/bin/sh\n${script}\n`);
      chmodSync(path, 0o755);
      return path;
    }

    it('silently: names it and its exit code', () => {
      const path = fake('silent', 'exit 3');
      const run = spawnSync(process.execPath, [START, '--no-build', '--fresh'], {
        cwd: ROOT,
        env: noDisplay({ DISPLAY: ':4711', CHROMIUM_PATH: path }),
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`Chromium did not start: ${path} exited with code 3 and printed nothing.`);
      expect(run.stderr).toContain(`The built extension is in ${EXTENSION_DIR}`);
    });

    it('with no usable sandbox (a normal user where user namespaces are off): says how to go on', () => {
      // What Chromium prints when neither user namespaces nor the setuid helper can sandbox it.
      const path = fake(
        'nosandbox',
        "echo '[1:1:0101/000000.000000:FATAL:content/browser/zygote_host/zygote_host_impl_linux.cc:132] No usable sandbox! " +
          "If you are running on Ubuntu 23.10+ or another Linux distro that has disabled unprivileged user namespaces with AppArmor, " +
          "see https://chromium.googlesource.com/chromium/src/+/main/docs/security/apparmor-userns-restrictions.md.' >&2; exit 1",
      );
      const run = spawnSync(process.execPath, [START, '--no-build', '--fresh'], {
        cwd: ROOT,
        env: noDisplay({ DISPLAY: ':4711', CHROMIUM_PATH: path }),
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/Chromium did not start: No usable sandbox! If you are running on Ubuntu/);
      expect(run.stderr).toContain('`npm start -- --no-sandbox`');
      expect(run.stderr).not.toContain("'chromiumSandbox: false'");
    });
  });

  it('refuses an unknown option with its usage', () => {
    const run = spawnSync(process.execPath, [START, '--frsh'], { cwd: ROOT, env: noDisplay(), encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unknown option --frsh');
    expect(run.stdout).toContain('--fresh');
  });
});

describe('npm start with a display', { timeout: 120_000 }, () => {
  let xvfb: ChildProcess | undefined;
  let display = '';
  const profiles: string[] = [];

  beforeAll(async () => {
    if (!existsSync('/usr/bin/Xvfb')) throw new Error('these tests need Xvfb: apt-get install -y xvfb');
    if (!existsSync('/usr/bin/xdotool')) throw new Error('these tests close the window as a user does, with xdotool: apt-get install -y xdotool');
    // -displayfd: Xvfb picks a free display number and writes it to fd 3 once it accepts connections.
    xvfb = spawn('/usr/bin/Xvfb', ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    display = await new Promise<string>((done, fail) => {
      let text = '';
      xvfb!.stdio[3]!.on('data', (chunk) => {
        text += chunk;
        if (text.includes('\n')) done(`:${text.trim()}`);
      });
      xvfb!.on('exit', (code) => fail(new Error(`Xvfb exited with ${code}`)));
    });
  });
  afterAll(() => {
    xvfb?.kill();
    for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
  });

  /**
   * Runs start.mjs until it reports readiness (or exits), reads the running browser's process, then
   * presses Ctrl+C or closes the browser window; returns all it printed, its exit code, the browser's
   * command line and pid, and the profile it used.
   * @param options.as run as this user, with start.mjs from `as.root` (a copy that user can read).
   * @param options.stop how the user ends it: Ctrl+C in the terminal (default) or closing the window.
   */
  async function startAndStop(
    args: string[],
    env: Record<string, string> = {},
    { as, stop = 'ctrl-c' }: { as?: { uid: number; gid: number; root: string }; stop?: 'ctrl-c' | 'close-window' } = {},
  ) {
    const child = spawn(process.execPath, [join(as?.root ?? ROOT, 'scripts/start.mjs'), '--no-build', ...args], {
      cwd: as?.root ?? ROOT,
      env: noDisplay({ DISPLAY: display, ...env }),
      ...(as && { uid: as.uid, gid: as.gid }),
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    // 'close', not 'exit': the child's output may still be arriving when it has exited.
    const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    await new Promise<void>((ready) => {
      child.stdout.on('data', () => out.includes('to stop.') && ready());
      void exited.then(() => ready());
    });
    const profile = /Profile: (\S+)/.exec(out)?.[1];
    const browser = profile ? browserProcess(profile) : undefined;
    if (stop === 'ctrl-c') child.kill('SIGINT');
    else {
      // Ctrl+Shift+W in the playground's window, through the X server's input like a real key press.
      const keys = spawnSync('xdotool', ['search', '--sync', '--onlyvisible', '--name', 'Handoff playground', 'windowfocus', '--sync', 'key', 'ctrl+shift+w'], {
        env: { ...process.env, DISPLAY: display },
        encoding: 'utf8',
      });
      if (keys.status !== 0) throw new Error(`xdotool failed: ${keys.stderr}`);
    }
    const code = await exited; // before reading `out`, which grows until then
    return { out, code, browserArgs: browser?.args, browserPid: browser?.pid, profile };
  }

  it('opens the playground with the extension ready, in one tab, and keeps the profile for the next run', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'handoff-start-test-'));
    profiles.push(profile);

    const first = await startAndStop([], { HANDOFF_PROFILE_DIR: profile });
    expect(first.out).toContain(`Handoff is ready: "Handoff playground" is open at ${PLAYGROUND}`);
    expect(first.out).toContain(`service worker: chrome-extension://${EXTENSION_ID}/background.js; tabs open: 1)`);
    expect(first.out).toContain(`Profile: ${profile} (kept between runs`);
    expect(first.out.includes('Running as root: Chromium is started with --no-sandbox')).toBe(isRoot);
    expect(first.browserArgs).toContain(`--load-extension=${EXTENSION_DIR}`);
    expect(first.browserArgs?.includes('--no-sandbox')).toBe(isRoot);
    expect(first.code).toBe(0);
    // Chromium recorded the extension as installed in the kept profile.
    const prefs = JSON.parse(readFileSync(join(profile, 'Default/Preferences'), 'utf8'));
    expect(prefs.extensions.settings).toHaveProperty(EXTENSION_ID);

    // Second run on the same profile: no install tab this time, still exactly one playground tab.
    const second = await startAndStop([], { HANDOFF_PROFILE_DIR: profile });
    expect(second.out).toContain(`Handoff is ready: "Handoff playground" is open at ${PLAYGROUND}`);
    expect(second.out).toContain('tabs open: 1)');
    expect(second.code).toBe(0);
  });

  it('--fresh uses a throw-away profile and deletes it when the browser closes', async () => {
    const kept = mkdtempSync(join(tmpdir(), 'handoff-start-test-'));
    profiles.push(kept);
    const run = await startAndStop(['--fresh'], { HANDOFF_PROFILE_DIR: kept });
    expect(run.out).toContain('Handoff is ready');
    const fresh = /Profile: (\S+) \(fresh, deleted when the browser closes\)/.exec(run.out)?.[1];
    expect(fresh).toBeDefined();
    expect(fresh).not.toBe(kept);
    expect(run.code).toBe(0);
    expect(existsSync(fresh!)).toBe(false);
    expect(existsSync(`${fresh}.log`)).toBe(false);
    expect(existsSync(join(kept, 'Default'))).toBe(false);
  });

  it('closing the window, as a user does, ends npm start with 0 after Chromium has shut down: the kept profile is unlocked, a fresh one deleted', async () => {
    const kept = mkdtempSync(join(tmpdir(), 'handoff-start-test-'));
    profiles.push(kept);
    const keptRun = await startAndStop([], { HANDOFF_PROFILE_DIR: kept }, { stop: 'close-window' });
    expect(keptRun.out).toContain('The browser was closed.');
    expect(keptRun.out).not.toContain('had not exited');
    expect(keptRun.code).toBe(0);
    expect(keptRun.browserPid).toBeDefined();
    // Chromium finished on its own (start.mjs exiting earlier lets Playwright SIGKILL it mid-shutdown).
    expect(alive(keptRun.browserPid!)).toBe(false);
    expect(locked(kept)).toBe(false);

    const freshRun = await startAndStop(['--fresh'], { HANDOFF_PROFILE_DIR: kept }, { stop: 'close-window' });
    expect(freshRun.out).toContain('The browser was closed.');
    expect(freshRun.out).not.toContain('ENOTEMPTY');
    expect(freshRun.out).not.toContain('had not exited');
    expect(freshRun.code).toBe(0);
    expect(freshRun.profile).toMatch(/handoff-profile-/);
    expect(existsSync(freshRun.profile!)).toBe(false);
    expect(existsSync(`${freshRun.profile}.log`)).toBe(false);
  });

  it('as a normal user, Chromium keeps its sandbox (Playwright would turn it off) unless asked with --no-sandbox', async () => {
    let as: { uid: number; gid: number; root: string } | undefined;
    if (isRoot) {
      // Root runs it as `nobody`, from a copy of what start.mjs needs that nobody can read (the
      // checkout may be under /root), with a home of its own.
      const nobody = readFileSync('/etc/passwd', 'utf8').split('\n').map((line) => line.split(':')).find((f) => f[0] === 'nobody');
      if (!nobody) throw new Error('as root this test runs start.mjs as the user nobody, and there is none');
      const root = mkdtempSync(join(tmpdir(), 'handoff-start-user-'));
      profiles.push(root);
      chmodSync(root, 0o755);
      cpSync(START, join(root, 'scripts/start.mjs'));
      cpSync(EXTENSION_DIR, join(root, '.output/chrome-mv3'), { recursive: true });
      cpSync(join(ROOT, 'node_modules/playwright-core'), join(root, 'node_modules/playwright-core'), { recursive: true });
      mkdirSync(join(root, 'home'));
      as = { uid: Number(nobody[2]), gid: Number(nobody[3]), root };
      chownSync(join(root, 'home'), as.uid, as.gid);
    }
    const env: Record<string, string> = as ? { HOME: join(as.root, 'home') } : {};
    const run = await startAndStop(['--fresh'], env, { as });
    expect(run.out).toContain('Handoff is ready: "Handoff playground"');
    expect(run.out).not.toContain('--no-sandbox');
    expect(run.browserArgs).toBeDefined();
    expect(run.browserArgs).not.toContain('--no-sandbox');
    expect(run.code).toBe(0);

    // Where the sandbox cannot start, the user can do without it, and is told.
    const without = await startAndStop(['--fresh', '--no-sandbox'], env, { as });
    expect(without.out).toContain('Handoff is ready: "Handoff playground"');
    expect(without.out).toContain('Chromium is started with --no-sandbox, as asked');
    expect(without.browserArgs).toContain('--no-sandbox');
    expect(without.code).toBe(0);
  });
});

/**
 * The Chromium browser process (not one of its helpers) using the profile `dir`: its pid and command
 * line, read from /proc while it runs; undefined when there is none.
 */
function browserProcess(dir: string): { pid: number; args: string[] } | undefined {
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let args: string[];
    try {
      args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (args.includes(`--user-data-dir=${dir}`) && !args.some((arg) => arg.startsWith('--type='))) return { pid: Number(pid), args };
  }
  return undefined;
}

/** Whether process `pid` still exists (a zombie counts: it has not been waited for). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Whether Chromium's profile lock (a symlink to "<host>-<pid>", removed when it shuts down cleanly) is in `dir`. */
function locked(dir: string): boolean {
  try {
    lstatSync(join(dir, 'SingletonLock'));
    return true;
  } catch {
    return false;
  }
}
