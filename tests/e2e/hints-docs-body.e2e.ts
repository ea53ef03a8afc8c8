/**
 * The Google Docs document body, behind its setting: the shared scenario through the page-world
 * bridge (Docs' text access, its text-event frame and its own undo history, as in the replica),
 * and the clear "document body not available" state when Docs does not share the text.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { attributes, texts } from './pierce';
import { pasteIntoDocsBody } from './card-steps';
import { launchForSuite } from './suite';
import { docsPage, hostPages } from './host-pages';

/**
 * "ASAP", not "by EOD": since the coach engine (issue 11) a resolved deadline is information and becomes a
 * finding only when a warning applies (e.g. EOD already passed), which depends on the wall clock; "ASAP"
 * is a vague-deadline finding at any time.
 */
const ORIGINAL = 'Please fix the report ASAP';
/** "Which report?" is asked in the card and answered; never a bracketed placeholder. */
const FIXED = 'Please fix the report (the Q3 board deck) ASAP';
const DOC_ID = '1hAnDoFfRePl1cA';
const docsUrl = hostPages.find((hostPage) => hostPage.host === 'docs')!.url;

/** The body as Docs itself holds it (its text starts with ETX). */
const docsText = (page: Page) =>
  page.evaluate(async () => {
    const api = (window as unknown as { _docs_annotate_getAnnotatedText?: () => Promise<{ getText(): string }> })._docs_annotate_getAnnotatedText;
    return api ? (await api()).getText().replace(/^\u0003/, '') : null;
  });

describe('hints in the Google Docs document body', () => {
  const h = launchForSuite();
  const setBody = async (on: boolean) => {
    const settings = await h.context.newPage();
    await settings.goto(h.extensionUrl('popup.html'));
    await settings.evaluate((on) => chrome.storage.local.set({ docsBodyHook: on }), on);
    await settings.evaluate((zone) => chrome.runtime.sendMessage({ type: 'channelZones/set', channelId: zone.id, zones: [zone.timeZone] }), { id: DOC_ID, timeZone: 'Europe/Berlin' });
    await settings.close();
    const registered = () => h.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length);
    await vi.waitFor(async () => expect(await registered()).toBe(on ? 1 : 0), { timeout: 10_000 });
  };

  describe('with the setting on', () => {
    let page: Page;
    const ui = () => page.locator('.kix-appview-editor + handoff-ui');
    const card = () => ui().locator('[data-part="card"]');
    beforeAll(async () => {
      await setBody(true);
      page = await h.openHostPage(`${docsUrl}?body`, docsPage());
      await ui().waitFor({ state: 'attached' });
    });
    afterAll(async () => {
      await page?.close();
    });

    it('marks, explains, fixes through Docs, and Docs’ own Ctrl+Z restores', async () => {
      await page.click('.kix-appview-editor');
      await page.keyboard.type(ORIGINAL);
      await expect.poll(() => docsText(page)).toBe(ORIGINAL);

      await expect.poll(() => ui().getAttribute('data-hints-count')).toBe('2');
      await expect.poll(() => ui().locator('[data-part="indicator"]').textContent()).toBe('2');
      // Nothing is added to Docs' own DOM, and nothing is painted through the page's highlight registry.
      expect(await page.evaluate(() => document.querySelector('.kix-appview-editor')!.querySelectorAll('handoff-ui, [data-handoff], [data-part]').length)).toBe(0);
      expect(await page.evaluate(() => [...CSS.highlights.keys()])).toEqual([]);

      // The box over "fix the report" sits where the canvas drew those words.
      const expected = await page.evaluate(() => {
        const rect = document.querySelector('.kix-appview-editor rect[aria-label]')!.getBoundingClientRect();
        const context = new OffscreenCanvas(1, 1).getContext('2d')!;
        context.font = '400 14.6667px Arial';
        const left = rect.left + context.measureText('Please ').width;
        return { left, width: context.measureText('fix the report').width, top: rect.top };
      });
      const box = await ui().locator('[data-part="canvas-mark-hint"]').first().boundingBox();
      expect(box!.x).toBeCloseTo(expected.left, 0);
      expect(box!.width).toBeCloseTo(expected.width, 0);
      expect(box!.y).toBeCloseTo(expected.top, 0);

      // Hovering the words opens the card; the vague deadline's fixes name the reader's local time (and city) and the sender's.
      await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
      await expect.poll(() => card().locator('[data-part="message"]').textContent()).toMatch(/which report/i);
      await card().locator('button[aria-label="Next hint"]').click();
      await expect.poll(() => card().locator('[data-part="message"]').textContent()).toMatch(/“ASAP” is not a time/);
      const fixes = card().locator('[data-part="fix"]');
      await expect.poll(() => fixes.count()).toBeGreaterThan(0);
      // Each button shows the words it inserts: the reader's time and city, and mine with its day and city.
      for (const words of await texts(fixes)) expect(words).toMatch(/^by \d{1,2}:\d{2} [AP]M \w{3}, \w{3} \d{1,2} (your time \(Berlin\)|Berlin time)( — \d{1,2}:\d{2} [AP]M \w{3}, \w{3} \d{1,2} my time \(.+\))?$/);
      // A document is not a message: no one-click rewrite of all of it.
      expect(await card().getByText(/rewrite/i).count()).toBe(0);
      await card().locator('button[aria-label="Close"]').click();
      await expect.poll(() => card().count()).toBe(0);

      // The keyboard path works from inside Docs' text-event frame.
      await page.click('.kix-appview-editor');
      await page.keyboard.press('Alt+Shift+J');
      await expect.poll(() => card().locator('[data-part="message"]').textContent()).toMatch(/which report/i);
      const revision = Number(await ui().getAttribute('data-hints-revision'));
      await card().locator('[data-part="ask-input"]').fill('the Q3 board deck');
      await card().locator('[data-part="ask-insert"]').click();
      await expect.poll(() => docsText(page)).toBe(FIXED);
      await expect.poll(async () => Number(await ui().getAttribute('data-hints-revision'))).toBeGreaterThan(revision);
      await expect.poll(() => ui().getAttribute('data-hints-count')).toBe('1');

      await page.click('.kix-appview-editor');
      await page.keyboard.press('ControlOrMeta+Z');
      await expect.poll(() => docsText(page)).toBe(ORIGINAL);
      await expect.poll(() => ui().getAttribute('data-hints-count')).toBe('2');
    });

    it('keeps the boxes on their words when the document scrolls, and draws none outside it', async () => {
      const hintBox = () => ui().locator('[data-part="canvas-mark-hint"]').first().boundingBox();
      const before = (await hintBox())!;
      await page.evaluate(() => {
        const el = document.querySelector<HTMLElement>('.kix-appview-editor')!;
        el.style.height = '60px';
        el.style.overflow = 'auto';
        el.scrollTop = 10;
      });
      await expect.poll(async () => (await hintBox())?.y).toBeCloseTo(before.y - 10, 0);
      // Scrolled further, the line leaves the document's viewport, and so do its boxes.
      await page.evaluate(() => (document.querySelector<HTMLElement>('.kix-appview-editor')!.scrollTop = 100));
      await expect.poll(() => ui().locator('[data-part^="canvas-mark-"]').count()).toBe(0);
      await page.evaluate(() => {
        const el = document.querySelector<HTMLElement>('.kix-appview-editor')!;
        el.scrollTop = 0;
        el.style.height = '';
        el.style.overflow = '';
      });
      await expect.poll(async () => (await hintBox())?.y).toBeCloseTo(before.y, 0);
    });

    it('follows the text as it changes: a mark whose words changed goes', async () => {
      await page.click('.kix-appview-editor');
      await page.keyboard.press('Backspace');
      await expect.poll(() => docsText(page)).toBe(ORIGINAL.slice(0, -1));
      // "ASA" is no vague-deadline word: the "ASAP" mark goes (what is left reads as a request with no
      // deadline, one hint), and the count follows.
      await expect.poll(() => ui().getAttribute('data-hints-count')).toBe('1');
      await page.keyboard.type('P');
      await expect.poll(() => ui().getAttribute('data-hints-count')).toBe('2');
    });

    it('a fix lands on the right words when text was typed before them after the card opened', async () => {
      await page.click('.kix-appview-editor');
      await page.keyboard.press('Alt+Shift+J');
      await expect.poll(() => card().getAttribute('data-key')).toMatch(/^vague-reference/);
      // Opened from the keyboard, the card takes the focus; the user clicks back into the document.
      await expect.poll(() => ui().locator(':focus').count()).toBe(1);
      // The caret goes to the start of the body (Docs offsets count its leading ETX) and the user types there.
      await page.evaluate(async () => {
        const api = await (window as unknown as { _docs_annotate_getAnnotatedText: () => Promise<{ setSelection(s: number, e: number): void }> })._docs_annotate_getAnnotatedText();
        api.setSelection(1, 1);
        const frame = document.querySelector<HTMLIFrameElement>('.docs-texteventtarget-iframe')!;
        frame.contentWindow!.focus();
        frame.contentDocument!.querySelector<HTMLElement>('[contenteditable]')!.focus();
      });
      await page.keyboard.type('Hi Ana! ');
      await card().locator('[data-part="ask-input"]').fill('the Q3 board deck');
      await card().locator('[data-part="ask-insert"]').click();
      await expect.poll(() => docsText(page)).toBe(`Hi Ana! ${FIXED}`);
      await page.click('.kix-appview-editor');
      await page.keyboard.press('ControlOrMeta+Z');
      await expect.poll(() => docsText(page)).toBe(`Hi Ana! ${ORIGINAL}`);
    });
  });

  it('a 200 KB paste with hostile text, emoji and right-to-left text is marked without errors', async () => {
    await setBody(true);
    const page = await h.openHostPage(`${docsUrl}?long`, docsPage());
    const errors: string[] = [];
    const dialogs: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
    const ui = page.locator('.kix-appview-editor + handoff-ui');
    await ui.waitFor({ state: 'attached' });
    await page.click('.kix-appview-editor');
    const hostile = '<img src=x onerror=alert(1)> שלום 👋🏽 please fix the report, thanks.';
    const line = 'שלום 👋🏽 please fix the report by EOD, thanks.';
    const text = [hostile, ...Array.from({ length: Math.ceil(200_000 / (line.length + 1)) }, () => line)].join('\n');
    await pasteIntoDocsBody(page, text);
    await expect.poll(async () => (await docsText(page))?.length).toBe(text.length);
    // Only the first 20,000 characters are checked (issue 16), and the note under the count says so.
    // Marks, not the problem count: whether "by EOD" has passed depends on the hour the test runs
    // (after 23:00 UTC it is tomorrow's in Berlin, not a problem), the marks do not.
    await expect.poll(async () => Number(await ui.getAttribute('data-hints-marks')), { timeout: 30_000, interval: 500 }).toBeGreaterThan(100);
    await expect.poll(() => ui.locator('[data-part="partial"]').textContent()).toMatch(/^Checked the first [\d,]+ of [\d,]+ characters/);
    // The first line's card opens over right-to-left text and emoji; the markup-looking text ran nowhere.
    await page.keyboard.press('Alt+Shift+J');
    const card = ui.locator('[data-part="card"]');
    // The flagged words are shown once, in the message (the card no longer repeats them as a quote).
    await expect.poll(() => card.locator('[data-part="message"]').textContent()).toContain('“fix the report”');
    expect(await card.locator('[data-part="quote"]').count()).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    expect(await ui.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says the document body is not available when Docs does not share its text, and comments still work', async () => {
    await setBody(true);
    const page = await h.openHostPage(`${docsUrl}?withheld`, docsPage([]));
    const ui = page.locator('.kix-appview-editor + handoff-ui');
    await ui.waitFor({ state: 'attached' });
    const status = ui.locator('[data-part="unavailable"]');
    // Not at once: Docs sets its text access up a moment after loading, and a false alarm would be noise.
    await page.waitForTimeout(2_000);
    expect(await status.count()).toBe(0);
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('Document body not available');
    await status.click();
    await expect.poll(() => ui.locator('[data-part="card"] [data-part="message"]').textContent()).toMatch(/did not share this document’s text/);
    // The comment box is unaffected.
    await page.click('.docos-input-textarea');
    await page.keyboard.type(ORIGINAL);
    await expect.poll(() => page.locator('.docos-input-textarea + handoff-ui').getAttribute('data-hints-count')).toBe('2');
    await page.close();
  });

  it('waits quietly for Docs to set up its text access after loading, then gives hints', async () => {
    await setBody(true);
    const page = await h.openHostPage(`${docsUrl}?late`, docsPage(undefined, 2_000));
    const ui = page.locator('.kix-appview-editor + handoff-ui');
    await ui.waitFor({ state: 'attached' });
    expect(await docsText(page)).toBeNull();
    await page.click('.kix-appview-editor');
    await page.keyboard.type(ORIGINAL);
    await expect.poll(() => ui.getAttribute('data-hints-count'), { timeout: 10_000 }).toBe('2');
    expect(await ui.locator('[data-part="unavailable"]').count()).toBe(0);
    await page.close();
  });

  it('leaves the body alone while the setting is off: no hook, no UI', async () => {
    await setBody(false);
    const page = await h.openHostPage(`${docsUrl}?off`, docsPage());
    await page.locator('.docos-input-textarea + handoff-ui').waitFor({ state: 'attached' });
    expect(await page.locator('.kix-appview-editor + handoff-ui').count()).toBe(0);
    expect(await docsText(page)).toBeNull();
    await page.close();
  });
});
