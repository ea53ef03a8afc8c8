/**
 * What the popup's features do inside a host page: while focused, unread counts leave the tab title
 * and the composer offers the focus line; "insert into the open composer" reaches the composer
 * the user last focused.
 */
import { describe, expect, it } from 'vitest';
import { launchForSuite } from './suite';
import { hostPages } from './host-pages';
import { badgeText } from './extension-apis';

const slackChannel = hostPages.find((p) => p.host === 'slack')!;

describe('popup features inside a host page', () => {
  const h = launchForSuite();

  it('hides unread counts and offers the focus line while focused, and puts the title back after', async () => {
    const slack = await h.openHostPage(slackChannel.url, slackChannel.html());
    await slack.locator('handoff-ui[data-surface="channel"]').waitFor({ state: 'attached' });
    await slack.evaluate(() => (document.title = '(3) general - Acme - Slack'));
    const chip = slack.locator('handoff-ui[data-surface="channel"] [data-handoff="focus-line"]');
    expect(await chip.isVisible()).toBe(false);

    const popup = await h.context.newPage();
    await popup.goto(h.extensionUrl('popup.html'));
    await popup.getByRole('button', { name: '50 min' }).click();
    await expect.poll(() => badgeText(h.worker)).toBe('50m');

    await expect.poll(() => slack.title()).toBe('general - Acme - Slack');
    // The host updating its title is caught too.
    await slack.evaluate(() => (document.title = '(4) general - Acme - Slack'));
    await expect.poll(() => slack.title()).toBe('general - Acme - Slack');

    // The chip shows under the composer in use only: none until one is focused.
    expect(await chip.isVisible()).toBe(false);
    const editor = slack.locator('[data-qa="message_pane"] .ql-editor');
    await editor.click();
    await expect.poll(() => chip.isVisible()).toBe(true);
    await editor.pressSequentially('Thanks, will look at it');
    await chip.getByRole('button', { name: 'Add to message' }).click();
    await expect.poll(() => editor.innerText()).toMatch(/^Thanks, will look at it\s+I'm in focus until \d{1,2}:\d{2}( [AP]M)? my time — I'll reply after\.$/);

    await popup.getByRole('button', { name: 'Stop focus' }).click();
    await expect.poll(() => slack.title()).toBe('(4) general - Acme - Slack');
    await expect.poll(() => chip.isVisible()).toBe(false);
    await popup.close();
    await slack.close();
  });

  it('inserts the weekly update into the composer the user last focused', async () => {
    const slack = await h.openHostPage(slackChannel.url, slackChannel.html());
    await slack.locator('handoff-ui[data-surface="thread"]').waitFor({ state: 'attached' });
    const thread = slack.locator('[data-qa="threads_flexpane"] .ql-editor');
    await thread.click();
    const reply = await h.worker.evaluate(async () => {
      const c = (globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: object): Promise<unknown> } };
      }).chrome;
      // The same query the popup makes: the active tab of the last focused window.
      const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
      return c.tabs.sendMessage(tab!.id, { type: 'handoff/insert-into-composer', text: 'Weekly update\nProgress:\n- Shipped search' });
    });
    expect(reply).toEqual({ inserted: true });
    await expect.poll(() => thread.innerText()).toContain('Shipped search');
    expect(await slack.locator('[data-qa="message_pane"] .ql-editor').innerText()).not.toContain('Shipped search');
    await slack.close();
  });
});
