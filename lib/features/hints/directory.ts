/**
 * What the hints ask of the extension's storage: the people directory and channel zones live in the
 * extension's IndexedDB behind the background (never the host page's origin); settings in
 * browser.storage. Handed to the feature so tests can give their own.
 */
import type { HostId, Person } from '@/lib/analysis/types';
import type { PageRecipient } from '@/lib/hosts/types';

export interface Directory {
  resolve(recipients: PageRecipient[]): Promise<Person[]>;
  setZone(recipient: PageRecipient, timeZone: string): Promise<void>;
  channelZones(channelId: string): Promise<string[]>;
  setChannelZones(channelId: string, zones: string[]): Promise<void>;
}

export interface Settings {
  disabledRules(): Promise<string[]>;
  setDisabledRules(rules: string[]): Promise<void>;
  /** False when the user turned Handoff off for this site in the options. */
  siteEnabled(host: HostId): Promise<boolean>;
  /** Called when the settings change in another tab or page. */
  onChange(listener: () => void, signal: AbortSignal): void;
}
