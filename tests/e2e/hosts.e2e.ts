/**
 * The content scripts against every host replica, served at the real origins: each composer gets
 * exactly one <handoff-ui> beside it, loses it when it leaves, gets it back when it returns, and
 * single-page navigation re-runs discovery. The same assertions run on every host page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';
import { hostPages } from './host-pages';

type Counts = Record<string, number>;

/** `<handoff-ui>` elements per data-surface, and whether each one sits right after its editor. */
function uiCounts(page: Page, host: string): Promise<Counts> {
  return page.evaluate((host) => {
    const counts: Record<string, number> = {};
    for (const ui of document.querySelectorAll<HTMLElement>(`handoff-ui[data-host="${host}"]`)) {
      const editor = ui.previousElementSibling;
      const besideEditor =
        !!editor && (editor.matches('[contenteditable="true"], textarea')) && !editor.contains(ui);
      const key = besideEditor && ui.shadowRoot ? ui.dataset.surface! : `misplaced:${ui.dataset.surface}`;
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
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('match exactly the three host patterns', async () => {
    const scripts = await h.worker.evaluate(() => chrome.runtime.getManifest().content_scripts ?? []);
    expect(scripts.flatMap((script) => script.matches ?? []).sort()).toEqual([
      'https://app.slack.com/*',
      'https://docs.google.com/document/*',
      'https://mail.google.com/*',
    ]);
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
      await expect.poll(() => uiCounts(page, hostPage.host)).toEqual(expected(hostPage.surfaces));
    });

    it.each(Object.entries(hostPage.surfaces))('unmounts the %s composer when it leaves and remounts it when it returns', async (surface, spec) => {
      await page.evaluate((selector) => {
        const root = document.querySelector(selector)!;
        const place = { parent: root.parentNode!, next: root.nextSibling };
        (window as unknown as { __removed: unknown }).__removed = { root, place };
        root.remove();
      }, spec!.root);
      await expect.poll(() => removedRootHasUi(page)).toBe(false);
      await expect.poll(() => uiCounts(page, hostPage.host)).toEqual(expected(hostPage.surfaces, surface));
      await page.evaluate(() => {
        const { root, place } = (window as unknown as { __removed: { root: Node; place: { parent: Node; next: Node | null } } }).__removed;
        place.parent.insertBefore(root, place.next);
      });
      await expect.poll(() => uiCounts(page, hostPage.host)).toEqual(expected(hostPage.surfaces));
    });

    it('re-runs discovery on single-page navigation (history.pushState)', async () => {
      const [surface, spec] = Object.entries(hostPage.surfaces)[0]!;
      // Re-added hidden, the composer is skipped ("not visible"); un-hiding it changes an attribute,
      // which we deliberately do not observe, so only the navigation can bring its UI back.
      await page.evaluate((selector) => {
        const root = document.querySelector<HTMLElement>(selector)!;
        (window as unknown as { __removed: unknown }).__removed = { root, place: { parent: root.parentNode!, next: root.nextSibling } };
        root.remove();
      }, spec!.root);
      await expect.poll(() => removedRootHasUi(page)).toBe(false);
      await expect.poll(() => uiCounts(page, hostPage.host)).toEqual(expected(hostPage.surfaces, surface));
      await page.evaluate(() => {
        const { root, place } = (window as unknown as { __removed: { root: HTMLElement; place: { parent: Node; next: Node | null } } }).__removed;
        root.hidden = true;
        place.parent.insertBefore(root, place.next);
      });
      await expect.poll(() => uiCounts(page, hostPage.host)).toEqual(expected(hostPage.surfaces, surface));
      await page.evaluate((selector) => {
        document.querySelector<HTMLElement>(selector)!.hidden = false;
        history.pushState({}, '', `${location.pathname}?view=next${location.hash}`);
      }, spec!.root);
      await expect.poll(() => uiCounts(page, hostPage.host)).toEqual(expected(hostPage.surfaces));
    });
  });
});
