/**
 * The card and the page on the host replicas, in Chromium: the card stays inside a short window
 * for a composer at its bottom (Slack's) and its buttons can be reached; one card on the page at a
 * time; after a scroll the card is beside its words or closed; new hints are announced with their
 * count and the marks have a text equivalent; "Turn this rule off" is undone from the page; the
 * theme follows the host's own (Gmail, Slack) or the system's (Docs, extension pages); the focus
 * chip is one line under the composer in use only; the first-run step stores the home zone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { attributes, texts } from './pierce';
import { launchForSuite } from './suite';
import { replicaDocument } from '@/lib/hosts/replicas/page';
import { hydrateSlackReplica, slackReplica } from '@/lib/hosts/replicas/slack';
import { gmailReplica } from '@/lib/hosts/replicas/gmail';
import { docsPage } from './host-pages';

const quill = () => readFileSync(resolve(__dirname, '../../node_modules/quill/dist/quill.js'), 'utf8');
const slackPage = (css = '') =>
  replicaDocument(slackReplica('channel'), ['const __name = (fn) => fn;', quill(), `(${hydrateSlackReplica.toString()})(document, Quill);`], css);
/** Slack as it is laid out: the message list fills the window, the composer sits at its bottom. */
const AT_BOTTOM = 'html, body { height: 100%; margin: 0; } .handoff-slack { height: 100vh; box-sizing: border-box; padding: 8px; } .handoff-slack .p-view_contents { display: flex; flex-direction: column; } .handoff-slack [role=list] { flex: 1; }';
const SLACK_DARK = 'body.sk-client-theme--dark { background: #1a1d21; } body.sk-client-theme--dark .handoff-slack { color: #d1d2d3; }';
const CHANNEL = '[data-qa="message_pane"] .ql-editor';
const THREAD = '[data-qa="threads_flexpane"] .ql-editor';
const MESSAGE = 'Hi all, can you check the report and send it back by EOD? Thanks';

let n = 0;
const slackUrl = () => `${slackReplica('channel').url}?t=${++n}`;

interface Rect { top: number; bottom: number; left: number; right: number }
const rectOf = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => { const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; });
/** Where the page draws the marked words containing `text` (a Highlight's Range). */
const markRect = (page: Page, text: string) =>
  page.evaluate((t) => {
    for (const name of ['handoff-hint', 'handoff-ask', 'handoff-tone', 'handoff-deadline']) {
      for (const range of (CSS.highlights.get(name) as unknown as Set<Range> | undefined) ?? []) {
        if (range.toString().includes(t)) { const r = range.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; }
      }
    }
    return null;
  }, text);
const count = (page: Page, surface = 'channel') => page.locator(`handoff-ui[data-surface="${surface}"]`).getAttribute('data-hints-count');

/** Types `text` and waits until the words `marked` carry a mark (the analysis saw them whole). */
async function type(page: Page, editor: string, text: string, marked: string) {
  await page.click(editor);
  await page.keyboard.type(text);
  await expect.poll(() => markRect(page, marked)).not.toBeNull();
}

/** Opens cards with the shortcut until the one whose key (`rule:words#n`) matches `key` is open. */
async function openCard(page: Page, surface: string, key: RegExp) {
  const card = page.locator(`handoff-ui[data-surface="${surface}"] [data-part="card"]`);
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Alt+Shift+J');
    await card.waitFor();
    if (key.test((await card.getAttribute('data-key')) ?? '')) return card;
  }
  throw new Error(`no card matching ${key}`);
}

describe('the card and the page, on the replicas', () => {
  const h = launchForSuite();

  it('keeps the card inside a short window for a composer at its bottom, scrolling inside, with every button reachable', async () => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 1000, height: 420 });
    await h.context.route((u) => u.href.startsWith(slackReplica('channel').url), (r) => r.fulfill({ contentType: 'text/html', body: slackPage(AT_BOTTOM) }));
    await page.goto(slackUrl());
    await type(page, CHANNEL, MESSAGE, 'EOD');
    // The card of the words "by EOD": a plain deadline or a deadline-warning, depending on the hour (integ's coach engine).
    const card = await openCard(page, 'channel', /^[\w-]+:by EOD#/);
    // Make it as tall as it gets: the rewrite shown and the zone search listing cities.
    await card.getByRole('button', { name: /Rewrite the whole message/ }).click();
    await card.locator('[data-part="zone-picker"] input').fill('a');
    await card.locator('[role="option"]').first().waitFor();
    await expect.poll(() => card.evaluate((el) => el.scrollHeight)).toBeGreaterThan(420);
    await expect
      .poll(async () => {
        const c = await rectOf(page, `handoff-ui[data-surface="channel"] [data-part="card"]`);
        const m = (await markRect(page, 'EOD'))!;
        // Inside the window, and above its words (flipped), not over them.
        return c.top >= 0 && c.bottom <= 420 && c.bottom <= m.top;
      })
      .toBe(true);
    expect(await card.evaluate((el) => getComputedStyle(el).overflowY)).toBe('auto');
    const before = await page.locator(CHANNEL).innerText();
    await card.locator('[data-part="apply-rewrite"]').click();
    await expect.poll(() => page.locator(CHANNEL).innerText()).not.toBe(before);
    await page.close();
  });

  it('shows one card on the page at a time, announces new hints with their count, gives marks a text equivalent, and undoes "Turn this rule off"', async () => {
    const page = await h.openHostPage(slackUrl(), slackPage());
    await type(page, CHANNEL, 'Please check the report', 'report');
    await page.waitForFunction(() => document.querySelector('handoff-ui[data-surface="channel"]')?.getAttribute('data-hints-revision'));
    const hints = Number(await count(page, 'channel'));
    const announcer = page.locator('handoff-ui[data-surface="channel"] [data-part="announcer"]');
    expect(await announcer.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => announcer.textContent()).toMatch(new RegExp(`^${hints} Handoff hints?\\. Press (Alt\\+Shift\\+J|⌥⇧J)`));
    const labels = page.locator('handoff-ui[data-surface="channel"] [data-part="mark-labels"] li');
    await expect.poll(() => labels.count()).toBe(hints);
    expect(await texts(labels)).toContainEqual(expect.stringMatching(/^“.*report”: Which report\?$/));

    const first = await openCard(page, 'channel', /^vague-reference/);
    expect(await first.locator('.title').textContent()).toBe('Which report?');
    await type(page, THREAD, 'Can you fix the slides?', 'slides');
    const threadHints = Number(await count(page, 'thread'));
    await openCard(page, 'thread', /^vague-reference/);
    await expect.poll(() => page.locator('[data-part="card"]').count()).toBe(1);
    expect(await page.locator('handoff-ui[data-surface="thread"] [data-part="card"]').count()).toBe(1);

    await page.locator('handoff-ui[data-surface="thread"] [data-part="disable-rule"]').click();
    const toast = page.locator('handoff-ui[data-surface="thread"] [data-part="rule-off"]');
    await expect.poll(() => toast.textContent()).toContain('“Unclear reference” is off');
    await expect.poll(async () => Number(await count(page, 'thread'))).toBeLessThan(threadHints);
    await expect.poll(async () => Number(await count(page, 'channel'))).toBeLessThan(hints);
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => Number(await count(page, 'thread'))).toBe(threadHints);
    await expect.poll(async () => Number(await count(page, 'channel'))).toBe(hints);
    await page.close();
  });

  it('a card opened from the keyboard in a short window is whole, beside its words, with its title and focused fix in sight', async () => {
    const page = await h.openHostPage(slackUrl(), slackPage('.handoff-slack { margin: 170px 0 1600px; }'));
    await page.setViewportSize({ width: 1280, height: 900 });
    await type(page, CHANNEL, 'Hi all, can you check the report and send it back by EOD? Thanks', 'EOD');
    // The card's height depends on the hour (a passed EOD adds a warning): measure it, then make the
    // window just tall enough for it, so it fits neither above nor below its words but fits whole.
    let card = await openCard(page, 'channel', /^[\w-]+:by EOD#/);
    const natural = await card.evaluate((el) => el.scrollHeight);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    const height = natural + 20;
    await page.setViewportSize({ width: 1280, height });
    await page.click(CHANNEL);
    card = await openCard(page, 'channel', /^[\w-]+:by EOD#/);
    const m = (await markRect(page, 'EOD'))!;
    // Taller than the room above or below the words (so the old placement capped it there, and
    // focusing its fix scrolled its title out of sight), but not than the window.
    expect(natural).toBeGreaterThan(Math.max(m.top, height - m.bottom) - 14);
    await expect
      .poll(async () => {
        const c = await rectOf(page, 'handoff-ui[data-surface="channel"] [data-part="card"]');
        const whole = await card.evaluate((el) => el.scrollTop === 0 && el.scrollHeight <= el.clientHeight);
        const overMark = c.left < m.right && c.right > m.left && c.top < m.bottom && c.bottom > m.top;
        return { inside: c.top >= 0 && c.bottom <= height && c.right <= 1280, whole, overMark };
      })
      .toEqual({ inside: true, whole: true, overMark: false });
    // The shortcut focused a fix, and it is in sight inside the card.
    expect(await card.locator(':focus').count()).toBe(1);
    const focused = await rectOf(page, 'handoff-ui[data-surface="channel"] [data-part="card"] :focus');
    expect(focused.top).toBeGreaterThanOrEqual(0);
    expect(focused.bottom).toBeLessThanOrEqual(height);
    if (process.env.HANDOFF_SHOTS) await page.screenshot({ path: `${process.env.HANDOFF_SHOTS}/card-beside-short-window.png` });
    await page.close();
  });

  it('after the page scrolls, the card is beside its words, and closes once they leave the window', async () => {
    const page = await h.openHostPage(slackUrl(), slackPage('.handoff-slack { margin: 240px 0 1600px; }'));
    await page.setViewportSize({ width: 1000, height: 600 });
    await type(page, CHANNEL, 'Please check the report', 'report');
    const card = await openCard(page, 'channel', /^vague-reference/);
    const beside = async () => {
      if ((await card.count()) === 0) return 'closed';
      const c = await rectOf(page, 'handoff-ui[data-surface="channel"] [data-part="card"]');
      const m = (await markRect(page, 'report'))!;
      return Math.abs(c.top - (m.bottom + 6)) <= 1 || Math.abs(c.bottom - (m.top - 6)) <= 1 ? 'beside' : `at ${c.top}, words at ${m.top}`;
    };
    await expect.poll(beside).toBe('beside');
    await page.evaluate(() => window.scrollBy(0, 120));
    await expect.poll(beside).toBe('beside');
    await page.evaluate(() => window.scrollBy(0, 700));
    await expect.poll(beside).toBe('closed');
    await page.close();
  });

  it('follows Slack’s and Gmail’s own theme, whatever the system says, and the system on Docs', async () => {
    const page = await h.context.newPage();
    await page.emulateMedia({ colorScheme: 'light' });
    await h.context.route((u) => u.href.startsWith(slackReplica('channel').url), (r) => r.fulfill({ contentType: 'text/html', body: slackPage(SLACK_DARK) }));
    await page.goto(slackUrl());
    const ui = page.locator('handoff-ui[data-surface="channel"]');
    await expect.poll(() => ui.getAttribute('data-theme')).toBe('light');
    // Slack switches theme with a class on <body>: our UI follows at once.
    await page.evaluate(() => document.body.classList.add('sk-client-theme--dark'));
    await expect.poll(() => ui.getAttribute('data-theme')).toBe('dark');
    await type(page, CHANNEL, 'Please check the report', 'report');
    const card = await openCard(page, 'channel', /^vague-reference/);
    expect(await card.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(31, 35, 40)');
    // The system going light changes nothing: Slack is dark.
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await ui.getAttribute('data-theme')).toBe('dark');
    await page.close();

    const gmail = await h.context.newPage();
    await gmail.emulateMedia({ colorScheme: 'dark' });
    const dark = '.handoff-gmail [role=dialog], .handoff-gmail .M9 { background: #202124 !important; color: #e8eaed; }';
    const served = new URL(gmailReplica.url);
    served.hash = '';
    await h.context.route((u) => u.href === served.href, (r) => r.fulfill({ contentType: 'text/html', body: replicaDocument(gmailReplica, [], dark) }));
    await gmail.goto(gmailReplica.url);
    await expect.poll(() => gmail.locator('handoff-ui[data-surface="compose"]').getAttribute('data-theme')).toBe('dark');
    await h.context.unroute((u) => u.href === served.href);
    await h.context.route((u) => u.href === served.href, (r) => r.fulfill({ contentType: 'text/html', body: replicaDocument(gmailReplica) }));
    await gmail.reload();
    // A light Gmail under a dark system stays light.
    await expect.poll(() => gmail.locator('handoff-ui[data-surface="compose"]').getAttribute('data-theme')).toBe('light');
    await gmail.close();

    const docs = await h.openHostPage('https://docs.google.com/document/d/1hAnDoFfRePl1cA/edit?theme', docsPage());
    const comment = docs.locator('handoff-ui[data-surface="comment"]');
    await docs.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => comment.getAttribute('data-theme')).toBe('dark');
    await docs.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => comment.getAttribute('data-theme')).toBe('light');
    await docs.close();
  });

  it('shows the focus chip on one line, under the composer in use only', async () => {
    const page = await h.openHostPage(slackUrl(), slackPage());
    const chip = (surface: string) => page.locator(`handoff-ui[data-surface="${surface}"] [data-handoff="focus-line"]`);
    await chip('thread').waitFor({ state: 'attached' });
    const popup = await h.context.newPage();
    await popup.goto(h.extensionUrl('popup.html'));
    await popup.getByRole('button', { name: '50 min' }).click();
    await page.bringToFront();
    await page.click(CHANNEL);
    await expect.poll(() => chip('channel').isVisible()).toBe(true);
    expect(await chip('thread').isVisible()).toBe(false);
    const box = (await chip('channel').boundingBox())!;
    expect(box.height).toBeLessThanOrEqual(24);
    expect(box.width).toBeGreaterThan(300);
    await page.click(THREAD);
    await expect.poll(() => chip('thread').isVisible()).toBe(true);
    expect(await chip('channel').isVisible()).toBe(false);
    await popup.getByRole('button', { name: 'Stop focus' }).click();
    await expect.poll(() => chip('thread').isVisible()).toBe(false);
    await popup.close();
    await page.close();
  });

  it('first run: the playground shows the shortcut, examples work, and the step stores the home zone from a city name and imports a roster', async () => {
    const page = await h.context.newPage();
    await page.goto(h.extensionUrl('playground.html'));
    expect(await page.locator('[data-part="shortcut"]').textContent()).toMatch(/^(Alt\+Shift\+J|⌥⇧J)$/);
    const step = page.locator('[data-part="first-run"]');
    // A country offers its cities, as the card's "Where is …?" and Options do, best-known first.
    await step.getByLabel('Home time zone').fill('Canada');
    const offered = step.locator('[data-part="first-run-suggestions"] button');
    await expect.poll(() => attributes(offered, 'data-zone')).toEqual(expect.arrayContaining(['America/Toronto', 'America/Vancouver', 'America/St_Johns']));
    expect((await attributes(offered, 'data-zone')).slice(0, 2)).toEqual(['America/Toronto', 'America/Vancouver']);
    await page.setViewportSize({ width: 1280, height: 800 });
    await step.screenshot({ path: '/tmp/shots-ui/first-run-canada.png' });
    await offered.nth(1).click();
    await expect.poll(() => step.locator('#first-run-zone-hint').textContent()).toBe('Vancouver — America/Vancouver');
    await step.getByLabel('Home time zone').fill('Tokyo');
    await step.getByLabel('Working day starts').fill('08:30');
    await step.getByLabel('ends').fill('16:30');
    await step.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => step.locator('[data-part="first-run-status"]').textContent()).toBe('Saved: Asia/Tokyo, 08:30–16:30.');
    const stored = await h.worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string[]): Promise<Record<string, unknown>> } } } }).chrome;
      return c.storage.local.get(['settings', 'firstRun']);
    });
    expect(stored).toMatchObject({ settings: { homeZone: 'Asia/Tokyo', workingHours: { start: '08:30', end: '16:30' } }, firstRun: { done: true } });

    await step.getByText('Import your colleagues’ time zones').click();
    await step.getByLabel('Roster CSV').fill('Name,Email,Time zone\r\n"Weber, Ana",ana@acme.com,Europe/Berlin');
    await step.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => step.locator('[data-part="roster-status"]').textContent()).toBe('Imported 1 person.');

    await page.locator('section[data-replica="slack"] [data-part="example"]').last().click();
    const slack = page.locator('section[data-replica="slack"] handoff-ui[data-surface="channel"]');
    await expect.poll(async () => Number(await slack.getAttribute('data-hints-count'))).toBeGreaterThan(0);
    // The Docs replica works like the others: its canvas body takes typing and gets marks.
    await page.click('section[data-replica="docs"] .kix-appview-editor');
    await page.keyboard.type('Please fix the report by EOD');
    const body = page.locator('section[data-replica="docs"] handoff-ui[data-surface="body"]');
    await expect.poll(async () => Number(await body.getAttribute('data-hints-count'))).toBeGreaterThan(0);
    await page.reload();
    // Done once: the step is one line now.
    await expect.poll(() => page.locator('[data-part="first-run"]').textContent()).toContain('Tokyo (Asia/Tokyo), 08:30–16:30');
    await page.close();
  });
});
