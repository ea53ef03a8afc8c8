/**
 * The hints feature as the content scripts run it: the engine and the directory are the
 * background's (the engine is not bundled into the host page: see ./background.ts).
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging';
import { backgroundDirectory, storageSettings } from './content-services';
import { createHintsFeature } from './feature';
import { ownTimeZone, timeZones } from './time-zones';
import { DEBOUNCE_MS } from './timing';

const MINUTE = 60_000;

export const hints = createHintsFeature({
  analyze: (text, ctx) => sendMessage({ type: 'analysis/run', text, ctx }),
  directory: backgroundDirectory,
  settings: storageSettings,
  // Floored to the minute: the engine caches deadlines per paragraph and `now`.
  now: () => Math.floor(Date.now() / MINUTE) * MINUTE,
  senderZone: ownTimeZone,
  senderLocale: () => navigator.language || 'en-US',
  timeZones,
  debounceMs: DEBOUNCE_MS,
  propose: async (request) => void (await sendMessage({ type: 'rituals/propose', ...request })),
  alive: () => {
    try {
      return !!browser.runtime?.id;
    } catch {
      return false;
    }
  },
});
