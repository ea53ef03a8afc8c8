/**
 * The user's settings, kept in browser.storage.local (readable by content scripts too).
 * Saving is a patch of the fields one page changed, merged into what is stored right now, so two
 * pages open at once never write back each other's stale fields.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_WORKING_HOURS, type HostId, type WorkingHours } from '@/lib/analysis/types';
import { readSettings } from '@/lib/storage/validate-settings';

export type SiteId = 'gmail' | 'slack' | 'docs';
export const SITES: SiteId[] = ['gmail', 'slack', 'docs'];

export interface FocusSettings {
  /** Preset chosen by the keyboard shortcut; null means "until I stop". */
  defaultMinutes: number | null;
  /** While focused, hide unread counts in Gmail/Slack tab titles and pages. */
  hideUnreadCounts: boolean;
  /** While focused, the composer offers to append "I'm in focus until …". */
  offerFocusLine: boolean;
}

export interface Settings {
  /** IANA zone of the user. */
  homeZone: string;
  workingHours: WorkingHours;
  hourCycle: 'auto' | 'h12' | 'h23';
  sites: Record<SiteId, boolean>;
  /** Rule ids the user turned off. */
  disabledRules: string[];
  focus: FocusSettings;
}

export const SETTINGS_KEY = 'settings';

function machineZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export function defaultSettings(): Settings {
  return {
    homeZone: machineZone(),
    workingHours: { ...DEFAULT_WORKING_HOURS, days: [...DEFAULT_WORKING_HOURS.days] },
    hourCycle: 'auto',
    sites: { gmail: true, slack: true, docs: true },
    disabledRules: [],
    focus: { defaultMinutes: 50, hideUnreadCounts: true, offerFocusLine: true },
  };
}

/**
 * Reads a stored (possibly older, partial or corrupt) value field by field: what is missing or
 * unusable falls back to its default on its own (lib/storage/validate-settings.ts).
 */
export function withDefaults(stored: unknown): Settings {
  return readSettings(stored, defaultSettings()).settings;
}

export async function getSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return withDefaults(stored[SETTINGS_KEY]);
}

export type SettingsPatch = Partial<Omit<Settings, 'focus' | 'sites'>> & {
  focus?: Partial<FocusSettings>;
  sites?: Partial<Record<SiteId, boolean>>;
};

/** Applies only the changed fields to the settings as stored now, and returns the result. */
export async function updateSettings(patch: SettingsPatch): Promise<Settings> {
  const current = await getSettings();
  const next: Settings = {
    ...current,
    ...patch,
    sites: { ...current.sites, ...patch.sites },
    focus: { ...current.focus, ...patch.focus },
  };
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

export async function replaceSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: withDefaults(settings) });
}

/** Calls `cb` with the new settings whenever any page changes them; returns the unsubscribe. */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) cb(withDefaults(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    try {
      browser.storage.onChanged.removeListener(listener);
    } catch {
      // An orphaned content script (extension reloaded): the listener is gone with the extension.
    }
  };
}

/**
 * The one site switch: false only when the user turned Handoff off for this site in the options.
 * Hosts without a switch (the playground, the CLI) are always on.
 */
export function siteOn(settings: Pick<Settings, 'sites'>, host: HostId): boolean {
  return !(host in settings.sites) || settings.sites[host as SiteId] !== false;
}
