/**
 * A card opened from the count badge (the indicator) closes like any other card: with Esc, and with
 * a click outside it. The keyboard goes back to the editor and the text is unchanged. Run on the
 * Google Docs body (where a new user found the card would not close), the Gmail compose and the
 * Slack channel composer.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { pasteIntoDocsBody } from './card-steps';
import { launchForSuite } from './suite';
import { docsPage, hostPages } from './host-pages';

const ORIGINAL = 'Please fix the report ASAP';
const SHOTS = '/tmp/shots-ui';

interface Scenario {
  name: string;
  url: string;
  html: () => string;
  editor: string;
  /** The text as the host holds it. */
  text(page: Page): Promise<string | null>;
  /** Where the keyboard is when it is in the editor. */
  focusInEditor(page: Page): Promise<boolean>;
  type(page: Page): Promise<void>;
}

const docsUrl = hostPages.find((p) => p.host === 'docs')!.url;
const gmail = hostPages.find((p) => p.host === 'gmail')!;
const slack = hostPages.find((p) => p.name.startsWith('Slack channel'))!;

const scenarios: Scenario[] = [
  {
    name: 'Google Docs body',
    url: `${docsUrl}?badge`,
    html: () => docsPage(),
    editor: '.kix-appview-editor',
    text: (page) =>
      page.evaluate(async () => {
        const api = (window as unknown as { _docs_annotate_getAnnotatedText?: () => Promise<{ getText(): string }> })._docs_annotate_getAnnotatedText;
        return api ? (await api()).getText().replace(/^\u0003/, '') : null;
      }),
    // Docs takes the keyboard in its text-event frame.
    focusInEditor: (page) => page.evaluate(() => document.activeElement === document.querySelector('.docs-texteventtarget-iframe') && document.hasFocus()),
    type: async (page) => {
      await page.click('.kix-appview-editor');
      await pasteIntoDocsBody(page, ORIGINAL);
    },
  },
  {
    name: 'Gmail compose',
    url: gmail.url,
    html: gmail.html,
    editor: '[role="dialog"] [g_editable="true"]',
    text: (page) => page.evaluate(() => document.querySelector<HTMLElement>('[role="dialog"] [g_editable="true"]')!.innerText.replace(/\n$/, '')),
    focusInEditor: (page) => page.evaluate(() => document.activeElement === document.querySelector('[role="dialog"] [g_editable="true"]')),
    type: async (page) => {
      await page.click('[role="dialog"] [g_editable="true"]');
      await page.keyboard.type(ORIGINAL);
    },
  },
  {
    name: 'Slack channel composer',
    url: slack.url,
    html: slack.html,
    editor: '[data-qa="message_pane"] .ql-editor',
    text: (page) =>
      page.evaluate(() => {
        const Q = (window as unknown as { Quill: { find(node: Element): { getText(): string } } }).Quill;
        return Q.find(document.querySelector('[data-qa="message_pane"] .ql-editor')!.parentElement!).getText().replace(/\n$/, '');
      }),
    focusInEditor: (page) => page.evaluate(() => document.activeElement === document.querySelector('[data-qa="message_pane"] .ql-editor')),
    type: async (page) => {
      await page.click('[data-qa="message_pane"] .ql-editor');
      await page.keyboard.type(ORIGINAL);
    },
  },
];

describe('a card opened from the count badge closes with Esc and with a click outside', () => {
  const h = launchForSuite();
  beforeAll(async () => {
    const settings = await h.context.newPage();
    await settings.goto(h.extensionUrl('popup.html'));
    await settings.evaluate(() => chrome.storage.local.set({ docsBodyHook: true }));
    await settings.close();
    await vi.waitFor(async () => expect(await h.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length)).toBe(1), { timeout: 10_000 });
  });

  describe.each(scenarios)('$name', (s) => {
    let page: Page;
    const ui = () => page.locator(`${s.editor} + handoff-ui`);
    const card = () => ui().locator('[data-part="card"]');
    const badge = () => ui().locator('[data-part="indicator"]');
    beforeAll(async () => {
      page = await h.openHostPage(s.url, s.html());
      await page.setViewportSize({ width: 1280, height: 800 });
      await ui().waitFor({ state: 'attached' });
      await s.type(page);
      // expect.poll is for tests; a hook waits with vi.waitFor.
      await vi.waitFor(async () => expect(await s.text(page)).toBe(ORIGINAL), { timeout: 10_000 });
      await vi.waitFor(async () => expect(await badge().textContent()).toBe('2'), { timeout: 10_000 });
    });
    afterAll(async () => {
      await page?.close();
    });

    it('Esc closes it, the keyboard goes back to the editor, and the text is unchanged', async () => {
      await badge().click();
      await expect.poll(() => card().count()).toBe(1);
      await page.screenshot({ path: `${SHOTS}/badge-${s.name.replace(/\W+/g, '-')}-open.png` });
      await page.keyboard.press('Escape');
      await expect.poll(() => card().count()).toBe(0);
      await expect.poll(() => s.focusInEditor(page)).toBe(true);
      expect(await s.text(page)).toBe(ORIGINAL);
      // The keyboard really is in the editor: what is typed next goes into the text.
      await page.keyboard.type('!');
      await expect.poll(() => s.text(page)).toBe(`${ORIGINAL}!`);
      await page.keyboard.press('Backspace');
      await expect.poll(() => s.text(page)).toBe(ORIGINAL);
    });

    it('Esc closes it also after the card was clicked (the keyboard is in the card)', async () => {
      await badge().click();
      await expect.poll(() => card().count()).toBe(1);
      await card().locator('[data-part="message"]').click();
      await page.keyboard.press('Escape');
      await expect.poll(() => card().count()).toBe(0);
      await expect.poll(() => s.focusInEditor(page)).toBe(true);
      expect(await s.text(page)).toBe(ORIGINAL);
    });

    it('Esc closes it when the keyboard was on the page (a blank spot clicked before the count)', async () => {
      await page.mouse.click(1270, 790);
      await badge().click();
      await expect.poll(() => card().count()).toBe(1);
      await page.keyboard.press('Escape');
      await expect.poll(() => card().count()).toBe(0);
      await expect.poll(() => s.focusInEditor(page)).toBe(true);
      expect(await s.text(page)).toBe(ORIGINAL);
    });

    it('a click outside the card closes it, and the text is unchanged', async () => {
      await badge().click();
      await expect.poll(() => card().count()).toBe(1);
      // A spot of the page that is neither the card, the badge nor the editor.
      const box = (await card().boundingBox())!;
      const x = 1270;
      const y = 790;
      expect(x < box.x || x > box.x + box.width || y < box.y || y > box.y + box.height).toBe(true);
      await page.mouse.click(x, y);
      await expect.poll(() => card().count()).toBe(0);
      expect(await s.text(page)).toBe(ORIGINAL);
      await page.screenshot({ path: `${SHOTS}/badge-${s.name.replace(/\W+/g, '-')}-closed.png` });
      // A click into the editor closes it too (at its top right: the card may cover its middle).
      await badge().click();
      await expect.poll(() => card().count()).toBe(1);
      const editor = (await page.locator(s.editor).boundingBox())!;
      await page.click(s.editor, { position: { x: editor.width - 8, y: 4 } });
      await expect.poll(() => card().count()).toBe(0);
      expect(await s.text(page)).toBe(ORIGINAL);
    });

    it('a click inside the card keeps it open', async () => {
      await badge().click();
      await expect.poll(() => card().count()).toBe(1);
      await card().locator('[data-part="message"]').click();
      await card().locator('button[aria-label="Next hint"]').click();
      await expect.poll(() => card().locator('[data-part="message"]').textContent()).toMatch(/ASAP/);
      expect(await card().count()).toBe(1);
      await page.keyboard.press('Escape');
      await expect.poll(() => card().count()).toBe(0);
    });
  });
});
