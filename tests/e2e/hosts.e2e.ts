/**
 * The content scripts against every host replica, served at the real origins: each composer gets
 * exactly one <handoff-ui> beside it, loses it when it leaves, gets it back when it returns, and
 * single-page navigation re-runs discovery. The same assertions run on every host page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchForSuite } from './suite';
import { hostPages } from './host-pages';

type Counts = Record<string, number>;

/** Waits for a state; generous, because CI machines run several browsers at once. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

/** `<handoff-ui>` elements per data-surface, and whether each one sits right after its editor. */
function uiCounts(page: Page, host: string): Promise<Counts> {
  return page.evaluate((host) => {
    const counts: Record<string, number> = {};
    for (const ui of document.querySelectorAll<HTMLElement>(`handoff-ui[data-host="${host}"]`)) {
      const editor = ui.previousElementSibling;
      const besideEditor =
        !!editor && (editor.matches('[contenteditable="true"], textarea') || (ui.dataset.surface === 'body' && editor.matches('.kix-appview-editor'))) && !editor.contains(ui);
      // Our root is closed: the page sees no shadowRoot on our element (issue 16).
      const key = besideEditor && ui.shadowRoot === null ? ui.dataset.surface! : `misplaced:${ui.dataset.surface}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  }, host);
}

/** Whether the composer root taken out of the page still carries our UI (it must lose it). */
function removedRootHasUi(page: Page): Promise<boolean> {
  return page.evaluate(() => !!(window as unknown as { __removed: { root: Element } }).__removed.root.querySelector('handoff-ui'));
}

function expected(surfaces: Record<string, { count: number } | undefined>, drop?: string): Counts {
  const counts: Counts = {};
  for (const [surface, spec] of Object.entries(surfaces)) {
    if (spec && surface !== drop) counts[surface] = spec.count;
  }
  return counts;
}

describe('content scripts on the host replicas', () => {
  const h = launchForSuite();

  it('match exactly the three host patterns', async () => {
    const scripts = await h.worker.evaluate(() => chrome.runtime.getManifest().content_scripts ?? []);
    expect(scripts.flatMap((script) => script.matches ?? []).sort()).toEqual([
      'https://app.slack.com/*',
      'https://docs.google.com/document/*',
      'https://mail.google.com/*',
    ]);
  });

  it('opens the playground on first install', async () => {
    await poll(() => h.context.pages().some((page) => page.url() === h.extensionUrl('playground.html'))).toBe(true);
  });

  it('shows the three replicas in the playground with Handoff attached to every composer', async () => {
    const page = await h.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(h.extensionUrl('playground.html'));
    await poll(() => uiCounts(page, 'gmail')).toEqual({ compose: 1, reply: 1 });
    await poll(() => uiCounts(page, 'slack')).toEqual({ channel: 1, thread: 1 });
    // The Docs replica works like the others: its canvas body too, as with the body setting on.
    await poll(() => uiCounts(page, 'docs')).toEqual({ body: 1, comment: 1, reply: 1 });
    for (const [host, n] of [['gmail', 2], ['slack', 2], ['docs', 3]] as const) {
      await poll(() => page.locator(`section[data-replica="${host}"] .hint > [role="status"]`).textContent())
        .toBe(`Handoff attached to ${n} composers.`);
    }
    const slackEditor = page.locator('handoff-ui[data-surface="thread"]').locator('xpath=preceding-sibling::*[1]');
    await slackEditor.click();
    await page.keyboard.type('Typing works here too');
    await poll(() => slackEditor.innerText()).toContain('Typing works here too');
    expect(errors).toEqual([]);
    await page.close();
  });

  describe.each(hostPages)('$name', (hostPage) => {
    let page: Page;
    beforeAll(async () => {
      page = await h.openHostPage(hostPage.url, hostPage.html());
    });
    afterAll(async () => {
      await page?.close();
    });

    it('mounts one <handoff-ui> beside each composer', async () => {
      await poll(() => uiCounts(page, hostPage.host)).toEqual(expected(hostPage.surfaces));
    });

    it('changes nothing else in the page: no attribute, no node inside an editor', async ({ skip }) => {
      const served = hostPage.html();
      if (served.includes('<script')) skip('the page runs its own scripts (Quill), so its DOM is not the served markup');
      const [now, asServed] = await page.evaluate((served) => {
        const body = document.body.cloneNode(true) as HTMLElement;
        for (const ui of body.querySelectorAll('handoff-ui')) ui.remove();
        return [body.innerHTML, new DOMParser().parseFromString(served, 'text/html').body.innerHTML];
      }, served);
      expect(now).toBe(asServed);
    });

    it.each(Object.entries(hostPage.surfaces))('unmounts the %s composer when it leaves and remounts it when it returns', async (surface, spec) => {
      await page.evaluate((selector) => {
        const root = document.querySelector(selector)!;
        const place = { parent: root.parentNode!, next: root.nextSibling };
        (window as unknown as { __removed: unknown }).__removed = { root, place };
        root.remove();
      }, spec!.root);
      await poll(() => removedRootHasUi(page)).toBe(false);
      await poll(() => uiCounts(page, hostPage.host)).toEqual(expected(hostPage.surfaces, surface));
      await page.evaluate(() => {
        const { root, place } = (window as unknown as { __removed: { root: Node; place: { parent: Node; next: Node | null } } }).__removed;
        place.parent.insertBefore(root, place.next);
      });
      await poll(() => uiCounts(page, hostPage.host)).toEqual(expected(hostPage.surfaces));
    });

    it.each(Object.keys(hostPage.surfaces))('leaves typing in the %s composer to the host editor', async (surface) => {
      const editor = page.locator(`handoff-ui[data-surface="${surface}"]`).locator('xpath=preceding-sibling::*[1]');
      await editor.click();
      await page.keyboard.type('Can you send the numbers?');
      await poll(() => editor.evaluate((element) => ('value' in element ? String(element.value) : (element as HTMLElement).innerText)))
        .toContain('Can you send the numbers?');
      if (hostPage.host === 'slack') {
        // The text went through Quill's model, as on Slack, not just into the DOM.
        const modelText = await editor.evaluate((element) => {
          const Quill = (window as unknown as { Quill: { find(node: Element): { getText(): string } | null } }).Quill;
          return Quill.find(element.parentElement!)?.getText();
        });
        expect(modelText).toContain('Can you send the numbers?');
      }
      await poll(() => uiCounts(page, hostPage.host)).toEqual(expected(hostPage.surfaces));
    });

    it('re-runs discovery on single-page navigation (history.pushState)', async () => {
      const [[first, a], [second, b]] = Object.entries(hostPage.surfaces) as unknown as [[string, { root: string }], [string, { root: string }]];
      const only = (...surfaces: string[]) =>
        Object.fromEntries(Object.entries(expected(hostPage.surfaces)).filter(([surface]) => surfaces.includes(surface)));
      const hasUi = (key: string) =>
        page.evaluate((key) => !!(window as unknown as Record<string, { root: Element }>)[key]!.root.querySelector('handoff-ui'), key);
      const take = (selector: string, key: string) =>
        page.evaluate(
          ([selector, key]) => {
            const root = document.querySelector<HTMLElement>(selector)!;
            (window as unknown as Record<string, unknown>)[key] = { root, parent: root.parentNode, next: root.nextSibling };
            root.remove();
          },
          [selector, key] as const,
        );
      await take(a!.root, '__a');
      await poll(() => hasUi('__a')).toBe(false);
      // Put A back hidden and take B out in the same task: once B's UI is gone, a discovery has run
      // since A came back, and it skipped A as "not visible".
      await page.evaluate(() => {
        const { root, parent, next } = (window as unknown as { __a: { root: HTMLElement; parent: Node; next: Node | null } }).__a;
        root.hidden = true;
        parent.insertBefore(root, next);
      });
      await take(b!.root, '__b');
      await poll(() => hasUi('__b')).toBe(false);
      expect(await uiCounts(page, hostPage.host)).toEqual({});
      // Un-hiding changes an attribute, which we deliberately do not observe (too costly on Gmail):
      // only the navigation can bring A's UI back.
      await page.evaluate((selector) => {
        document.querySelector<HTMLElement>(selector)!.hidden = false;
        history.pushState({}, '', `${location.pathname}?view=next${location.hash}`);
      }, a!.root);
      await poll(() => uiCounts(page, hostPage.host)).toEqual(only(first!));
      await page.evaluate(() => {
        const { root, parent, next } = (window as unknown as { __b: { root: HTMLElement; parent: Node; next: Node | null } }).__b;
        parent.insertBefore(root, next);
      });
      await poll(() => uiCounts(page, hostPage.host)).toEqual(only(first!, second!));
    });
  });
  describe('the Google Docs body hook (off by default)', () => {
    // The page records, from its first script, what Docs itself would see at start-up.
    const docsPageSeeingTheHook = () =>
      hostPages
        .find((hostPage) => hostPage.host === 'docs')!
        .html()
        .replace('<head>', '<head><script>window.__seenAtStart = String(window._docs_annotate_canvas_by_ext);</script>');
    const seenAtStart = (page: Page) => page.evaluate(() => (window as unknown as { __seenAtStart: string }).__seenAtStart);
    const registered = () =>
      h.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id));
    const setHook = async (on: boolean) => {
      const options = await h.context.newPage();
      await options.goto(h.extensionUrl('popup.html'));
      await options.evaluate((on) => chrome.storage.local.set({ docsBodyHook: on }), on);
      await options.close();
    };
    const docsUrl = hostPages.find((hostPage) => hostPage.host === 'docs')!.url.replace('/edit', '/edit?hook');

    it('announces nothing to Docs while the setting is off', async () => {
      expect(await registered()).toEqual([]);
      const page = await h.openHostPage(docsUrl, docsPageSeeingTheHook());
      expect(await seenAtStart(page)).toBe('undefined');
      await page.close();
    });

    it('announces our own extension id at document_start once the setting is on, and stops when it is off', async () => {
      await setHook(true);
      await poll(registered).toEqual(['handoff-docs-body-hook']);
      const on = await h.openHostPage(docsUrl, docsPageSeeingTheHook());
      expect(await seenAtStart(on)).toBe(h.extensionId);
      await poll(() => uiCounts(on, 'docs')).toEqual({ comment: 1, reply: 1, body: 1 });
      await on.close();
      await setHook(false);
      await poll(registered).toEqual([]);
    });
  });
  it('mounts nothing on a site the user turned off, and attaches when it is turned back on', async () => {
    const setSlack = async (on: boolean) => {
      const options = await h.context.newPage();
      await options.goto(h.extensionUrl('popup.html'));
      await options.evaluate((on) => chrome.storage.local.set({ settings: { sites: { slack: on } } }), on);
      await options.close();
    };
    await setSlack(false);
    const slack = hostPages.find((hostPage) => hostPage.host === 'slack')!;
    const page = await h.openHostPage(slack.url.replace('C04LAUNCH', 'C04OFF'), slack.html());
    // The page has started (Quill is up); the off state itself is pinned down by the unit test.
    await poll(() => page.evaluate(() => typeof (window as unknown as { Quill?: unknown }).Quill)).toBe('function');
    expect(await uiCounts(page, 'slack')).toEqual({});
    await setSlack(true);
    await poll(() => uiCounts(page, 'slack')).toEqual({ channel: 1, thread: 1 });
    await page.close();
    await h.worker.evaluate(() => chrome.storage.local.remove('settings'));
  });
});
