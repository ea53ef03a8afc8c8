/**
 * Cost of finding composers on a large host page, in Debian's Chromium: the Gmail replica inside an
 * inbox of many rows (Gmail's DOM runs to tens of thousands of nodes). runHost runs discovery at
 * most once per 100 ms while the page mutates, so the busiest a tab gets is 10 discoveries a second.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..', '..');

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, 'hosts', 'entry.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'HandoffHosts',
    write: false,
    target: 'chrome120',
    alias: { '@': ROOT },
  });
  return result.outputFiles[0]!.text;
}

export default async function run(): Promise<void> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ content: await bundle() });
    // tsx compiles with keepNames: the evaluated function below calls its __name helper.
    await page.addScriptTag({ content: 'var __name = (fn) => fn;' });
    console.log('\n== Host discovery in Chromium (median ms) ==');
    console.log(`  ${'page nodes'.padEnd(11)} ${'gmail find'.padStart(11)} ${'slack find'.padStart(11)} ${'docs find'.padStart(10)}`);
    for (const rows of [500, 3000]) {
      const figures = await page.evaluate(async (rows) => {
        type Hosts = typeof import('./hosts/entry');
        const H = (window as unknown as { HandoffHosts: Hosts }).HandoffHosts;
        const row = (i: number) =>
          `<tr class="zA"><td><div role="checkbox"></div></td><td><span class="bA4"><span email="p${i}@example.com" name="Person ${i}">Person ${i}</span></span></td><td><div class="xS"><div class="xT"><span class="bog">Subject ${i}</span><span class="y2"> - preview text for row ${i}</span></div></div></td><td><span title="Nov 23">Nov 23</span></td></tr>`;
        const inbox = `<div role="main"><table><tbody>${Array.from({ length: rows }, (_, i) => row(i)).join('')}</tbody></table></div>`;
        const parsed = new DOMParser().parseFromString(inbox + H.gmailReplica.body, 'text/html');
        document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.adoptNode(node)));
        // Timers are coarse in a headless page (0.1 ms): time batches of 20 calls.
        const median = (fn: () => unknown, batches = 25) => {
          const times: number[] = [];
          for (let b = 0; b < batches + 2; b++) {
            const t0 = performance.now();
            for (let i = 0; i < 20; i++) fn();
            if (b >= 2) times.push((performance.now() - t0) / 20);
          }
          return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
        };
        return {
          nodes: document.getElementsByTagName('*').length,
          gmail: median(() => H.gmailAdapter.findComposers(document)),
          slack: median(() => H.slackAdapter.findComposers(document)),
          docs: median(() => H.docsAdapter.findComposers(document)),
        };
      }, rows);
      console.log(
        `  ${String(figures.nodes).padEnd(11)} ${figures.gmail.toFixed(3).padStart(11)} ${figures.slack.toFixed(3).padStart(11)} ${figures.docs.toFixed(3).padStart(10)}`,
      );
    }
  } finally {
    await browser.close();
  }
}
