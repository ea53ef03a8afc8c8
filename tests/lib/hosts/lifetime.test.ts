// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { lifetime } from '@/lib/hosts/lifetime';
import type { HostContext } from '@/lib/hosts/run-host';

/** WXT's context as far as we use it: ended by its own controller. */
function wxtContext() {
  const controller = new AbortController();
  const ctx: HostContext = {
    signal: controller.signal,
    onInvalidated: (cb) => (controller.signal.addEventListener('abort', cb), () => undefined),
    addEventListener: ((target: EventTarget, type: string, handler: EventListener) => target.addEventListener(type, handler, { signal: controller.signal })) as HostContext['addEventListener'],
  };
  return { ctx, end: () => controller.abort() };
}

describe('the content script lifetime (issue 16)', () => {
  it("does not end when a page fires WXT's 'content script started' event while the extension lives", () => {
    const wxt = wxtContext();
    const life = lifetime(wxt.ctx, () => true);
    wxt.end(); // what WXT does on the page's forged event
    expect(life.signal.aborted).toBe(false);
    const handler = vi.fn();
    life.addEventListener(document, 'focusin', handler);
    document.dispatchEvent(new Event('focusin'));
    expect(handler).toHaveBeenCalledOnce();
  });

  it('ends when WXT notices the extension is gone', () => {
    let alive = true;
    const wxt = wxtContext();
    const life = lifetime(wxt.ctx, () => alive);
    const ended = vi.fn();
    life.onInvalidated(ended);
    alive = false;
    wxt.end();
    expect(life.signal.aborted).toBe(true);
    expect(ended).toHaveBeenCalledOnce();
  });

  it("ends at the user's next focus, click or key once the extension is gone, and its listeners stop", () => {
    let alive = true;
    const life = lifetime(wxtContext().ctx, () => alive);
    const handler = vi.fn();
    life.addEventListener(document, 'keydown', handler);
    document.dispatchEvent(new Event('keydown'));
    expect(handler).toHaveBeenCalledOnce();
    alive = false;
    document.dispatchEvent(new Event('pointerdown'));
    expect(life.signal.aborted).toBe(true);
    document.dispatchEvent(new Event('keydown'));
    expect(handler).toHaveBeenCalledOnce();
  });
});
