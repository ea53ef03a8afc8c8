/** Two popups editing the same weekly-draft line end up showing, storing and copying the same text. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchForSuite } from './suite';
import { openPopup, readStore } from './extension-apis';

async function recordCopies(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { copied: string[] };
    w.copied = [];
    navigator.clipboard.writeText = async (text: string) => {
      w.copied.push(text);
    };
  });
}

async function storedBlockers(page: Page): Promise<string[]> {
  const [draft] = await readStore<{ sections: { blockers: { text: string }[] } }>(page, 'weeklyDrafts');
  return draft?.sections.blockers.map((l) => l.text) ?? [];
}

describe('two popups on one weekly draft', () => {
  const h = launchForSuite();

  it('converge on the stored text of a line both edit, each keeping focus, and copy what they show', async () => {
    const a = await openPopup(h);
    const b = await openPopup(h);
    await a.getByRole('button', { name: "Draft this week's update" }).click();
    await b.getByRole('button', { name: "Draft this week's update" }).click();
    await a.getByRole('button', { name: '+ Add to Blockers' }).click();
    const lineA = a.getByRole('textbox', { name: 'Blockers line' });
    const lineB = b.getByRole('textbox', { name: 'Blockers line' });
    await lineB.waitFor();

    // A types and keeps its cursor in the line.
    await lineA.pressSequentially('Alpha waiting');
    await expect.poll(() => storedBlockers(a)).toEqual(['Alpha waiting']);
    await expect.poll(() => lineB.inputValue()).toBe('Alpha waiting');

    // B, focused in the same line, rewrites it; A is still focused there.
    await lineB.focus();
    await lineB.press('Control+A');
    await lineB.pressSequentially('Beta blocked on legal');
    await expect.poll(() => storedBlockers(b)).toEqual(['Beta blocked on legal']);
    expect(await lineA.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => lineA.inputValue()).toBe('Beta blocked on legal');
    expect(await lineB.inputValue()).toBe('Beta blocked on legal');

    // A goes on typing from what it now shows; B follows.
    await lineA.press('End');
    await lineA.pressSequentially(' review');
    await expect.poll(() => storedBlockers(a)).toEqual(['Beta blocked on legal review']);
    await expect.poll(() => lineB.inputValue()).toBe('Beta blocked on legal review');
    expect(await lineA.inputValue()).toBe('Beta blocked on legal review');

    // Each copies exactly what it shows.
    for (const page of [a, b]) {
      await recordCopies(page);
      await page.getByRole('button', { name: 'Copy as plain text' }).click();
      await expect.poll(() => page.getByRole('status').textContent()).toBe('Copied as plain text.');
      const copied = await page.evaluate(() => (window as unknown as { copied: string[] }).copied[0] ?? '');
      expect(copied).toContain(`Blockers:\n- ${await page.getByRole('textbox', { name: 'Blockers line' }).inputValue()}`);
      expect(copied).toContain('- Beta blocked on legal review');
    }
    await a.close();
    await b.close();
  });
});
