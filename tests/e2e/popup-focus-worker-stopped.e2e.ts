/**
 * A focus session ends on time even when Chromium stopped the service worker in between: the
 * alarm wakes a fresh worker, which closes the session and clears the badge.
 */
import { describe, expect, it } from 'vitest';
import { launchForSuite } from './suite';
import { readStore } from './extension-apis';

describe('focus with the service worker stopped', () => {
  const h = launchForSuite();

  it('ends a short session by its alarm after the worker was stopped', async () => {
    const page = await h.context.newPage();
    await page.goto(h.extensionUrl('popup.html'));
    // A 3-second session: lengths are free-form in the protocol, presets are only the popup's offer.
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'focus/start', minutes: 0.05 }));
    const cdp = await h.context.newCDPSession(page);
    const versions: { versionId: string; scriptURL: string; runningStatus: string }[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', (e) => versions.push(...e.versions));
    await cdp.send('ServiceWorker.enable');
    await expect.poll(() => versions.some((v) => v.scriptURL.startsWith(h.extensionUrl('')) && v.runningStatus === 'running')).toBe(true);
    const running = versions.find((v) => v.scriptURL.startsWith(h.extensionUrl('')) && v.runningStatus === 'running')!;
    // Stop it as Chromium does when idle; CDP then reports the version stopped.
    await cdp.send('ServiceWorker.stopWorker', { versionId: running.versionId });
    await expect.poll(() => versions.filter((v) => v.versionId === running.versionId).at(-1)?.runningStatus).toBe('stopped');

    await expect
      .poll(async () => (await readStore<{ endedAt?: number; interrupted?: boolean }>(page, 'focusSessions'))[0], { timeout: 45_000, interval: 500 })
      .toMatchObject({ endedAt: expect.any(Number), interrupted: false });
    const [worker] = h.context.serviceWorkers().slice(-1);
    const badge = await worker!.evaluate(() =>
      (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}),
    );
    expect(badge).toBe('');
    await page.close();
  });
});
