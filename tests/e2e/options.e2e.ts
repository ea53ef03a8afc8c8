import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { SuiteHarness } from './harness';
import { launchForSuite } from './suite';
import { readStore } from './extension-apis';

interface StoredSettings {
  homeZone: string;
  disabledRules: string[];
  sites: Record<string, boolean>;
  focus: { hideUnreadCounts: boolean };
}

async function storedSettings(h: SuiteHarness): Promise<StoredSettings | undefined> {
  return h.worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return (await c.storage.local.get('settings')).settings as StoredSettings | undefined;
  });
}

async function openOptions(h: SuiteHarness): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(h.extensionUrl('options.html'));
  await page.getByRole('heading', { name: 'Your data' }).waitFor();
  return page;
}

describe('the options page', () => {
  const h = launchForSuite();

  it('saves zone, rules, sites and focus settings; two pages open at once keep each other’s changes', async () => {
    const a = await openOptions(h);
    const b = await openOptions(h);
    // Typed as people say it, and saved on Enter: "Mumbai" is Kolkata (a list's type-ahead saved Muscat), "EST" is refused.
    const home = a.getByRole('combobox', { name: 'Home time zone' });
    await home.fill('EST');
    await home.press('Enter');
    await expect.poll(() => a.getByRole('alert').first().textContent()).toMatch(/EST/);
    await home.fill('Mumbai');
    await home.press('Enter');
    await expect.poll(() => home.inputValue()).toBe('Asia/Kolkata');
    await home.fill('Tokyo');
    await home.press('Enter');
    await b.getByRole('checkbox', { name: 'Handoff on Slack' }).uncheck();
    // Rules are listed by their plain names, under a legend of the underline each kind gets.
    await a.getByRole('checkbox', { name: 'Rule: Greeting on its own' }).uncheck();
    expect(await a.locator('[data-part="legend"] li').count()).toBe(4);
    await b.getByRole('checkbox', { name: /Hide unread counts/ }).uncheck();
    await expect.poll(() => storedSettings(h)).toMatchObject({
      homeZone: 'Asia/Tokyo',
      disabledRules: ['no-hello'],
      sites: { gmail: true, slack: false, docs: true },
      focus: { hideUnreadCounts: false },
    });
    // Each page shows the other's change without a reload.
    await expect.poll(() => b.getByRole('combobox', { name: 'Home time zone' }).inputValue()).toBe('Asia/Tokyo');
    expect(await a.getByRole('checkbox', { name: 'Handoff on Slack' }).isChecked()).toBe(false);
    await a.close();
    await b.close();
  });

  it('adds, finds, edits and deletes people; a roster with a bad line imports nothing', async () => {
    const page = await openOptions(h);
    await page.getByRole('button', { name: 'Add a person' }).click();
    // The cursor is in the form's first field: typing goes there, not nowhere.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Name');
    await page.keyboard.type('Ana');
    expect(await page.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('Ana');
    await page.getByRole('textbox', { name: 'Name' }).fill('Ana Weber');
    await page.getByRole('textbox', { name: 'Emails' }).fill('Ana@Example.com');
    await page.getByRole('combobox', { name: 'Time zone', exact: true }).fill('Mars/Olympus');
    await page.getByRole('button', { name: 'Save person' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/not a known IANA time zone/);
    await page.getByRole('combobox', { name: 'Time zone', exact: true }).fill('Europe/Berlin');
    // Her working day, which the deadline warnings then use instead of the default.
    await page.getByLabel('Their working day starts').fill('07:30');
    await page.getByRole('button', { name: 'Save person' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/both the start and the end/);
    await page.getByLabel('Their working day ends').fill('15:30');
    await page.getByRole('button', { name: 'Save person' }).click();
    await expect.poll(() => page.locator('table.people tbody tr').count()).toBe(1);
    expect(await page.locator('table.people tbody tr').first().textContent()).toContain('07:30–15:30');
    // Saved: focus is back on the button that opened the form.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Add a person');

    await page.getByText('Import a roster (CSV or JSON)').click();
    const roster = page.getByRole('textbox', { name: 'Roster' });
    await roster.fill('email,name,timeZone\nkenji@example.jp,Kenji Sato,Asia/Singapore\nbad-email,Nobody,Europe/Paris\npriya@example.in,Priya,Asia/Nowhere');
    await page.getByRole('button', { name: 'Import roster' }).click();
    const alert = page.locator('details [role="alert"]');
    await expect.poll(() => alert.textContent()).toMatch(/Nothing was imported.*Line 3: .*Line 4: /);
    expect(await page.locator('table.people tbody tr').count()).toBe(1);
    await roster.fill('email,name,timeZone\nkenji@example.jp,Kenji Sato,Asia/Singapore\npriya@example.in,Priya Nair,Tokyo');
    await page.getByRole('button', { name: 'Import roster' }).click();
    await expect.poll(() => page.locator('table.people tbody tr').count()).toBe(3);

    await page.getByRole('searchbox', { name: 'Search people' }).fill('singapore');
    await expect.poll(() => page.locator('table.people tbody tr').allTextContents()).toEqual([expect.stringContaining('Kenji Sato')]);
    await page.getByRole('button', { name: 'Edit Kenji Sato' }).click();
    // A city is accepted where a zone is asked, and stored as its IANA zone.
    await page.getByRole('combobox', { name: 'Time zone', exact: true }).fill('seoul');
    await page.getByRole('button', { name: 'Save person' }).click();
    await page.getByRole('searchbox', { name: 'Search people' }).fill('');
    await expect.poll(async () => (await readStore<{ name: string; timeZone: string; zoneSource: string }>(page, 'people')).find((p) => p.name === 'Kenji Sato')).toMatchObject({
      timeZone: 'Asia/Seoul',
      zoneSource: 'user',
    });
    // The whole list is back (the search cleared, the form closed) before one row is deleted.
    await expect.poll(() => page.locator('table.people tbody tr').count()).toBe(3);
    await expect.poll(() => page.getByRole('button', { name: 'Delete Priya Nair' }).count(), { timeout: 20_000 }).toBe(1);
    await page.getByRole('button', { name: 'Delete Priya Nair' }).click();
    await expect.poll(() => page.locator('table.people tbody tr').count()).toBe(2);
    expect((await readStore<{ emails: string[] }>(page, 'people')).map((p) => p.emails[0]).sort()).toEqual(['ana@example.com', 'kenji@example.jp']);
    await page.close();
  });

  it('exports everything, deletes it all, imports it back exactly; a corrupt file changes nothing', async () => {
    const popup = await h.context.newPage();
    await popup.goto(h.extensionUrl('popup.html'));
    await popup.getByRole('textbox', { name: 'Log a win' }).fill('Shipped the export');
    await popup.getByRole('button', { name: 'Log it' }).click();
    await popup.getByRole('button', { name: "Draft this week's update" }).click();
    await popup.getByRole('textbox', { name: 'Progress line' }).waitFor();
    await popup.close();

    const page = await openOptions(h);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export everything' }).click();
    const file = await (await downloading).path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ format: 'handoff-export', version: 3, settings: { homeZone: 'Asia/Tokyo' } });
    expect(exported.tables.people).toHaveLength(2);
    expect(exported.tables.wins).toEqual([expect.objectContaining({ text: 'Shipped the export' })]);
    expect(exported.tables.weeklyDrafts).toHaveLength(1);

    await page.getByRole('button', { name: 'Delete all my data' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('All your Handoff data was deleted.');
    expect(await readStore(page, 'wins')).toEqual([]);
    expect(await readStore(page, 'people')).toEqual([]);
    expect(await storedSettings(h)).toBeUndefined();

    await page.getByLabel('Import from a file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"handoff-export","version":2,"tables":{"wins":[{"text":"no id"}]}}') });
    await expect.poll(() => page.locator('[role="alert"].error').textContent()).toBe('"tables.wins" item 1 has no "id". Nothing was imported.');

    await page.getByLabel('Import from a file').setInputFiles(file);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Imported \d+ records and your settings\.$/);
    const again = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export everything' }).click();
    const reexported = JSON.parse(readFileSync(await (await again).path(), 'utf8'));
    expect({ ...reexported, exportedAt: 0 }).toEqual({ ...exported, exportedAt: 0 });
    await expect.poll(() => page.getByRole('combobox', { name: 'Home time zone' }).inputValue()).toBe('Asia/Tokyo');
    await page.close();
  });
});
