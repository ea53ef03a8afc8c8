/**
 * Reads settings from whatever is stored (or found in an export file), field by field: a field that
 * is missing or wrong falls back to its default on its own, so one bad field never costs the user
 * the others, and no page breaks on a stored value it cannot use (a `workingHours` that is a
 * string once crashed the options page on every load).
 */
import type { Settings } from '@/lib/storage/settings';
import { boolean, clock, isRecord, nullable, number, oneOf, weekdays, zone, type Check } from './validate';
import { MAX_FOCUS_MINUTES } from './validate-rows';

export interface SettingsReading {
  settings: Settings;
  /** Dotted names of the fields that were present but unusable and fell back to the default ("workingHours.start"). */
  reset: string[];
}

const SITE_IDS = ['gmail', 'slack', 'docs'] as const;

/**
 * `stored` is anything (undefined, a string, an object of an older version); `defaults` are the
 * values used for what is missing or wrong. Pure: no storage access.
 */
export function readSettings(stored: unknown, defaults: Settings): SettingsReading {
  const reset: string[] = [];
  const s = isRecord(stored) ? stored : {};
  if (stored !== undefined && stored !== null && !isRecord(stored)) reset.push('settings');

  /** The stored value when it passes `check`; otherwise the default, noting a present-but-bad field. */
  function pick<T>(from: Record<string, unknown>, field: string, check: Check, fallback: T, path: string): T {
    const value = Object.hasOwn(from, field) ? from[field] : undefined;
    if (value === undefined) return fallback;
    if (check(value) === null) return value as T;
    reset.push(path);
    return fallback;
  }
  function group(field: string): Record<string, unknown> {
    const value = Object.hasOwn(s, field) ? s[field] : undefined;
    if (value === undefined || isRecord(value)) return (value as Record<string, unknown> | undefined) ?? {};
    reset.push(field);
    return {};
  }

  const hours = group('workingHours');
  let workingHours = {
    start: pick<string>(hours, 'start', clock, defaults.workingHours.start, 'workingHours.start'),
    end: pick<string>(hours, 'end', clock, defaults.workingHours.end, 'workingHours.end'),
    days: [...pick<Settings['workingHours']['days']>(hours, 'days', weekdays, defaults.workingHours.days, 'workingHours.days')],
  };
  if (workingHours.start >= workingHours.end) {
    reset.push('workingHours.end');
    workingHours = { ...workingHours, start: defaults.workingHours.start, end: defaults.workingHours.end };
  }
  const sitesIn = group('sites');
  const sites = {} as Settings['sites'];
  // Only the stored booleans are checked and copied here; whether a site is on is decided in one
  // place, siteOn() in the settings store (the layering test's "one site switch").
  const { sites: siteDefaults } = defaults;
  for (const id of SITE_IDS) sites[id] = pick(sitesIn, id, boolean, siteDefaults[id], `sites.${id}`);
  const focusIn = group('focus');
  const rules = pick<unknown[]>(s, 'disabledRules', (v) => (Array.isArray(v) ? null : 'must be a list'), defaults.disabledRules, 'disabledRules');
  const disabledRules = rules.filter((r): r is string => typeof r === 'string' && r.length > 0 && r.length <= 200);
  if (disabledRules.length !== rules.length) reset.push('disabledRules');

  return {
    settings: {
      homeZone: pick(s, 'homeZone', zone, defaults.homeZone, 'homeZone'),
      workingHours,
      hourCycle: pick(s, 'hourCycle', oneOf(['auto', 'h12', 'h23'] as const), defaults.hourCycle, 'hourCycle'),
      sites,
      disabledRules: [...new Set(disabledRules)],
      focus: {
        defaultMinutes: pick(focusIn, 'defaultMinutes', nullable(number(1, MAX_FOCUS_MINUTES)), defaults.focus.defaultMinutes, 'focus.defaultMinutes'),
        hideUnreadCounts: pick(focusIn, 'hideUnreadCounts', boolean, defaults.focus.hideUnreadCounts, 'focus.hideUnreadCounts'),
        offerFocusLine: pick(focusIn, 'offerFocusLine', boolean, defaults.focus.offerFocusLine, 'focus.offerFocusLine'),
      },
    },
    reset,
  };
}
