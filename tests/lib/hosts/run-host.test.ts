// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runHost, type HostContext } from '@/lib/hosts/run-host';
import { gmailAdapter } from '@/lib/hosts/gmail';
import type { Composer } from '@/lib/hosts/types';
import { gmailReplica } from '@/lib/hosts/replicas/gmail';
import { page, stubLayout } from './layout-stub';

/** A content-script context we can invalidate, like WXT's. */
const live: AbortController[] = [];
function testContext(): HostContext & { invalidate(): void } {
  const controller = new AbortController();
  live.push(controller);
  return {
    signal: controller.signal,
    onInvalidated: (cb) => {
      controller.signal.addEventListener('abort', cb);
      return () => controller.signal.removeEventListener('abort', cb);
    },
    addEventListener: (target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) =>
      target.addEventListener(type, handler, { ...options, signal: controller.signal }),
    invalidate: () => controller.abort(),
  } as HostContext & { invalidate(): void };
}

const uis = () => [...document.querySelectorAll<HTMLElement>('handoff-ui')];

describe('runHost', () => {
  afterEach(() => {
    for (const controller of live.splice(0)) controller.abort();
    document.body.replaceChildren();
  });

  it('mounts one <handoff-ui> right after each editor, with a closed shadow root (the page reads null, issue 16), and hands features the composer', () => {
    page(gmailReplica.body);
    const seen: Composer[] = [];
    runHost(testContext(), gmailAdapter, [(composer) => seen.push(composer)], { layout: stubLayout, delayMs: 0 });
    expect(uis().map((ui) => [ui.dataset.host, ui.dataset.surface])).toEqual([
      ['gmail', 'reply'],
      ['gmail', 'compose'],
    ]);
    for (const ui of uis()) {
      expect(ui.previousElementSibling?.getAttribute('g_editable')).toBe('true');
      expect(ui.shadowRoot).toBeNull();
    }
    expect(seen.map((composer) => composer.surface)).toEqual(['reply', 'compose']);
    expect(seen[1]!.shadow.host).toBe(uis()[1]);
    expect(seen[1]!.recipients()).toHaveLength(3);
  });

  it('never mounts twice, however often the page mutates', async () => {
    page(gmailReplica.body);
    const run = runHost(testContext(), gmailAdapter, [], { layout: stubLayout, delayMs: 0 });
    document.body.append(document.createElement('div'));
    run.discover();
    await vi.waitFor(() => expect(run.composers()).toHaveLength(2));
    expect(uis()).toHaveLength(2);
  });

  it('aborts the composer and removes its UI when the editor leaves, and mounts anew when it returns', async () => {
    page(gmailReplica.body);
    const seen: Composer[] = [];
    runHost(testContext(), gmailAdapter, [(composer) => seen.push(composer)], { layout: stubLayout, delayMs: 0 });
    const dialog = document.querySelector('[role="dialog"]')!;
    const parent = dialog.parentElement!;
    dialog.remove();
    await vi.waitFor(() => expect(seen[1]!.signal.aborted).toBe(true));
    expect(dialog.querySelector('handoff-ui')).toBeNull();
    parent.append(dialog);
    await vi.waitFor(() => expect(seen).toHaveLength(3));
    expect(dialog.querySelectorAll('handoff-ui')).toHaveLength(1);
  });

  it('gives a skipped hidden editor another look when the user focuses it', async () => {
    page(gmailReplica.body);
    const dialog = document.querySelector<HTMLElement>('[role="dialog"]')!;
    dialog.hidden = true;
    const run = runHost(testContext(), gmailAdapter, [], { layout: stubLayout, delayMs: 0 });
    expect(run.skipped().map((editor) => [editor.surface, editor.reasons])).toEqual([['compose', ['not visible']]]);
    dialog.hidden = false;
    dialog.querySelector<HTMLElement>('[g_editable]')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await vi.waitFor(() => expect(run.composers().map((composer) => composer.surface)).toEqual(['reply', 'compose']));
  });

  it('catches and logs a failing feature; the next feature still runs', () => {
    page(gmailReplica.body);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const after = vi.fn();
    expect(() =>
      runHost(testContext(), gmailAdapter, [function broken() { throw new Error('boom'); }, after], { layout: stubLayout }),
    ).not.toThrow();
    expect(after).toHaveBeenCalledTimes(2);
    expect(error).toHaveBeenCalledWith('[handoff] gmail: feature broken:', expect.any(Error));
    error.mockRestore();
  });

  it('goes quiet when the extension is reloaded: UIs removed, signals aborted, no more mounts', async () => {
    page(gmailReplica.body);
    const ctx = testContext();
    const seen: Composer[] = [];
    runHost(ctx, gmailAdapter, [(composer) => seen.push(composer)], { layout: stubLayout, delayMs: 0 });
    ctx.invalidate();
    expect(uis()).toEqual([]);
    expect(seen.every((composer) => composer.signal.aborted)).toBe(true);
    page(gmailReplica.body);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(uis()).toEqual([]);
  });
});
