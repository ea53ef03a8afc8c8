/**
 * The hints' storage in a content script: the directory and channel zones through the background
 * (the extension's IndexedDB, never the host page's), the switches in the settings the options page edits.
 */
import { sendMessage } from '@/lib/messaging';
import { getSettings, siteOn, updateSettings, watchSettings } from '@/lib/storage/settings';
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

/** The same switches as the options page (lib/storage/settings.ts): turned-off rules and per-site switches. */
export const storageSettings: Settings = {
  async disabledRules() {
    return (await getSettings()).disabledRules;
  },
  async setDisabledRules(rules) {
    await updateSettings({ disabledRules: rules });
  },
  async siteEnabled(host) {
    return siteOn(await getSettings(), host);
  },
  onChange(listener, signal) {
    const stop = watchSettings(() => listener());
    signal.addEventListener('abort', stop);
  },
};
