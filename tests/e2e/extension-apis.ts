/**
 * What the popup/options e2e tests reach inside the extension: the chrome.* APIs they call through
 * the service worker, and raw reads of the extension's IndexedDB from an extension page.
 */
import type { Page, Worker } from 'playwright-core';
import type { SuiteHarness } from './harness';

export async function badgeText(worker: Worker): Promise<string> {
  return worker.evaluate(() => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}));
}

export async function badgeColor(worker: Worker): Promise<number[]> {
  return worker.evaluate(() =>
    (globalThis as unknown as { chrome: { action: { getBadgeBackgroundColor(d: object): Promise<number[]> } } }).chrome.action.getBadgeBackgroundColor({}),
  );
}

/** Fires one of the extension's alarms now, through the real alarms API. */
export async function fireAlarm(worker: Worker, name: string): Promise<void> {
  await worker.evaluate(
    (alarm) => (globalThis as unknown as { chrome: { alarms: { create(n: string, i: object): Promise<void> } } }).chrome.alarms.create(alarm, { when: Date.now() }),
    name,
  );
}

export async function alarmNames(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => {
    const all = await (globalThis as unknown as { chrome: { alarms: { getAll(): Promise<{ name: string }[]> } } }).chrome.alarms.getAll();
    return all.map((a) => a.name);
  });
}

/** Every row of an object store of the extension's `handoff` database, read from an extension page. */
export async function readStore<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('handoff');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const request = database.transaction(name, 'readonly').objectStore(name).getAll();
          request.onsuccess = () => {
            database.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** Opens the real popup and waits until it has rendered its weekly-update button. */
export async function openPopup(h: SuiteHarness): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(h.extensionUrl('popup.html'));
  await page.getByRole('button', { name: "Draft this week's update" }).waitFor();
  return page;
}
