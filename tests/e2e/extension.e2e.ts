import { describe, expect, it } from 'vitest';
import { EXTENSION_ID } from './harness';
import { launchForSuite } from './suite';

describe('the built extension in Chromium', () => {
  const h = launchForSuite();

  it('starts its service worker under the pinned id', () => {
    expect(h.extensionId).toBe(EXTENSION_ID);
  });

  it('answers a typed ping from an extension page', async () => {
    const page = await h.context.newPage();
    await page.goto(h.extensionUrl('popup.html'));
    const reply = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ping' }));
    expect(reply).toEqual({ ok: true, value: { version: '0.1.0' } });
    await page.close();
  });

  it('renders the popup with a link to the playground', async () => {
    const page = await h.context.newPage();
    await page.goto(h.extensionUrl('popup.html'));
    await expect.poll(() => page.getByRole('link', { name: /playground/i }).count()).toBe(1);
    await page.close();
  });
});
