// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { runHostWhileEnabled } from '@/lib/hosts/site-switch';
import type { HostContext } from '@/lib/hosts/run-host';
import { gmailAdapter } from '@/lib/hosts/gmail';
import { gmailReplica } from '@/lib/hosts/replicas/gmail';
import { updateSettings } from '@/lib/storage/settings';
import { page, stubLayout } from './layout-stub';

let controller: AbortController;
function testContext(): HostContext {
  return {
    signal: controller.signal,
    onInvalidated: (cb: () => void) => {
      controller.signal.addEventListener('abort', cb);
      return () => controller.signal.removeEventListener('abort', cb);
    },
    addEventListener: (target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) =>
      target.addEventListener(type, handler, { ...options, signal: controller.signal }),
  } as HostContext;
}
const uis = () => document.querySelectorAll('handoff-ui').length;

describe('the per-site switch', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    controller = new AbortController();
    page(gmailReplica.body);
  });
  afterEach(() => {
    controller.abort();
    document.body.replaceChildren();
  });

  it('mounts on a site that is on (the default)', async () => {
    runHostWhileEnabled(testContext(), gmailAdapter, [], { layout: stubLayout, delayMs: 0 });
    await expect.poll(uis).toBe(2);
  });

  it('mounts nothing while the site is off, and attaches as soon as it is turned on', async () => {
    await updateSettings({ sites: { gmail: false } });
    runHostWhileEnabled(testContext(), gmailAdapter, [], { layout: stubLayout, delayMs: 0 });
    await updateSettings({ homeZone: 'Europe/Berlin' });
    expect(uis()).toBe(0);
    await updateSettings({ sites: { gmail: true } });
    await expect.poll(uis).toBe(2);
  });

  it('removes its UI when the site is turned off', async () => {
    runHostWhileEnabled(testContext(), gmailAdapter, [], { layout: stubLayout, delayMs: 0 });
    await expect.poll(uis).toBe(2);
    await updateSettings({ sites: { gmail: false } });
    await expect.poll(uis).toBe(0);
  });
});
