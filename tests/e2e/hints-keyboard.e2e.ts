/**
 * The card from the keyboard and under an input method, with the built extension on the Slack
 * replica (a real Quill 2): the shortcut puts focus on the primary fix so Enter applies it, Tab goes
 * round the card, Esc gives the keyboard back to the composer, Slack's own Enter is left alone when
 * no card is open, and nothing is analysed, marked or opened while an IME composition is open
 * (driven through CDP's Input.imeSetComposition, as an IME drives Chromium).
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchForSuite } from './suite';
import { hostPages } from './host-pages';

const slack = hostPages.find((p) => p.host === 'slack')!;
const EDITOR = '[data-qa="message_pane"] .ql-editor';
const ORIGINAL = 'Please fix the report ASAP';

describe('the card from the keyboard, and input methods', () => {
  const h = launchForSuite();
  const pages: Page[] = [];
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close();
  });

  async function open(): Promise<Page> {
    const page = await h.openHostPage(slack.url, slack.html());
    pages.push(page);
    await page.locator('[data-qa="message_pane"] handoff-ui').waitFor({ state: 'attached' });
    return page;
  }
  const ui = (page: Page) => page.locator('[data-qa="message_pane"] handoff-ui');
  const count = (page: Page) => ui(page).getAttribute('data-hints-count');
  const text = (page: Page) => page.locator(EDITOR).innerText();
  /** What has focus inside our shadow root: its data-part, or its label. */
  const focused = async (page: Page) => {
    // Our root is closed: find the focused element with a (piercing) locator, then read it.
    const active = ui(page).locator(':focus');
    if ((await active.count()) === 0) return null;
    return active.first().evaluate((el: HTMLElement) => el.dataset.part ?? el.getAttribute('aria-label') ?? el.textContent);
  };
  const editorHasFocus = (page: Page) => page.evaluate((s) => document.activeElement === document.querySelector(s), EDITOR);

  async function typeWithHints(page: Page, words: string): Promise<void> {
    await page.click(EDITOR);
    await page.keyboard.type(words);
    await expect.poll(() => count(page)).toBe('2');
    // Quill merges edits less than 1 s apart into one undo step; a user reading a card pauses longer.
    await page.evaluate((s) => (window as unknown as { Quill: { find(n: Element | null): { history: { cutoff(): void } } } }).Quill.find(document.querySelector(s)!.parentElement).history.cutoff(), EDITOR);
  }

  it('the shortcut focuses the primary fix, Enter applies it, and the host’s Ctrl+Z takes it back', async () => {
    const page = await open();
    await typeWithHints(page, ORIGINAL);
    // The first card, "Which report?", asks: its field has focus, Enter inserts the answer.
    await page.keyboard.press('Alt+Shift+J');
    await expect.poll(() => focused(page)).toBe('ask-input');
    await page.keyboard.type('the Q3 board deck');
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page)).toContain('the Q3 board deck');
    expect(await text(page)).toMatch(/^Please fix the report/);
    await page.click(EDITOR);
    await page.keyboard.press('Control+z');
    await expect.poll(() => text(page)).toBe(ORIGINAL);
    // The next card ("ASAP") offers times: its first button has focus, Enter applies it.
    const card = ui(page).locator('[data-part="card"]');
    // After the undo the marks are read again; the shortcut opens a card once they are back.
    await expect.poll(() => count(page)).toBe('2');
    for (let i = 0; i < 4 && !/^vague-deadline:/.test((await card.count()) > 0 ? ((await card.getAttribute('data-key')) ?? '') : ''); i++) {
      await page.keyboard.press('Alt+Shift+J');
      await card.waitFor();
    }
    await expect.poll(() => focused(page)).toBe('fix');
    const insert = await ui(page).locator('[data-part="fix"]').first().getAttribute('data-insert');
    expect(insert).toBeTruthy();
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page)).toContain(insert!);
    await page.click(EDITOR);
    await page.keyboard.press('Control+z');
    await expect.poll(() => text(page)).toBe(ORIGINAL);
  });

  it('Tab and Shift+Tab go round the card; Esc closes it and gives the keyboard back to the composer', async () => {
    const page = await open();
    await typeWithHints(page, ORIGINAL);
    await page.keyboard.press('Alt+Shift+J');
    // The card takes the keyboard once it is drawn: waited for, not read once (a loaded CI machine drew it later).
    await expect.poll(() => focused(page)).toBe('ask-input');
    const first = await focused(page);
    const controls = await ui(page).locator('[data-part="card"]').locator('button:not([disabled]), input, select, textarea, a[href]').count();
    expect(controls).toBeGreaterThan(2);
    const seen: (string | null)[] = [];
    for (let i = 0; i < controls; i++) {
      await page.keyboard.press('Tab');
      seen.push(await focused(page));
    }
    // A full round comes back to the primary fix, never leaving the card for the page.
    expect(seen.at(-1)).toBe(first);
    expect(seen.every((part) => part !== null)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe(seen.at(-2));
    await page.keyboard.press('Escape');
    await expect.poll(() => ui(page).locator('[data-part="card"]').count()).toBe(0);
    expect(await editorHasFocus(page)).toBe(true);
    expect(await text(page)).toBe(ORIGINAL);
  });

  it('a card opened by hovering leaves the keyboard in the composer, and Slack still gets its Enter', async () => {
    const page = await open();
    await typeWithHints(page, ORIGINAL);
    // Slack sends on Enter from its own keydown handler: record what reaches the page.
    await page.evaluate((s) => {
      const seen: boolean[] = ((window as unknown as { enters: boolean[] }).enters = []);
      document.querySelector(s)!.addEventListener('keydown', (e) => (e as KeyboardEvent).key === 'Enter' && seen.push(true));
    }, EDITOR);
    const box = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('handoff-hint') as unknown as Set<Range>)][0]!;
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    await ui(page).locator('[data-part="card"]').waitFor();
    expect(await editorHasFocus(page)).toBe(true);
    expect(await focused(page)).toBe(null);
    // The pointer can travel from the words into their card and stay there (found by a new user:
    // the editor's mouseleave, after the card's pointerenter, used to close it under the pointer).
    const inCard = (await ui(page).locator('[data-part="card"] button').last().boundingBox())!;
    await page.mouse.move(inCard.x + inCard.width / 2, inCard.y + inCard.height / 2, { steps: 8 });
    // Still open well past the 300 ms a hover card waits once the pointer has left (a negative
    // property: the poll ends when 600 ms have passed with the card open, or fails at once if it closed).
    const entered = Date.now();
    await expect
      .poll(async () => ((await ui(page).locator('[data-part="card"]').count()) === 0 ? 'closed' : Date.now() - entered > 600 ? 'open' : 'waiting'), { timeout: 5_000 })
      .toBe('open');
    await page.mouse.move(1, 1);
    await expect.poll(() => ui(page).locator('[data-part="card"]').count()).toBe(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (window as unknown as { enters: boolean[] }).enters.length)).toBe(1);
  });

  it('nothing is analysed, marked or opened while an IME composes; the text is read when it ends', async () => {
    const page = await open();
    await typeWithHints(page, 'Please fix the report ASAP. ');
    const cdp: CDPSession = await page.context().newCDPSession(page);
    // A composition in progress (kana of ひらがな, then its Latin reading still uncommitted).
    await cdp.send('Input.imeSetComposition', { text: 'ひらがな', selectionStart: 4, selectionEnd: 4 });
    await cdp.send('Input.imeSetComposition', { text: 'fix the report asap', selectionStart: 19, selectionEnd: 19 });
    await expect.poll(() => text(page)).toContain('fix the report asap');
    // The shortcut belongs to the IME while it composes: no card, no focus taken, composition kept.
    await page.keyboard.press('Alt+Shift+J');
    // The thread composer is the control, filled by the page without taking focus (which would end
    // the composition): its words are analysed after the same pause the composing one would wait.
    await page.evaluate((words) => {
      const container = document.querySelector('[data-qa="threads_flexpane"] [data-qa="message_input"]');
      (window as unknown as { Quill: { find(n: Element | null): { setText(t: string): void } } }).Quill.find(container).setText(words);
    }, ORIGINAL);
    await expect.poll(() => page.locator('[data-qa="threads_flexpane"] handoff-ui').getAttribute('data-hints-count')).toBe('2');
    expect(await ui(page).locator('[data-part="card"]').count()).toBe(0);
    expect(await count(page)).toBe('2');
    expect(await editorHasFocus(page)).toBe(true);
    // Committing ends the composition: now the new words are read and marked.
    await cdp.send('Input.insertText', { text: 'fix the report asap' });
    await expect.poll(async () => Number(await count(page))).toBeGreaterThan(2);
    expect(await text(page)).toBe('Please fix the report ASAP. fix the report asap');
  });
});
