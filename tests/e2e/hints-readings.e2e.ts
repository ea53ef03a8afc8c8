/**
 * An ambiguous zone abbreviation in the built extension, on the Slack replica: the deadline card says
 * how "IST" was read and offers its other meanings; one click reads the deadline again that way, and
 * the choice holds for this composer as the user keeps typing (issue 12).
 */
import { describe, expect, it } from 'vitest';
import { texts } from './pierce';
import { cycleCardsUntil } from './card-steps';
import { launchForSuite } from './suite';
import { hostPages } from './host-pages';

const slack = hostPages.find((p) => p.host === 'slack')!;
const EDITOR = '[data-qa="message_pane"] .ql-editor';

describe('the other reading of a zone abbreviation, one click away', () => {
  const h = launchForSuite();

  it('reads “IST” as India time, says so, and reads it as Israel time after one click', async () => {
    const page = await h.openHostPage(slack.url, slack.html());
    const ui = page.locator('[data-qa="message_pane"] handoff-ui');
    await ui.waitFor({ state: 'attached' });
    await page.click(EDITOR);
    await page.keyboard.type('Hi Kenji, can you send me the Q3 numbers by 3pm IST on Friday?');
    const card = ui.locator('[data-part="card"]');
    const reading = card.locator('[data-part="reading"]');
    await cycleCardsUntil(page, ui, reading);
    await expect.poll(() => reading.locator('p').textContent()).toBe('“IST” read as India Standard Time (its most common meaning).');
    expect(await texts(reading.locator('[data-part="other-reading"]'))).toEqual(['Irish Standard Time instead', 'Israel Standard Time instead']);
    const chip = card.locator('[data-part="deadline-chip"]');
    const before = await chip.textContent();
    await reading.getByRole('button', { name: 'Israel Standard Time instead' }).click();
    await expect.poll(() => reading.locator('p').textContent()).toBe('“IST” read as Israel Standard Time (as you chose).');
    expect(await chip.textContent()).not.toBe(before);
    // The choice holds while the user keeps typing in this composer.
    await page.click(EDITOR);
    await page.keyboard.press('End');
    await page.keyboard.type(' Thanks');
    await expect.poll(async () => (await page.locator(EDITOR).innerText()).endsWith('Thanks')).toBe(true);
    await cycleCardsUntil(page, ui, reading);
    await expect.poll(() => reading.locator('p').textContent()).toBe('“IST” read as Israel Standard Time (as you chose).');
    await page.close();
  });
});
