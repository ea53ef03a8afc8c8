/**
 * The whole path: a win logged in the popup and a commitment sent from a host composer
 * both land in this week's one-click draft, which survives closing and copies as Markdown.
 */
import { describe, expect, it } from 'vitest';
import { launchForSuite } from './suite';
import { hostPages } from './host-pages';
import { openPopup, readStore } from './extension-apis';

const slackChannel = hostPages.find((p) => p.host === 'slack')!;
const gmail = hostPages.find((p) => p.host === 'gmail')!;


describe('commitments from sent messages in the weekly update', () => {
  const h = launchForSuite();

  it('records a commitment sent with Enter in Slack and one sent with Gmail’s Send button', async () => {
    const slack = await h.openHostPage(slackChannel.url, slackChannel.html());
    const composer = slack.locator('[data-qa="message_pane"] .ql-editor');
    await slack.locator('handoff-ui[data-surface="channel"]').waitFor({ state: 'attached' });
    await composer.click();
    await composer.pressSequentially("I'll send the deck by Friday.");
    await composer.press('Shift+Enter'); // a new line, not a send
    await composer.pressSequentially('Still waiting on legal for the DPA.');
    await composer.press('Enter');

    const mail = await h.openHostPage(gmail.url, gmail.html());
    await mail.locator('handoff-ui[data-surface="compose"]').waitFor({ state: 'attached' });
    const body = mail.locator('[role="dialog"] [g_editable="true"]');
    await body.click();
    await body.pressSequentially('Could you review the contract by Thursday 3pm? Thanks!');
    await mail.locator('[role="dialog"] .btC [role="button"]').click();

    const popup = await openPopup(h);
    await expect.poll(async () => (await readStore<{ kind: string }>(popup, 'commitments')).map((r) => r.kind).sort()).toEqual([
      'ask',
      'blocker',
      'commitment',
    ]);
    const rows = await readStore<{ kind: string; text: string; host: string; to?: string; dueAt?: number }>(popup, 'commitments');
    expect(rows.find((r) => r.kind === 'commitment')).toMatchObject({ text: "I'll send the deck by Friday.", host: 'slack' });
    expect(rows.find((r) => r.kind === 'ask')).toMatchObject({ host: 'gmail', to: 'Ana Weber, Kenji Sato, Priya Nair' });
    expect(typeof rows.find((r) => r.kind === 'ask')!.dueAt).toBe('number');
    await expect.poll(() => popup.getByRole('region', { name: 'Commitments' }).textContent()).toContain("You promised: I'll send the deck by Friday.");
    await popup.close();
    await slack.close();
    await mail.close();
  });

  it('one click drafts the update with the win and the commitment; it survives closing and copies', async () => {
    let popup = await openPopup(h);
    await popup.getByRole('textbox', { name: 'Log a win' }).fill('Closed the Acme renewal');
    await popup.getByRole('button', { name: 'Log it' }).click();
    await popup.getByRole('button', { name: "Draft this week's update" }).click();
    await expect.poll(() => popup.getByRole('textbox', { name: 'Progress line' }).first().inputValue()).toBe('Closed the Acme renewal');
    const next = popup.getByRole('textbox', { name: "Next week's priorities line" });
    // Ordered by due time, which depends on today's weekday: compare as a set.
    await expect.poll(async () => (await next.evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value))).sort()).toEqual([
      expect.stringMatching(/^Follow up with Ana Weber, Kenji Sato, Priya Nair: Could you review the contract by Thursday 3pm\?/),
      expect.stringMatching(/^I'll send the deck by Friday \(due Fri, /),
    ]);
    await expect.poll(() => popup.getByRole('textbox', { name: 'Blockers line' }).inputValue()).toBe('Still waiting on legal for the DPA');
    await expect.poll(() => popup.locator('[data-section="next"] .source').allTextContents()).toContainEqual(expect.stringMatching(/^Commitment sent .* \(Slack\)$/));
    await popup.close();

    popup = await openPopup(h);
    await popup.getByRole('button', { name: "Draft this week's update" }).click();
    await expect.poll(() => popup.getByRole('textbox', { name: "Next week's priorities line" }).count()).toBe(2);
    await popup.evaluate(() => {
      const w = window as unknown as { copied: string[] };
      w.copied = [];
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text: string) => (w.copied.push(text), write(text));
    });
    await popup.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('Copied as Markdown.');
    const markdown = await popup.evaluate(() => (window as unknown as { copied: string[] }).copied[0] ?? '');
    expect(markdown).toContain('### Progress\n- Closed the Acme renewal');
    expect(markdown).toMatch(/### Next week's priorities\n(- .*\n)?- I'll send the deck by Friday \(due Fri, /);
    await popup.close();
  });

  it('marking a commitment done in the popup moves it to Progress on reopening', async () => {
    const popup = await openPopup(h);
    const promise = popup.getByRole('region', { name: 'Commitments' }).getByRole('checkbox', { name: /You promised: I'll send the deck/ });
    await promise.check();
    await expect.poll(async () => (await readStore<{ kind: string; status: string }>(popup, 'commitments')).find((r) => r.kind === 'commitment')?.status).toBe('done');
    await popup.getByRole('button', { name: "Draft this week's update" }).click();
    await expect
      .poll(() => popup.getByRole('textbox', { name: 'Progress line' }).evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value)))
      .toContain("Done: I'll send the deck by Friday");
    const next = await popup.getByRole('textbox', { name: "Next week's priorities line" }).evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
    expect(next.some((t) => t.startsWith("I'll send the deck"))).toBe(false);
    await popup.close();
  });
  it('records a message sent with Slack’s Send button, from the thread composer', async () => {
    const slack = await h.openHostPage(slackChannel.url, slackChannel.html());
    const thread = slack.locator('[data-qa="threads_flexpane"] .ql-editor');
    await slack.locator('handoff-ui[data-surface="thread"]').waitFor({ state: 'attached' });
    await thread.click();
    await thread.pressSequentially("I'll update the runbook by Thursday.");
    await slack.locator('[data-qa="threads_flexpane"] [data-qa="texty_send_button"]').click();
    const popup = await openPopup(h);
    await expect
      .poll(async () => (await readStore<{ text: string; host: string }>(popup, 'commitments')).filter((r) => r.text === "I'll update the runbook by Thursday.").map((r) => r.host))
      .toEqual(['slack']);
    await popup.close();
    await slack.close();
  });
});
