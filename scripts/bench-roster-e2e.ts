/**
 * Roster import at scale in the built extension's options page (Debian's Chromium, headless):
 * time from "Import roster" to the "Imported N people" status, the people table's first render,
 * one search keystroke until the table shows the matches, and the page's JS heap afterwards.
 * `tsx scripts/bench-roster-e2e.ts [extension dir]` (default .output/chrome-mv3). One run per
 * size: each import is tens of seconds on a slow build, so no median.
 */
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const EXT = resolve(process.argv[2] ?? '.output/chrome-mv3');
const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Asia/Kolkata', 'America/Sao_Paulo', 'Australia/Sydney'];

export function rosterCsv(rows: number): string {
  const lines = ['email,name,timeZone,workStart,workEnd,workDays'];
  for (let i = 0; i < rows; i++) lines.push(`person${i}@example.com,Person ${i},${ZONES[i % ZONES.length]},09:00,17:00,Mon-Fri`);
  return lines.join('\n');
}

async function run(rows: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-roster-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, '--no-sandbox', '--enable-precise-memory-info'],
  });
  try {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    const page = await context.newPage();
    page.setDefaultTimeout(300_000);
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
    await page.getByRole('heading', { name: 'Your data' }).waitFor();
    // Open the roster form and put the file in as one input event (a 3 MB fill() waits on visibility).
    await page.evaluate((csv) => {
      document.querySelector('details')!.open = true;
      const area = document.querySelector<HTMLTextAreaElement>('textarea[aria-label="Roster"]')!;
      area.value = csv;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, rosterCsv(rows));
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Import roster' }).click();
    await page.getByText(`Imported ${rows} people.`).waitFor();
    const imported = Date.now() - t0;
    console.error(`    imported ${rows} in ${imported} ms`);
    await page.waitForFunction((n) => (document.querySelector('table.people')?.getAttribute('data-count') ?? String(document.querySelectorAll('table.people tbody tr').length)) === String(n), rows);
    const rendered = Date.now() - t0;
    const search = page.getByRole('searchbox', { name: 'Search people' });
    const showsOnly = (term: string) =>
      page.waitForFunction((t) => {
        const shown = [...document.querySelectorAll('table.people tbody tr')];
        return shown.length > 0 && shown.every((tr) => tr.textContent?.includes(t));
      }, term);
    await search.fill('person1');
    await showsOnly('person1');
    const t1 = Date.now();
    await search.press('9');
    await showsOnly('person19');
    const keystroke = Date.now() - t1;
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    console.log(`  ${rows.toLocaleString('en-US')} rows: import ${(imported / 1000).toFixed(1)} s, table shown ${(rendered / 1000).toFixed(1)} s, search keystroke ${keystroke} ms, heap ${(usedSize / 1e6).toFixed(0)} MB`);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`roster import in the options page (${EXT}):`);
for (const rows of (process.env.ROSTER_ROWS ?? '10000,50000').split(',').map(Number)) await run(rows);
