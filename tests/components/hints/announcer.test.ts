// @vitest-environment happy-dom
/**
 * The hints' live region: a count that grows is announced; fewer hints empty it, so a screen reader
 * never reads "2 Handoff hints" once the message has none (new-user retest).
 */
import { h, render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { HintsView, type HintsViewProps } from '@/components/hints/HintsView';

const noop = () => {};
const actions = new Proxy({}, { get: () => noop }) as HintsViewProps['actions'];
const view = (count: number): HintsViewProps => ({ count, indicator: null, card: null, actions, shortcut: 'Alt+Shift+J', unavailable: null });

describe('the hints announcer', () => {
  it('announces a count that grows and is emptied when the hints go', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const announcer = () => host.querySelector('[data-part="announcer"]')!.textContent;
    render(h(HintsView, view(0)), host);
    render(h(HintsView, view(2)), host);
    await vi.waitFor(() => expect(announcer()).toBe('2 Handoff hints. Press Alt+Shift+J to read them.'));
    render(h(HintsView, view(1)), host);
    await vi.waitFor(() => expect(announcer()).toBe(''));
    render(h(HintsView, view(0)), host);
    await vi.waitFor(() => expect(announcer()).toBe(''));
    render(h(HintsView, view(1)), host);
    await vi.waitFor(() => expect(announcer()).toBe('1 Handoff hint. Press Alt+Shift+J to read them.'));
    render(null, host);
    host.remove();
  });
});
