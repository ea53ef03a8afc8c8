import { describe, expect, it } from 'vitest';
import { launchForSuite } from './suite';
import { openPopup, readStore } from './extension-apis';


describe('the weekly update from the popup', () => {
  const h = launchForSuite();

  it('drafts this week from a logged win, autosaves edits, survives closing, copies as Markdown', async () => {
    let popup = await openPopup(h);
    await popup.getByRole('textbox', { name: 'Log a win' }).fill('Closed the Acme renewal');
    await popup.getByRole('button', { name: 'Log it' }).click();
    await expect.poll(() => popup.getByRole('list', { name: 'Wins this week' }).textContent()).toContain('Closed the Acme renewal');

    await popup.getByRole('button', { name: "Draft this week's update" }).click();
    const progress = popup.getByRole('textbox', { name: 'Progress line' });
    await expect.poll(() => progress.first().inputValue()).toBe('Closed the Acme renewal');
    await expect.poll(() => popup.locator('.source').first().textContent()).toMatch(/^Win logged /);

    // Type a blocker and close the popup mid-sentence: every keystroke is saved.
    await popup.getByRole('button', { name: '+ Add to Blockers' }).click();
    await popup.getByRole('textbox', { name: 'Blockers line' }).pressSequentially('Waiting on legal for the D');
    await expect
      .poll(async () => JSON.stringify((await readStore<{ sections: unknown }>(popup, 'weeklyDrafts'))[0]?.sections))
      .toContain('Waiting on legal for the D');
    await popup.close();

    popup = await openPopup(h);
    await popup.getByRole('button', { name: "Draft this week's update" }).click();
    await expect.poll(() => popup.getByRole('textbox', { name: 'Blockers line' }).inputValue()).toBe('Waiting on legal for the D');
    await expect.poll(() => popup.getByRole('textbox', { name: 'Progress line' }).count()).toBe(1);
    await expect.poll(() => popup.getByTestId('draft-stats').textContent()).toMatch(/^10 words · about 1 min to read/);

    // Record what reaches the clipboard API (reading it back needs a permission headless Chromium
    // cannot grant to an extension origin); the real write still runs.
    await popup.evaluate(() => {
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      const w = window as unknown as { copied: string[] };
      w.copied = [];
      navigator.clipboard.writeText = (text: string) => {
        w.copied.push(text);
        return write(text);
      };
    });
    await popup.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('Copied as Markdown.');
    const copied = await popup.evaluate(() => (window as unknown as { copied: string[] }).copied[0] ?? '');
    expect(copied).toMatch(/^## Weekly update — /);
    expect(copied).toContain('### Progress\n- Closed the Acme renewal');
    expect(copied).toContain('### Blockers\n- Waiting on legal for the D');

    // A removed prefilled line stays removed when the draft is reopened.
    await popup.getByRole('button', { name: 'Remove line' }).first().click();
    await expect.poll(() => popup.getByRole('textbox', { name: 'Progress line' }).count()).toBe(0);
    await popup.close();
    popup = await openPopup(h);
    await popup.getByRole('button', { name: "Draft this week's update" }).click();
    await popup.getByRole('textbox', { name: 'Blockers line' }).waitFor();
    expect(await popup.getByRole('textbox', { name: 'Progress line' }).count()).toBe(0);
    await popup.close();
  });

  it('two popups editing different lines of the same draft keep both edits', async () => {
    const a = await openPopup(h);
    const b = await openPopup(h);
    await a.getByRole('button', { name: "Draft this week's update" }).click();
    await b.getByRole('button', { name: "Draft this week's update" }).click();
    await a.getByRole('button', { name: "+ Add to Next week's priorities" }).click();
    await a.getByRole('textbox', { name: "Next week's priorities line" }).pressSequentially('Plan Q1');
    await b.getByRole('button', { name: '+ Add to Decisions needed' }).click();
    await b.getByRole('textbox', { name: 'Decisions needed line' }).pressSequentially('Pick a vendor');
    await expect.poll(() => a.getByRole('textbox', { name: 'Decisions needed line' }).inputValue()).toBe('Pick a vendor');
    await expect.poll(() => b.getByRole('textbox', { name: "Next week's priorities line" }).inputValue()).toBe('Plan Q1');
    const [stored] = await readStore<{ sections: Record<string, { text: string }[]> }>(a, 'weeklyDrafts');
    expect(stored!.sections.next!.map((i) => i.text)).toEqual(['Plan Q1']);
    expect(stored!.sections.decisions!.map((i) => i.text)).toEqual(['Pick a vendor']);
    expect(stored!.sections.blockers!.map((i) => i.text)).toEqual(['Waiting on legal for the D']);
    await a.close();
    await b.close();
  });
  it('keeps every key of a fast typist: the next win typed right after Enter, a line typed right after "+ Add"', async () => {
    const popup = await openPopup(h);
    const win = popup.getByRole('textbox', { name: 'Log a win' });
    await win.click();
    // Typed as one burst: no wait for the first save before the second win.
    await popup.keyboard.type('Reviewed the Q3 deck with Ana\nMigrated the billing jobs\n');
    await expect.poll(async () => (await readStore<{ text: string }>(popup, 'wins')).map((w) => w.text)).toEqual(expect.arrayContaining(['Reviewed the Q3 deck with Ana', 'Migrated the billing jobs']));
    await popup.getByRole('button', { name: "Draft this week's update" }).click();
    await popup.getByRole('button', { name: "+ Add to Next week's priorities" }).click();
    await popup.keyboard.type('Hire a QA lead');
    await expect.poll(() => popup.getByRole('textbox', { name: "Next week's priorities line" }).last().inputValue()).toBe('Hire a QA lead');
    await expect
      .poll(async () => JSON.stringify((await readStore<{ sections: unknown }>(popup, 'weeklyDrafts'))[0]?.sections))
      .toContain('"text":"Hire a QA lead"');
    await popup.close();
  });
});
