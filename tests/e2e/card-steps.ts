/** Steps on the hint card shared by the e2e files (no assertions: each test states its own). */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Presses the shortcut, card after card, until `part` is in the open card (at most `tries` cards).
 * Waits for the composer's first marks first: the shortcut opens a card only once the text is
 * analysed, and the engine answers from the background.
 */
export async function cycleCardsUntil(page: Page, ui: Locator, part: Locator, tries = 6): Promise<void> {
  await expect.poll(async () => Number(await ui.getAttribute('data-hints-marks'))).toBeGreaterThan(0);
  const card = ui.locator('[data-part="card"]');
  for (let i = 0; i < tries && (await part.count()) === 0; i++) {
    await page.keyboard.press('Alt+Shift+J');
    await card.waitFor();
  }
}

/** Pastes `text` into the Docs replica's body the way Docs receives a paste: on its text-event frame. */
export async function pasteIntoDocsBody(page: Page, text: string): Promise<void> {
  await page.evaluate((text) => {
    const frame = document.querySelector<HTMLIFrameElement>('.docs-texteventtarget-iframe')!;
    const data = new DataTransfer();
    data.setData('text/plain', text);
    frame.contentDocument!.querySelector('[contenteditable]')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}
