/**
 * The shared scenario on every host replica, served at the real origins with the built extension:
 * type "Please fix the report ASAP" to a reader in another zone → marks and count appear → the card
 * explains, and offers times in the reader's local time and the sender's → apply a fix → the text is
 * right and the host's model agrees → Ctrl+Z restores the original.
 *
 * "ASAP" rather than "by EOD": since the coach engine (issue 11) a resolved deadline is information,
 * and becomes a finding only when a warning applies (e.g. EOD already passed for the reader), so
 * "by EOD" would be a hint or not depending on the wall clock. "ASAP" is a vague deadline at any time.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attributes, texts } from './pierce';
import { launchForSuite } from './suite';
import { hostPages } from './host-pages';

const ORIGINAL = 'Please fix the report ASAP';
/** "Which report?" is asked in the card; the answer goes in, never a bracketed placeholder. */
const ANSWERED = 'Please fix the report (the Q3 board deck) ASAP';

interface Scenario {
  name: string;
  page: string;
  editor: string;
  /** How the reader's zone is known: a person in the directory, or the zones set for a conversation. */
  zone: { email: string; timeZone: string } | { conversation: string; timeZone: string };
  city: string;
  quill?: boolean;
}

const scenarios: Scenario[] = [
  { name: 'Gmail pop-up compose', page: 'Gmail', editor: '[role="dialog"] [g_editable="true"]', zone: { email: 'ana@example.com', timeZone: 'Europe/Berlin' }, city: 'Berlin' },
  { name: 'Gmail inline reply', page: 'Gmail', editor: 'div.M9 [g_editable="true"]', zone: { email: 'marta@example.com.br', timeZone: 'Asia/Tokyo' }, city: 'Tokyo' },
  { name: 'Slack channel composer', page: 'Slack channel', editor: '[data-qa="message_pane"] .ql-editor', zone: { conversation: 'C04LAUNCH', timeZone: 'Asia/Kolkata' }, city: 'Kolkata', quill: true },
  { name: 'Slack thread composer', page: 'Slack channel', editor: '[data-qa="threads_flexpane"] .ql-editor', zone: { conversation: 'C04LAUNCH', timeZone: 'Asia/Kolkata' }, city: 'Kolkata', quill: true },
  { name: 'Slack DM composer', page: 'Slack direct', editor: '[data-qa="message_pane"] .ql-editor', zone: { conversation: 'D05KENJI', timeZone: 'Asia/Tokyo' }, city: 'Tokyo', quill: true },
  { name: 'Docs comment box', page: 'Google Docs', editor: '.docos-input-textarea', zone: { conversation: '1hAnDoFfRePl1cA', timeZone: 'Europe/Berlin' }, city: 'Berlin' },
  { name: 'Docs reply box (textarea)', page: 'Google Docs', editor: '.docos-replybox-textarea', zone: { conversation: '1hAnDoFfRePl1cA', timeZone: 'Europe/Berlin' }, city: 'Berlin' },
];

/** The text as the host holds it: Quill's own model, a textarea's value, or the editable's text. */
function hostText(page: Page, editor: string, quill: boolean): Promise<string> {
  return page.evaluate(
    ({ editor, quill }) => {
      const el = document.querySelector<HTMLElement>(editor)!;
      if (quill) {
        const Q = (window as unknown as { Quill: { find(node: Element): { getText(): string } } }).Quill;
        return Q.find(el.parentElement!).getText().replace(/\n$/, '');
      }
      if (el instanceof HTMLTextAreaElement) return el.value;
      return el.innerText.replace(/\n$/, '');
    },
    { editor, quill },
  );
}

describe('the shared hints scenario on every host replica', () => {
  const h = launchForSuite();
  let settings: Page;
  beforeAll(async () => {
    settings = await h.context.newPage();
    await settings.goto(h.extensionUrl('popup.html'));
  });

  describe.each(scenarios)('$name', (s) => {
    let page: Page;
    const ui = () => page.locator(`${s.editor} + handoff-ui`);
    const card = () => ui().locator('[data-part="card"]');
    beforeAll(async () => {
      const reply = await settings.evaluate(
        (zone) =>
          'email' in zone
            ? chrome.runtime.sendMessage({ type: 'people/setZone', recipient: { email: zone.email }, timeZone: zone.timeZone })
            : chrome.runtime.sendMessage({ type: 'channelZones/set', channelId: zone.conversation, zones: [zone.timeZone] }),
        s.zone,
      );
      expect(reply).toMatchObject({ ok: true });
      const hostPage = hostPages.find((p) => p.name.startsWith(s.page))!;
      page = await h.openHostPage(hostPage.url, hostPage.html());
      await ui().waitFor({ state: 'attached' });
    });
    afterAll(async () => {
      await page?.close();
    });

    it('marks, explains, fixes through the host, and Ctrl+Z restores', async () => {
      await page.click(s.editor);
      const before = await page.evaluate(() => document.adoptedStyleSheets.length);
      await page.keyboard.type(ORIGINAL);
      await expect.poll(() => hostText(page, s.editor, !!s.quill)).toBe(ORIGINAL);

      // Marks and the count appear; the editor's DOM is not touched.
      await expect.poll(() => ui().getAttribute('data-hints-count')).toBe('2');
      await expect.poll(() => ui().locator('[data-part="indicator"]').textContent()).toBe('2');
      expect(await page.evaluate((sel) => document.querySelector(sel)!.querySelectorAll('mark, handoff-ui, [data-handoff]').length, s.editor)).toBe(0);
      // The page-level highlight registry holds our Ranges over exactly the flagged words.
      await expect.poll(() => page.evaluate(() => [...((CSS.highlights.get('handoff-hint') as unknown as Set<Range>) ?? [])].map(String))).toEqual(['fix the report', 'ASAP']);

      // One adopted sheet of ::highlight(handoff-…) rules only: no style on any host element.
      expect(await page.evaluate(() => document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText.split(' {')[0]!)))).toEqual(['::highlight(handoff-hint)', '::highlight(handoff-ask)', '::highlight(handoff-tone)', '::highlight(handoff-deadline)', '::highlight(handoff-active)']);
      expect(before).toBe(0);

      // The card explains; the vague deadline's fixes name the reader's local time (and city) and the sender's.
      await page.keyboard.press('Alt+Shift+J');
      await expect.poll(() => card().locator('[data-part="message"]').textContent()).toMatch(/which report/i);
      await page.keyboard.press('Alt+Shift+J');
      await expect.poll(() => card().locator('[data-part="message"]').textContent()).toMatch(/“ASAP” is not a time/);
      // Each button shows the exact words it inserts: the reader's time and city, and mine with its day and city.
      const fixes = card().locator('[data-part="fix"]');
      await expect.poll(() => fixes.count()).toBeGreaterThan(0);
      const time = '\\d{1,2}:\\d{2} [AP]M \\w{3}, \\w{3} \\d{1,2}';
      // One reader: "your time (City)"; several (a reader whose zone is unknown among them): "City time", never "your time".
      for (const words of await texts(fixes)) expect(words).toMatch(new RegExp(`^by ${time} (your time \\(${s.city}\\)|${s.city} time) — ${time} my time \\(.+\\)$`));
      const inserted = (await fixes.first().textContent())!;

      // No pause for Quill's one-second merge: the fix gets an undo step of its own anyway.
      let revision = Number(await ui().getAttribute('data-hints-revision'));
      await fixes.first().click();
      await expect.poll(() => hostText(page, s.editor, !!s.quill)).toBe(`Please fix the report ${inserted}`);
      await expect.poll(async () => Number(await ui().getAttribute('data-hints-revision'))).toBeGreaterThan(revision);
      // The deadline now names the zone: no card offers to insert the words that are there now.
      await expect.poll(() => ui().locator(`[data-part="fix"][data-insert="${inserted}"]`).count()).toBe(0);
      await page.click(s.editor);
      await page.keyboard.press('ControlOrMeta+Z');
      await expect.poll(() => hostText(page, s.editor, !!s.quill)).toBe(ORIGINAL);
      await expect.poll(() => ui().getAttribute('data-hints-count')).toBe('2');

      // "Which report?" is a question in the card; the answer is inserted after the words.
      await page.keyboard.press('Escape');
      await page.click(s.editor);
      await page.keyboard.press('Alt+Shift+J');
      await expect.poll(() => card().locator('[data-part="message"]').textContent()).toMatch(/which report/i);
      revision = Number(await ui().getAttribute('data-hints-revision'));
      await card().locator('[data-part="ask-input"]').fill('the Q3 board deck');
      await card().locator('[data-part="ask-insert"]').click();
      await expect.poll(() => hostText(page, s.editor, !!s.quill)).toBe(ANSWERED);
      await expect.poll(async () => Number(await ui().getAttribute('data-hints-revision'))).toBeGreaterThan(revision);

      await page.click(s.editor);
      await page.keyboard.press('ControlOrMeta+Z');
      await expect.poll(() => hostText(page, s.editor, !!s.quill)).toBe(ORIGINAL);
      await expect.poll(() => ui().getAttribute('data-hints-count')).toBe('2');
    });
  });
});
