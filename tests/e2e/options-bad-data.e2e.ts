/** Whatever is stored, the options page loads and its data panel (import, export, delete all) works. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchForSuite } from './suite';
import { readStore } from './extension-apis';

const BAD_SETTINGS = { homeZone: 'Mars/Base', workingHours: 'nine to five', hourCycle: 12, sites: 'all', disabledRules: 'no-hello', focus: { defaultMinutes: 1e12 } };

async function putRow(page: Page, store: string, row: object): Promise<void> {
  await page.evaluate(
    ([name, value]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('handoff');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(name as string, 'readwrite');
          tx.objectStore(name as string).put(value);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [store, row] as const,
  );
}

describe('the options page with bad data stored', () => {
  const h = launchForSuite();

  it('loads with defaults for each bad setting, shows a corrupt person, and keeps import, export and delete-all working', async () => {
    const page = await h.context.newPage();
    await page.goto(h.extensionUrl('options.html'));
    await page.getByRole('heading', { name: 'Your data' }).waitFor();
    await h.worker.evaluate((settings) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ settings }), BAD_SETTINGS);
    await putRow(page, 'people', { id: 9, name: 'Broken Row', emails: 'broken@example.com', slackIds: null, timeZone: 'EST' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.reload();

    await page.getByRole('heading', { name: 'Your data' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Working day starts' }).inputValue()).toBe('09:00');
    expect(await page.getByRole('combobox', { name: 'Clock' }).inputValue()).toBe('auto');
    expect(await page.getByRole('checkbox', { name: 'Handoff on Slack' }).isChecked()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Shortcut session length' }).inputValue()).toBe('50');
    await expect.poll(() => page.locator('table.people tbody tr').allTextContents()).toEqual([expect.stringContaining('broken@example.com')]);
    expect(errors).toEqual([]);

    // An export file with one bad row is refused whole, naming the row and the field.
    const file = { format: 'handoff-export', version: 2, tables: { people: [{ id: 1, emails: ['ana@example.com'], slackIds: [] }, { id: 2, emails: 'bo@example.com', slackIds: [] }] } };
    await page.getByLabel('Import from a file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect.poll(() => page.locator('[role="alert"].error').textContent()).toBe('"tables.people" item 2 (id 2) has "emails" that must be a list. Nothing was imported.');
    expect((await readStore<{ id: number }>(page, 'people')).map((p) => p.id)).toEqual([9]);

    await page.getByRole('button', { name: 'Delete all my data' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('All your Handoff data was deleted.');
    expect(await readStore(page, 'people')).toEqual([]);
    await page.close();
  });
});
