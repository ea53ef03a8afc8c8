/**
 * The hints on a plain page in Chromium, with the real session, editing layer and views, and a
 * scripted analysis: marks and count appear, the card explains, fixes apply and Ctrl+Z restores,
 * stale marks vanish at once, zones are asked once, and hostile text stays text.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { launchForSuite } from './suite';
import { checkedEnd } from '@/lib/features/hints/chunks';
import { editingBundle, editorsPage, hintsBundle } from './hints-pages';

declare const HandoffTest: typeof import('./fixtures/hints-entry');
declare const HandoffEditing: typeof import('@/lib/editing');
declare const quill: { getText(): string; history: { cutoff(): void } };

const ORIGINAL = 'Please fix the report by EOD';

describe('hints on a page, in Chromium', () => {
  const h = launchForSuite();
  let page: Page;
  const dialogs: string[] = [];
  beforeEach(async () => {
    page = await h.openHostPage(`https://hints.handoff.test/${Math.random().toString(36).slice(2)}`, editorsPage());
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.addScriptTag({ content: await editingBundle() });
    await page.addScriptTag({ content: await hintsBundle() });
  });

  const ui = (selector: string) => page.locator(`handoff-ui[data-for="${selector}"]`);
  const count = (selector: string) => ui(selector).getAttribute('data-hints-count');
  const textOf = (selector: string) => page.evaluate((s) => HandoffEditing.readText(document.querySelector<HTMLElement>(s)!).text, selector);
  const highlighted = (name: string) =>
    page.evaluate((n) => [...((CSS.highlights.get(n) as Set<AbstractRange> | undefined) ?? [])].map((r) => (r as Range).toString()), name);
  async function typeInto(selector: string, text: string) {
    await page.click(selector);
    await page.keyboard.type(text);
    await expect.poll(() => textOf(selector)).toBe(text);
  }

  it('marks vague spans without touching the editor, shows the count, explains in a card, fixes, and Ctrl+Z restores', async () => {
    await page.evaluate(() => HandoffTest.attach('#plain', { recipients: [{ email: 'ana@acme.com' }] }));
    await page.evaluate(() => HandoffTest.store.zones.set('ana@acme.com', 'Europe/Berlin'));
    await typeInto('#plain', ORIGINAL);
    await expect.poll(() => count('#plain')).toBe('2');
    expect(await highlighted('handoff-hint')).toEqual(['the report', 'EOD']);
    expect(await page.evaluate(() => document.querySelector('#plain')!.innerHTML)).toBe(ORIGINAL);
    await expect.poll(() => ui('#plain').locator('[data-part="indicator"]').textContent()).toBe('2');

    await page.keyboard.press('Alt+Shift+J');
    const card = ui('#plain').locator('[data-part="card"]');
    await expect.poll(() => card.locator('[data-part="message"]').textContent()).toContain('Which report?');
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);

    await page.keyboard.press('Alt+Shift+J');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Alt+Shift+J');
    await page.keyboard.press('Alt+Shift+J'); // second hint: EOD, with its deadline chip
    await expect.poll(() => card.getAttribute('data-key')).toMatch(/^vague-deadline:EOD/);
    expect(await card.locator('[data-part="deadline-chip"]').textContent()).toContain('5:00 PM Thu, Nov 26 (Berlin)');
    expect(await card.locator('[data-part="deadline-chip"]').textContent()).toContain('11:00 AM my time');
    await card.locator('[data-part="fix"]').first().click();
    await expect.poll(() => textOf('#plain')).toBe('Please fix the report by 5:00 PM Berlin time');
    await expect.poll(() => count('#plain')).toBe('1');
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(() => textOf('#plain')).toBe(ORIGINAL);
    await expect.poll(() => count('#plain')).toBe('2');
  });

  it('opens the card on hover and applies a fix in Quill: the model agrees and Ctrl+Z restores', async () => {
    await page.evaluate(() => HandoffTest.attach('#quill .ql-editor', { host: 'slack', recipients: [{ slackId: 'U1', name: 'Ana' }] }));
    await typeInto('#quill .ql-editor', ORIGINAL);
    await page.evaluate(() => quill.history.cutoff());
    await expect.poll(() => count('#quill .ql-editor')).toBe('2');
    const box = await page.evaluate(() => {
      const r = (CSS.highlights.get('handoff-hint') as unknown as Set<Range>).values().next().value!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    const card = ui('#quill .ql-editor').locator('[data-part="card"]');
    await expect.poll(() => card.locator('[data-part="quote"]').textContent()).toBe('the report');
    await card.locator('[data-part="fix"]').click();
    await expect.poll(() => page.evaluate(() => quill.getText())).toBe('Please fix the Q3 revenue report by EOD\n');
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(() => page.evaluate(() => quill.getText())).toBe(`${ORIGINAL}\n`);
  });

  it('marks a textarea through a mirror laid over it, and fixes it undoably', async () => {
    await page.evaluate(() => HandoffTest.attach('#area'));
    await typeInto('#area', ORIGINAL);
    await expect.poll(() => count('#area')).toBe('2');
    expect(await highlighted('handoff-hint')).toEqual(['the report', 'EOD']);
    const [mirror, area] = await page.evaluate(() => {
      const range = (CSS.highlights.get('handoff-hint') as unknown as Set<Range>).values().next().value!;
      const box = document.querySelector('#area')!.getBoundingClientRect();
      const r = range.getBoundingClientRect();
      return [{ x: r.left, y: r.top }, { x: box.left, y: box.top }];
    });
    expect(mirror.y).toBeGreaterThanOrEqual(area.y);
    await page.mouse.move(mirror.x + 3, mirror.y + 4);
    const card = ui('#area').locator('[data-part="card"]');
    await expect.poll(() => card.locator('[data-part="quote"]').textContent()).toBe('the report');
    await page.keyboard.press('Home');
    await page.keyboard.type('So: ');
    await card.locator('[data-part="fix"]').click();
    await expect.poll(() => textOf('#area')).toBe('So: Please fix the Q3 revenue report by EOD');
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(() => textOf('#area')).toBe(`So: ${ORIGINAL}`);
  });

  it('drops a mark the moment its words change, before the next analysis', async () => {
    await page.evaluate(() => HandoffTest.attach('#plain'));
    await typeInto('#plain', ORIGINAL);
    await expect.poll(() => count('#plain')).toBe('2');
    await page.evaluate(() => (HandoffTest.services.debounceMs = 60_000));
    await page.evaluate(() => HandoffEditing.selectText(document.querySelector<HTMLElement>('#plain')!, 18, 18)); // inside "report"
    await page.keyboard.type('x');
    await expect.poll(() => highlighted('handoff-hint')).toEqual(['EOD']);
  });

  it('applies a fix at the right words when the user typed after the analysis', async () => {
    await page.evaluate(() => HandoffTest.attach('#plain'));
    await typeInto('#plain', ORIGINAL);
    await expect.poll(() => count('#plain')).toBe('2');
    await page.evaluate(() => (HandoffTest.services.debounceMs = 60_000));
    await page.keyboard.press('Home');
    await page.keyboard.type('Hi! ');
    await page.keyboard.press('Alt+Shift+J');
    await ui('#plain').locator('[data-part="fix"]').first().click();
    await expect.poll(() => textOf('#plain')).toBe('Hi! Please fix the Q3 revenue report by EOD');
  });

  it('ignore here, and turning a rule off, remove those marks', async () => {
    await page.evaluate(() => HandoffTest.attach('#plain'));
    await typeInto('#plain', ORIGINAL);
    await expect.poll(() => count('#plain')).toBe('2');
    await page.keyboard.press('Alt+Shift+J');
    await ui('#plain').locator('[data-part="ignore"]').click();
    await expect.poll(() => highlighted('handoff-hint')).toEqual(['EOD']);
    await page.keyboard.type(' and the report');
    await expect.poll(() => count('#plain')).toBe('1');
    await page.keyboard.press('Alt+Shift+J');
    await ui('#plain').locator('[data-part="disable-rule"]').click();
    await expect.poll(() => page.evaluate(() => HandoffTest.store.disabledRules)).toEqual(['vague-deadline']);
    await expect.poll(() => count('#plain')).toBe('0');
    await expect.poll(() => ui('#plain').locator('[data-part="indicator"]').count()).toBe(0);
  });

  it('asks once where an unknown recipient is, with a city search, and remembers', async () => {
    await page.evaluate(() => HandoffTest.attach('#plain', { recipients: [{ email: 'ana@acme.com' }] }));
    await typeInto('#plain', 'Send it by EOD');
    await expect.poll(() => count('#plain')).toBe('1');
    await page.keyboard.press('Alt+Shift+J');
    const card = ui('#plain').locator('[data-part="card"]');
    await expect.poll(() => card.locator('[data-part="zone-picker"]').textContent()).toContain('Where is ana@acme.com?');
    await card.locator('[data-part="zone-picker"] input').fill('berl');
    await card.locator('[data-zone="Europe/Berlin"]').click();
    await expect.poll(() => page.evaluate(() => HandoffTest.store.zones.get('ana@acme.com'))).toBe('Europe/Berlin');
    await page.keyboard.press('Alt+Shift+J');
    await expect.poll(() => card.locator('[data-part="deadline-chip"]').textContent()).toContain('(Berlin)');
    expect(await card.locator('[data-part="zone-picker"]').count()).toBe(0);
  });

  it('Enter takes the first city listed, and the next reader’s question starts empty', async () => {
    await page.evaluate(() => HandoffTest.attach('#plain', { recipients: [{ email: 'lea@acme.com', name: 'Lea Roth' }, { email: 'kenji@acme.jp', name: 'Kenji Sato' }] }));
    await typeInto('#plain', 'Send it by EOD');
    await expect.poll(async () => Number(await ui('#plain').getAttribute('data-hints-marks'))).toBeGreaterThan(0);
    await page.keyboard.press('Alt+Shift+J');
    const picker = ui('#plain').locator('[data-part="card"] [data-part="zone-picker"]');
    await expect.poll(() => picker.textContent()).toContain('Where is Lea Roth?');
    await picker.locator('input').fill('berl');
    await picker.locator('[data-zone="Europe/Berlin"]').waitFor();
    await picker.locator('input').press('Enter');
    await expect.poll(() => page.evaluate(() => HandoffTest.store.zones.get('lea@acme.com'))).toBe('Europe/Berlin');
    // Kenji's question: nothing typed for Lea is carried over to him.
    await expect.poll(() => picker.textContent()).toContain('Where is Kenji Sato?');
    expect(await picker.locator('input').inputValue()).toBe('');
    expect(await picker.locator('[role="option"]').count()).toBe(0);
  });

  it('a Slack channel without zones uses the sender’s and says so; a zone set for it is used', async () => {
    await page.evaluate(() => HandoffTest.attach('#plain', { host: 'slack', conversationId: 'C0123' }));
    await typeInto('#plain', 'Ship it by EOD');
    await expect.poll(() => count('#plain')).toBe('1');
    await page.keyboard.press('Alt+Shift+J');
    const card = ui('#plain').locator('[data-part="card"]');
    await expect.poll(() => card.locator('[data-part="deadline-chip"]').textContent()).toContain('No zone set for this conversation yet: times are said in yours (New York)');
    await card.locator('[data-part="zone-picker"] input').fill('Tokyo');
    await card.locator('[data-zone="Asia/Tokyo"]').click();
    await expect.poll(() => page.evaluate(() => HandoffTest.store.channelZones.get('C0123'))).toEqual(['Asia/Tokyo']);
    await page.keyboard.press('Alt+Shift+J');
    await expect.poll(() => card.locator('[data-part="deadline-chip"]').textContent()).toContain('Using the zones you set for this conversation: Tokyo');
  });

  it('shows hostile text as text in the card, never runs it', async () => {
    await page.evaluate(() => HandoffTest.attach('#plain'));
    await typeInto('#plain', '<img src=x onerror=alert(1)> fix the report');
    await expect.poll(() => count('#plain')).toBe('1');
    await page.evaluate(() => (HandoffTest.services.analyze = (text, ctx) => {
      const a = HandoffTest.scriptedAnalyze(text, ctx);
      return { ...a, findings: a.findings.map((f) => ({ ...f, message: `About ${text.slice(0, 28)}` })) };
    }));
    await page.keyboard.type(' now');
    await page.keyboard.press('Alt+Shift+J');
    const card = ui('#plain').locator('[data-part="card"]');
    await expect.poll(() => card.locator('[data-part="message"]').textContent()).toBe('About <img src=x onerror=alert(1)>');
    expect(await card.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('two composers at once keep their own marks; closing one clears only its marks', async () => {
    const first = await page.evaluateHandle(() => HandoffTest.attach('#plain'));
    await page.evaluate(() => HandoffTest.attach('#second'));
    await typeInto('#plain', 'fix the report');
    await typeInto('#second', 'done by EOD');
    await expect.poll(() => highlighted('handoff-hint')).toEqual(['the report', 'EOD']);
    await first.evaluate((c) => c.abort());
    await expect.poll(() => highlighted('handoff-hint')).toEqual(['EOD']);
    expect(await ui('#plain').evaluate((el) => el.shadowRoot!.querySelector('.hints'))).toBeNull();
  });

  it('a 200 KB paste with emoji and right-to-left text is analysed in slices and marked', async () => {
    await page.evaluate(() => HandoffTest.attach('#plain'));
    await page.click('#plain');
    const paragraph = 'שלום 👋🏽 please fix the report by EOD, thanks. ';
    const big = paragraph.repeat(Math.ceil(200_000 / paragraph.length));
    await page.evaluate((text) => document.execCommand('insertText', false, text), big);
    // Only the first 20,000 characters are checked (issue 16: keystroke → marks stays within 150 ms).
    const expected = (big.slice(0, checkedEnd(big)).match(/the report|EOD/g) ?? []).length;
    await expect.poll(() => count('#plain'), { timeout: 20_000 }).toBe(String(expected));
    const sample = await highlighted('handoff-hint');
    expect(new Set(sample)).toEqual(new Set(['the report', 'EOD']));
  });
});
