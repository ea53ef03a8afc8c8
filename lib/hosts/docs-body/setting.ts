/**
 * The "Google Docs document body (experimental)" setting, and the background side that registers
 * the page-world hook only while it is on. Kept under its own storage key so it needs no change to
 * the shared settings shape; the options page can show it as a checkbox.
 */
import { browser } from 'wxt/browser';
import { logError } from '@/lib/log';

export { DOCS_BODY_HOOK_KEY } from '@/lib/storage/schema';
import { DOCS_BODY_HOOK_KEY } from '@/lib/storage/schema';
export const DOCS_BODY_HOOK_SCRIPT_ID = 'handoff-docs-body-hook';
/** Where WXT builds entrypoints/docs-body-hook.content.ts. */
const HOOK_FILE = 'content-scripts/docs-body-hook.js';

export async function isDocsBodyHookOn(): Promise<boolean> {
  const stored = await browser.storage.local.get(DOCS_BODY_HOOK_KEY);
  return stored[DOCS_BODY_HOOK_KEY] === true;
}

export async function setDocsBodyHook(on: boolean): Promise<void> {
  await browser.storage.local.set({ [DOCS_BODY_HOOK_KEY]: on });
}

/** Registers or unregisters the page-world hook to match the setting (pages opened later see it). */
export async function syncDocsBodyHook(on: boolean): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [DOCS_BODY_HOOK_SCRIPT_ID] });
  if (on && !registered.length) {
    await browser.scripting.registerContentScripts([
      {
        id: DOCS_BODY_HOOK_SCRIPT_ID,
        matches: ['https://docs.google.com/document/*'],
        js: [HOOK_FILE],
        runAt: 'document_start',
        world: 'MAIN',
        persistAcrossSessions: true,
      },
    ]);
  } else if (!on && registered.length) {
    await browser.scripting.unregisterContentScripts({ ids: [DOCS_BODY_HOOK_SCRIPT_ID] });
  }
}

/** Background: keep the hook's registration in step with the setting, now and on every change. */
export function keepDocsBodyHookInSync(): void {
  const sync = () => isDocsBodyHookOn().then(syncDocsBodyHook).catch((error) => logError('docs body hook', error));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && DOCS_BODY_HOOK_KEY in changes) void sync();
  });
  void sync();
}
