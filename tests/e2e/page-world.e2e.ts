/**
 * Issue 16, the page-world half: scripts in the host page's own world (a compromised page script, or
 * another extension's main-world script) against the built extension on the replicas at the real
 * origins. The page must not read what our UI shows, untrusted (synthetic) events change nothing,
 * a hostile page cannot flood the commitments table, and firing WXT's "content script started" event
 * does not switch us off. (The extension reload case is in orphaned.e2e.ts: it reloads the extension.)
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { launchForSuite } from './suite';
import { hostPages } from './host-pages';
import { openPopup, readStore } from './extension-apis';
import { EXTENSION_ID } from './harness';

const COMPOSE = '[role="dialog"] [g_editable="true"]';
const SEND = '[role="dialog"] .btC [role="button"]';
const gmail = hostPages.find((p) => p.host === 'gmail')!;

/** A commitment sentence the weekly recorder finds ("I'll … by Friday"). */
const PROMISE = "I'll send the deck by Friday.";

describe('the host page cannot use Handoff against the user', () => {
  const h = launchForSuite();
  let page: Page;
  let errors: string[];
  beforeEach(() => {
    errors = [];
  });

  async function openGmail(tag: string): Promise<Page> {
    const p = await h.openHostPage(`${gmail.url.replace('#', `?${tag}#`)}`, gmail.html());
    p.on('pageerror', (e) => errors.push(e.message));
    await p.locator(`${COMPOSE} + handoff-ui`).waitFor({ state: 'attached' });
    return p;
  }
  const ui = () => page.locator(`${COMPOSE} + handoff-ui`);
  const card = () => ui().locator('[data-part="card"]');

  async function typeHints(): Promise<void> {
    await page.click(COMPOSE);
    await page.keyboard.type('Please fix the report ASAP');
    await expect.poll(() => ui().getAttribute('data-hints-count')).toBe('2');
  }

  async function commitments(): Promise<number> {
    const popup = await openPopup(h);
    const rows = await readStore(popup, 'commitments');
    await popup.close();
    return rows.length;
  }

  it('reads nothing of our UI: the shadow root is closed and the card text is nowhere in the page', async () => {
    page = await openGmail('read');
    await typeHints();
    await page.keyboard.press('Alt+Shift+J');
    await expect.poll(() => card().locator('[data-part="message"]').textContent()).toMatch(/which report/i);
    const seen = await page.evaluate(() => {
      const hosts = [...document.querySelectorAll('handoff-ui')];
      return {
        hosts: hosts.length,
        open: hosts.filter((el) => el.shadowRoot !== null).length,
        // Everything the page can reach by walking its own DOM and any shadow root it can open.
        text: (document.documentElement.textContent ?? '') + hosts.map((el) => el.shadowRoot?.textContent ?? '').join(''),
      };
    });
    expect(seen.hosts).toBeGreaterThan(0);
    expect(seen.open).toBe(0);
    expect(seen.text).not.toMatch(/which report/i);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a synthetic shortcut or hover opens no card; the same keys from the user do', async () => {
    page = await openGmail('keys');
    await typeHints();
    // The page's own Alt+Shift+J and pointer moves over the marked words (isTrusted false).
    await page.evaluate((sel) => {
      const editor = document.querySelector<HTMLElement>(sel)!;
      const init = { key: 'J', code: 'KeyJ', altKey: true, shiftKey: true, bubbles: true, cancelable: true, composed: true };
      editor.dispatchEvent(new KeyboardEvent('keydown', init));
      const range = document.createRange();
      range.selectNodeContents(editor);
      for (const r of range.getClientRects()) editor.dispatchEvent(new MouseEvent('mousemove', { clientX: r.left + 40, clientY: r.top + r.height / 2, bubbles: true }));
      // Hover opens on the next animation frame: let two go by.
      return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }, COMPOSE);
    expect(await card().count()).toBe(0);
    await page.keyboard.press('Alt+Shift+J');
    await expect.poll(() => card().count()).toBe(1);
    const message = await card().locator('[data-part="message"]').textContent();
    // With the card open, the page clicks and presses keys at everything it can reach of ours: our
    // host elements, and whatever a hit test finds over the card (our host, never our buttons).
    const reached = await page.evaluate(() => {
      const hosts = [...document.querySelectorAll('handoff-ui')];
      const targets = new Set<Element>(hosts);
      for (let x = 0; x < innerWidth; x += 40) for (let y = 0; y < innerHeight; y += 40) for (const el of document.elementsFromPoint(x, y)) if (el.localName === 'handoff-ui') targets.add(el);
      for (const el of targets) {
        (el as HTMLElement).click();
        for (const key of ['Enter', ' ', 'Escape']) el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      }
      return targets.size;
    });
    expect(reached).toBeGreaterThan(0);
    expect(await card().locator('[data-part="message"]').textContent()).toBe(message);
    const settings = await openPopup(h);
    expect(await settings.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { disabledRules?: string[] } | undefined)?.disabledRules ?? [])).toEqual([]);
    await settings.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('synthetic sends record nothing, and one real send of a giant message records a bounded number of rows', async () => {
    const before = await commitments();
    page = await openGmail('sends');
    await page.click(COMPOSE);
    // The page fills the composer with 500 KB of promises and "sends" it 8 times with synthetic
    // Ctrl+Enter, and clicks the Send button from script 8 times.
    const size = await page.evaluate(
      ({ sel, send, line }) => {
        const editor = document.querySelector<HTMLElement>(sel)!;
        const lines = Array.from({ length: Math.ceil(500_000 / (line.length + 1)) }, (_, i) => line.replace('deck', `deck ${i}`));
        editor.innerText = lines.join('\n');
        for (let i = 0; i < 8; i++) {
          editor.append(' '.repeat(i)); // a different text each time, so no "same message twice" check hides it
          editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
          document.querySelector<HTMLElement>(send)!.click();
        }
        return editor.innerText.length;
      },
      { sel: COMPOSE, send: SEND, line: PROMISE },
    );
    expect(size).toBeGreaterThan(500_000);
    // Now the user sends it for real (a trusted Ctrl+Enter): it is recorded, within the per-message cap.
    await page.click(COMPOSE);
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Thanks!');
    await page.keyboard.press('Control+Enter');
    await expect.poll(async () => (await commitments()) - before, { timeout: 30_000 }).toBeGreaterThan(0);
    const written = (await commitments()) - before;
    console.log(`[page-world] rows written by 8 synthetic + 8 scripted sends and 1 real send of ${size} chars: ${written}`);
    expect(written).toBeLessThanOrEqual(20);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("firing WXT's 'content script started' event does not switch Handoff off", async () => {
    page = await openGmail('started');
    await page.evaluate((id) => {
      for (const name of ['gmail', 'gmail.content', 'google-docs', 'slack']) {
        const type = `${id}:${name}:wxt:content-script-started`;
        document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: name, messageId: 'page' } }));
        window.postMessage({ type, contentScriptName: name, messageId: 'page' }, '*');
      }
    }, EXTENSION_ID);
    // Still on: the composer's hints work, and a new composer gets our UI.
    await typeHints();
    await page.evaluate(() => {
      const root = document.querySelector('div.M9')!;
      const copy = root.cloneNode(true) as HTMLElement;
      copy.querySelector('handoff-ui')?.remove();
      copy.classList.add('copied');
      root.after(copy);
    });
    await page.locator('div.copied [g_editable="true"] + handoff-ui').waitFor({ state: 'attached' });
    expect(errors).toEqual([]);
    await page.close();
  });
});
