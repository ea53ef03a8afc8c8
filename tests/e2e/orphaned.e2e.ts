/**
 * Issue 16: after the extension is reloaded (or updated) under an open tab, the old content script is
 * cut off from the extension. It must remove its UI and go quiet: no UI on new composers, no stale
 * "In focus" chip, no more stripping of unread counts from the title, and nothing of ours in the
 * page's console ("Extension context invalidated"). Its own browser: the reload ends the worker.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchForSuite } from './suite';
import { hostPages } from './host-pages';

const COMPOSE = '[role="dialog"] [g_editable="true"]';
const gmail = hostPages.find((p) => p.host === 'gmail')!;

/** Reads `read` until `ms` have passed and expects the same value each time (an absence has no event to wait for). */
async function staysFor<T>(page: Page, ms: number, read: () => Promise<T>, expected: T): Promise<void> {
  const end = Date.now() + ms;
  do {
    expect(await read()).toEqual(expected);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  } while (Date.now() < end);
}

describe('an orphaned content script goes quiet', () => {
  const h = launchForSuite();

  it('removes its UI, stops stripping titles, mounts nothing new and logs nothing into the page', async () => {
    const page = await h.openHostPage(gmail.url, gmail.html());
    const logged: string[] = [];
    page.on('console', (m) => logged.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => logged.push(`pageerror: ${e.message}`));
    const chip = page.locator(`${COMPOSE} + handoff-ui [data-handoff="focus-line"]`);
    await chip.waitFor({ state: 'attached' });

    const popup = await h.context.newPage();
    await popup.goto(h.extensionUrl('popup.html'));
    await popup.getByRole('button', { name: 'Until I stop' }).click();
    await popup.close();
    await page.bringToFront();
    await page.click(COMPOSE);
    await expect.poll(() => chip.isVisible()).toBe(true);
    await page.evaluate(() => (document.title = 'Inbox (3) - Gmail'));
    await expect.poll(() => page.title()).toBe('Inbox - Gmail');
    await page.keyboard.type('Please fix the report ASAP');
    await expect.poll(() => page.locator(`${COMPOSE} + handoff-ui`).getAttribute('data-hints-count')).toBe('2');

    await h.worker.evaluate(() => (chrome.runtime as unknown as { reload(): void }).reload()).catch(() => undefined);

    // The user comes back to the tab and types on: our UI (marks, count, chip) goes.
    await page.keyboard.type(' and the deck');
    await expect.poll(() => page.locator('handoff-ui').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
    // The page's new unread count stays in its title; a new composer gets no UI.
    await page.evaluate(() => (document.title = 'Inbox (4) - Gmail'));
    await page.evaluate(() => {
      const root = document.querySelector('div.M9')!;
      const copy = root.cloneNode(true) as HTMLElement;
      copy.classList.add('copied');
      root.after(copy);
    });
    await page.click('div.copied [g_editable="true"]');
    await page.keyboard.type('Please fix the report');
    await page.keyboard.press('Alt+Shift+J');
    await page.keyboard.press('Control+Enter');
    await staysFor(page, 1_500, async () => [await page.title(), await page.locator('handoff-ui').count()], ['Inbox (4) - Gmail', 0]);
    expect(logged.filter((line) => /handoff|Extension context invalidated/i.test(line))).toEqual([]);
    await page.close();
  });
});
