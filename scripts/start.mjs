// `npm start`: build the extension, then open Chromium with it loaded, on the playground.
// With no display there is nothing to show: say so and print where the built extension is.
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const EXTENSION_ID = 'lehdphenlccmhcmkcohilpkmpcakikia';
const extensionDir = resolve('.output/chrome-mv3');

execSync('npx wxt build', { stdio: 'inherit' });

const browser = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
if (!process.env.DISPLAY && process.platform === 'linux') {
  console.log(`\nNo display here, so no browser window to open.\nThe built extension is in ${extensionDir}\n` +
    'Load it in Chromium: chrome://extensions → Developer mode → Load unpacked → pick that folder.');
  process.exit(0);
}
if (!browser) {
  console.log(`\nNo Chromium found (set CHROMIUM_PATH). The built extension is in ${extensionDir}`);
  process.exit(0);
}
const profile = mkdtempSync(join(tmpdir(), 'handoff-profile-'));
console.log(`Opening ${browser} with Handoff on the playground (profile ${profile})`);
spawn(browser, [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${extensionDir}`,
  `--load-extension=${extensionDir}`,
  '--no-first-run',
  `chrome-extension://${EXTENSION_ID}/playground.html`,
], { stdio: 'ignore', detached: true }).unref();
