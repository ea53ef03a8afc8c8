/**
 * The hints under stress, with the built extension on the host replicas: re-rendered and closed
 * composers, two at once, a 200 KB paste, emoji and right-to-left text, hostile text, typing before
 * a fix lands, a sent message, and the extension reloaded under an open tab. No error of ours may
 * ever reach the page.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { launchForSuite } from './suite';
import { hostPages } from './host-pages';

const COMPOSE = '[role="dialog"] [g_editable="true"]';
const REPLY = 'div.M9 [g_editable="true"]';
const SLACK = '[data-qa="message_pane"] .ql-editor';

describe('hints robustness on the host replicas', () => {
  const h = launchForSuite();
  let page: Page;
  let pageErrors: string[];
  let dialogs: string[];

  async function open(prefix: string): Promise<Page> {
    const hostPage = hostPages.find((p) => p.name.startsWith(prefix))!;
    const p = await h.openHostPage(hostPage.url, hostPage.html());
    p.on('pageerror', (e) => pageErrors.push(e.message));
    p.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    return p;
  }
  beforeEach(() => {
    pageErrors = [];
    dialogs = [];
  });

  const ui = (editor: string) => page.locator(`${editor} + handoff-ui`);
  const count = (editor: string) => ui(editor).getAttribute('data-hints-count');
  const highlighted = () =>
    page.evaluate(() => [...((CSS.highlights.get('handoff-hint') as unknown as Set<Range>) ?? [])].map(String));
  /** Cycles with the shortcut until the card of the wanted rule is open. */
  async function openCard(editor: string, rule: RegExp) {
    const card = ui(editor).locator('[data-part="card"]');
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Alt+Shift+J');
      await card.waitFor();
      if (rule.test((await card.getAttribute('data-key')) ?? '')) return card;
    }
    throw new Error(`no card for ${rule}`);
  }

  it('two composers at once keep their own marks; closing one takes its marks and card away', async () => {
    page = await open('Gmail');
    await page.click(COMPOSE);
    await page.keyboard.type('Please fix the report');
    await page.click(REPLY);
    await page.keyboard.type('Can you look at this?');
    await expect.poll(highlighted).toEqual(expect.arrayContaining(['fix the report', 'look at this']));
    await page.evaluate(() => document.querySelector('[role="dialog"]')!.remove());
    await expect.poll(highlighted).not.toContain('fix the report');
    expect(await highlighted()).toContain('look at this');
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('follows the composer when the host re-renders it', async () => {
    page = await open('Gmail');
    await page.click(COMPOSE);
    await page.keyboard.type('Please fix the report');
    await expect.poll(highlighted).toContain('fix the report');
    const before = await count(COMPOSE);
    await page.evaluate((sel) => {
      const editor = document.querySelector(sel)!;
      const copy = editor.cloneNode(true) as HTMLElement;
      editor.nextElementSibling?.remove(); // the host drops everything it re-renders, our element too
      editor.replaceWith(copy);
    }, COMPOSE);
    await expect.poll(() => count(COMPOSE)).toBe(before);
    await expect.poll(highlighted).toContain('fix the report');
    await expect.poll(() => page.locator('handoff-ui[data-surface="compose"]').count()).toBe(1);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('hostile text stays text; emoji and right-to-left text keep exact marks', async () => {
    page = await open('Gmail');
    await page.click(COMPOSE);
    await page.keyboard.type('<img src=x onerror=alert(1)> שלום 👋🏽 please fix the report');
    await expect.poll(highlighted).toContain('fix the report');
    const card = await openCard(COMPOSE, /^missing-deadline/);
    expect(await card.locator('[data-part="quote"]').textContent()).toBe('<img src=x onerror=alert(1)> שלום 👋🏽 please fix the report');
    await page.keyboard.press('Escape');
    await openCard(COMPOSE, /^vague-reference/);
    // The flagged words are shown once: in the message, not again as a quote.
    expect(await card.locator('[data-part="message"]').textContent()).toContain('“fix the report”');
    expect(await card.locator('[data-part="quote"]').count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(await page.evaluate((sel) => document.querySelector(sel)!.querySelectorAll('img').length, COMPOSE)).toBe(0);
    expect(await ui(COMPOSE).locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('a fix lands on the right words when the user typed after the card opened', async () => {
    page = await open('Gmail');
    await page.click(COMPOSE);
    await page.keyboard.type('Please fix the report');
    await expect.poll(highlighted).toContain('fix the report');
    const card = await openCard(COMPOSE, /^vague-reference/);
    // "Which report?" is asked in the card: the answer is what gets inserted.
    const answer = card.locator('[data-part="ask-input"]');
    await answer.waitFor();
    // Typing lands in the editor (the card does not keep the caret), then the click applies at once.
    await page.evaluate((sel) => {
      const editor = document.querySelector<HTMLElement>(sel)!;
      editor.focus();
      const range = document.createRange();
      range.setStart(editor.firstChild!, 0);
      range.collapse(true);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      document.execCommand('insertText', false, 'Hi Ana! ');
    }, COMPOSE);
    await answer.fill('the Q3 board deck');
    await card.locator('[data-part="ask-insert"]').click();
    await expect.poll(() => page.evaluate((sel) => document.querySelector<HTMLElement>(sel)!.innerText.trim(), COMPOSE)).toBe(
      'Hi Ana! Please fix the report (the Q3 board deck)',
    );
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('a 200 KB paste is marked without errors', async () => {
    page = await open('Gmail');
    await page.click(COMPOSE);
    const line = 'שלום 👋🏽 please fix the report by EOD, thanks.';
    const lines = Array.from({ length: Math.ceil(200_000 / (line.length + 1)) }, () => line);
    // A paste of rich text is one editing command (insertHTML); insertText would split 4,000 lines one by one.
    await page.evaluate((lines) => document.execCommand('insertHTML', false, lines.map((l) => `<div>${l}</div>`).join('')), lines);
    expect(await page.evaluate((sel) => document.querySelector<HTMLElement>(sel)!.innerText.length, COMPOSE)).toBeGreaterThan(200_000);
    // Only the first 20,000 characters are checked (issue 16), and the note under the count says so.
    await expect.poll(async () => Number(await ui(COMPOSE).getAttribute('data-hints-marks')), { timeout: 30_000, interval: 500 }).toBeGreaterThan(100);
    await expect.poll(() => ui(COMPOSE).locator('[data-part="partial"]').textContent()).toMatch(/^Checked the first [\d,]+ of [\d,]+ characters/);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('marks go when a Slack message is sent (the composer is emptied)', async () => {
    page = await open('Slack channel');
    await page.click(SLACK);
    await page.keyboard.type('Please fix the report');
    await expect.poll(highlighted).toContain('fix the report');
    await page.evaluate((sel) => {
      const Q = (window as unknown as { Quill: { find(n: Element): { setText(t: string): void } } }).Quill;
      Q.find(document.querySelector(sel)!.parentElement!).setText('');
    }, SLACK);
    await expect.poll(() => count(SLACK)).toBe('0');
    await expect.poll(highlighted).toEqual([]);
    await expect.poll(() => ui(SLACK).locator('[data-part="indicator"]').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('goes quiet when the extension is reloaded under an open tab', async () => {
    page = await open('Gmail');
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await page.click(COMPOSE);
    await page.keyboard.type('Please fix the report');
    await expect.poll(highlighted).toContain('fix the report');
    await h.worker.evaluate(() => (chrome.runtime as unknown as { reload(): void }).reload()).catch(() => undefined);
    // The old content script is cut off; typing on must not throw anything into the page.
    await page.keyboard.type(' and the deck');
    await page.keyboard.press('Alt+Shift+J');
    await page.keyboard.type('!');
    await expect.poll(() => page.evaluate((sel) => document.querySelector<HTMLElement>(sel)!.innerText.trim(), COMPOSE)).toBe(
      'Please fix the report and the deck!',
    );
    await expect.poll(highlighted).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
