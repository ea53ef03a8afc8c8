/**
 * Drives the built extension (.output/chrome-mv3) in Debian's Chromium, headless, with host replicas
 * served at the real origins through `context.route`, so the production match patterns are tested.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pierceClosedRoots } from './pierce';

export const EXTENSION_DIR = resolve(__dirname, '../../.output/chrome-mv3');
export const EXTENSION_ID = 'lehdphenlccmhcmkcohilpkmpcakikia';

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** chrome-extension://<id>/<path> */
  extensionUrl(path: string): string;
  /** Serves `html` at `url` (a real host origin) and opens it. */
  openHostPage(url: string, html: string): Promise<Page>;
  close(): Promise<void>;
}

/** A harness as a test file sees it: the suite closes the browser, not the tests. */
export type SuiteHarness = Omit<Harness, 'close'>;

export async function launch(): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first`);
  }
  if (!JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')).key) {
    throw new Error(`${EXTENSION_DIR} is a store build without the key that pins the id (npm run zip): run \`npm run build\` first`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'handoff-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  // Nothing may reach the network: every request not served by a test is refused and recorded.
  const unexpected: string[] = [];
  await context.route(/^https?:\/\//, (route) => {
    unexpected.push(route.request().url());
    return route.abort();
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  pierceClosedRoots(context);
  return {
    context,
    worker,
    extensionId,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async openHostPage(url, html) {
      // Requests carry no #fragment, and a string would be read as a glob ("?" in a query): compare URLs.
      const served = new URL(url);
      served.hash = '';
      await context.route((requested) => requested.href === served.href, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      if (unexpected.length) throw new Error(`Unexpected network requests: ${unexpected.join(', ')}`);
    },
  };
}
