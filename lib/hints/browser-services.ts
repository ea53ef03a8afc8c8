/**
 * The hints' storage in a content script: the directory and channel zones through the background
 * (the extension's IndexedDB, never the host page's), the disabled rules in browser.storage.local.
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging';
import type { Directory, Settings } from './directory';

export const backgroundDirectory: Directory = {
  resolve: (recipients) => sendMessage({ type: 'people/resolve', recipients }),
  setZone: async (recipient, timeZone) => {
    if (!recipient.email && !recipient.slackId) throw new Error('a zone is remembered by email or Slack id');
    await sendMessage({ type: 'people/setZone', recipient, timeZone });
  },
  channelZones: (channelId) => sendMessage({ type: 'channelZones/get', channelId }),
  setChannelZones: async (channelId, zones) => void (await sendMessage({ type: 'channelZones/set', channelId, zones })),
};

export const DISABLED_RULES_KEY = 'hints.disabledRules';

export const storageSettings: Settings = {
  async disabledRules() {
    const stored = await browser.storage.local.get(DISABLED_RULES_KEY);
    const rules = stored[DISABLED_RULES_KEY];
    return Array.isArray(rules) ? rules.filter((r): r is string => typeof r === 'string') : [];
  },
  async setDisabledRules(rules) {
    await browser.storage.local.set({ [DISABLED_RULES_KEY]: rules });
  },
  onChange(listener, signal) {
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && DISABLED_RULES_KEY in changes) listener();
    };
    browser.storage.onChanged.addListener(onChanged);
    signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged));
  },
};
