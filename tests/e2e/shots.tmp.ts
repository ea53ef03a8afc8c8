// Temporary screenshot driver (not committed): npx tsx tests/e2e/shots.tmp.ts <outdir>
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
(globalThis as any).__dirname = resolve(import.meta.dirname);
const { launch } = await import('./harness');
const { replicaDocument } = await import('@/lib/hosts/replicas/page');
const { slackReplica, hydrateSlackReplica } = await import('@/lib/hosts/replicas/slack');
const { gmailReplica } = await import('@/lib/hosts/replicas/gmail');
async function main() {
const out = process.argv[2]!;
const quillSrc = () => readFileSync(resolve(import.meta.dirname, '../../node_modules/quill/dist/quill.js'), 'utf8');
const BOTTOM = `html,body{height:100%;margin:0} .handoff-slack{height:100vh;box-sizing:border-box;padding:8px} .handoff-slack .p-view_contents{display:flex;flex-direction:column} .handoff-slack [role=list]{flex:1}`;
const DARK = `body{background:#1a1d21} body .handoff-slack{color:#d1d2d3} .handoff-slack .p-view_contents,.handoff-slack [data-qa=threads_flexpane]{border-color:#565856}`;
const GDARK = `body{background:#202124;color:#e8eaed} .handoff-gmail [role=dialog], .handoff-gmail .M9 { background: #202124 !important; color: #e8eaed; } .handoff-gmail{color:#e8eaed}`;
const slack = (css: string) => replicaDocument(slackReplica('channel'), ['const __name=(f)=>f;', quillSrc(), `(${hydrateSlackReplica.toString()})(document, Quill);`], css);
const h = await launch();
async function shot(name: string, html: string, size: { width: number; height: number }, scheme: 'light' | 'dark', url: string, editorSel: string, tall = false) {
  const page = await h.context.newPage();
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme: scheme });
  const served = new URL(url); served.hash = ''; await h.context.route((u) => u.href === served.href, (r) => r.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(url);
  await page.locator('handoff-ui').first().waitFor({ state: 'attached' });
  const ed = page.locator(editorSel).first();
  await ed.click();
  await page.keyboard.type('Hi all, can you check the report and send it back by EOD? Thanks');
  await page.waitForFunction(() => [...document.querySelectorAll('handoff-ui')].some((u) => Number((u as HTMLElement).dataset.hintsCount) > 0), null, { timeout: 15000 });
  await page.keyboard.press('Alt+Shift+J');
  await page.keyboard.press('Alt+Shift+J');
  await page.waitForTimeout(400);
  if (tall) {
    await page.locator('[data-part=card]').getByRole('button', { name: /Rewrite the whole/ }).click();
    await page.locator('[data-part=card] [data-part=zone-picker] input').fill('a');
    await page.waitForTimeout(300);
  }
  await page.screenshot({ path: `${out}/${name}.png` });
  await page.close();
}
await shot('slack-short-window-light', slack(BOTTOM), { width: 1000, height: 420 }, 'light', 'https://app.slack.com/client/T01HANDOFF/C04LAUNCH', '[data-qa="message_pane"] .ql-editor', true);
await shot('slack-dark-host-theme', slack(BOTTOM + DARK), { width: 1000, height: 700 }, 'light', 'https://app.slack.com/client/T01HANDOFF/C04LAUNCH?dark', '[data-qa="message_pane"] .ql-editor');
await shot('gmail-light', replicaDocument(gmailReplica), { width: 1200, height: 800 }, 'light', gmailReplica.url, '[role=dialog] [contenteditable=true]');
await shot('gmail-dark-host-theme', replicaDocument(gmailReplica, [], GDARK), { width: 1200, height: 800 }, 'light', gmailReplica.url + '?dark', '[role=dialog] [contenteditable=true]');
// playground
for (const scheme of ['light', 'dark'] as const) {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 1100, height: 1000 });
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(h.extensionUrl('playground.html'));
  await page.locator('[data-part=first-run]').waitFor();
  await page.screenshot({ path: `${out}/playground-${scheme}.png` });
  await page.locator('section[data-replica=docs] [data-part=example]').first().click();
  await page.waitForFunction(() => Number(document.querySelector('section[data-replica=docs] handoff-ui')?.getAttribute('data-hints-count')) > 0, null, { timeout: 15000 });
  await page.keyboard.press('Alt+Shift+J');
  await page.waitForTimeout(400);
  await page.locator('section[data-replica=docs]').screenshot({ path: `${out}/playground-docs-${scheme}.png` });
  await page.close();
  const opts = await h.context.newPage();
  await opts.setViewportSize({ width: 1000, height: 1400 });
  await opts.emulateMedia({ colorScheme: scheme });
  await opts.goto(h.extensionUrl('options.html'));
  await opts.locator('[data-part=legend]').waitFor();
  await opts.locator('#rules-title').scrollIntoViewIfNeeded();
  await opts.locator('section:has(#rules-title)').screenshot({ path: `${out}/options-rules-${scheme}.png` });
  await opts.close();
}
await h.close().catch((e) => console.error(String(e)));

}
main().catch((e) => { console.error(e); process.exit(1); });
