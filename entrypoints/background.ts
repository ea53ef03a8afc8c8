import { keepDocsBodyHookInSync } from '@/lib/hosts/docs-body/setting';
import { listen } from '@/lib/messaging';
import { handlers } from '@/lib/background/handlers';
import { guardMessage } from '@/lib/background/message-guards';
import { drainQueue, RECORD_RETRY_ALARM } from '@/lib/background/record-queue';
import { handleFocusAlarm, resumeFocus, toggleFocus } from '@/lib/features/focus/background';
import { getSettings } from '@/lib/storage/settings';
import { migrateStoredData } from '@/lib/background/data-migrations';

export default defineBackground(() => {
  listen(handlers, guardMessage(browser.runtime.id, browser.runtime.getURL('/')));
  keepDocsBodyHookInSync();
  // A worker stopped mid-record left the message queued: record it now that the worker runs again.
  drainQueue().catch((error) => console.error('[handoff] retrying sent messages failed', error));
  // Commitments stored under the old due-time rule (11:59 PM) get the hint card's (end of the working day).
  migrateStoredData().catch((error) => console.error('[handoff] migrating stored data failed', error));
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/playground.html') });
  });
  // Listeners are registered synchronously so a stopped worker woken by an alarm still hears it.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RECORD_RETRY_ALARM) drainQueue().catch((error) => console.error('[handoff] retrying sent messages failed', error));
    else handleFocusAlarm(alarm.name).catch((error) => console.error('[handoff] focus alarm failed', error));
  });
  browser.commands.onCommand.addListener((command) => {
    if (command !== 'toggle-focus') return;
    getSettings()
      .then((s) => toggleFocus(s.focus.defaultMinutes))
      .catch((error) => console.error('[handoff] focus shortcut failed', error));
  });
  browser.runtime.onStartup.addListener(() => {
    resumeFocus().catch((error) => console.error('[handoff] focus resume failed', error));
  });
});
