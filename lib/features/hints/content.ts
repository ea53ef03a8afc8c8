/**
 * The hints feature as the content scripts run it: the engine and the directory are the
 * background's (the engine is not bundled into the host page: see ./background.ts).
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging';
import { backgroundDirectory, storageSettings } from './content-services';
import { createHintsFeature } from './feature';
import { getSettings, watchSettings, type Settings } from '@/lib/storage/settings';
import { ownTimeZone, timeZones } from './time-zones';
import { DEBOUNCE_MS } from './timing';

const MINUTE = 60_000;


/**
 * "My time" is the home zone from Options, as in the popup, the focus line and the commitments —
 * not the browser's zone. Read once at load (before the first analysis, which waits for the
 * settings) and kept current; the browser's zone only until the settings are in.
 */
let homeZone: string | undefined;
let hourCycle: 'h12' | 'h23' | undefined;
let workingHours: Settings['workingHours'] | undefined;
const followHome = (settings: Pick<Settings, 'homeZone' | 'hourCycle' | 'workingHours'>) => {
  homeZone = settings.homeZone || undefined;
  // The writer's own end of day ("EOD" for "You" in a card) is the one set in Options.
  workingHours = settings.workingHours;
  // The Options clock (12 or 24 hours) for every time the hints write, as in the popup.
  hourCycle = settings.hourCycle === 'auto' ? undefined : settings.hourCycle;
};
void getSettings().then(followHome, () => undefined);
watchSettings(followHome);

export const hints = createHintsFeature({
  analyze: (text, ctx, wants) => sendMessage({ type: 'analysis/run', text, ctx, rewrite: wants?.rewrite !== false }),
  directory: backgroundDirectory,
  settings: storageSettings,
  // Floored to the minute: the engine caches deadlines per paragraph and `now`.
  now: () => Math.floor(Date.now() / MINUTE) * MINUTE,
  senderZone: () => homeZone ?? ownTimeZone(),
  senderLocale: () => navigator.language || 'en-US',
  senderHourCycle: () => hourCycle,
  senderWorkingHours: () => workingHours,
  timeZones,
  places: (query) => sendMessage({ type: 'zones/places', query }),
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
