import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings, getSettings, siteOn, updateSettings, watchSettings, withDefaults, type Settings } from '@/lib/storage/settings';

describe('settings in browser.storage.local', () => {
  beforeEach(() => fakeBrowser.reset());

  it('fills defaults: every site on, no rule off, focus hides unread counts', async () => {
    const s = await getSettings();
    expect(s.sites).toEqual({ gmail: true, slack: true, docs: true });
    expect(s.disabledRules).toEqual([]);
    expect(s.focus).toEqual({ defaultMinutes: 50, hideUnreadCounts: true, offerFocusLine: true });
    expect(s.workingHours).toEqual({ start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] });
  });

  it('merges patches from two pages field by field instead of writing back stale values', async () => {
    // Two option pages open at once, each changing one field.
    await updateSettings({ homeZone: 'Asia/Tokyo' });
    await updateSettings({ sites: { slack: false } });
    await updateSettings({ focus: { hideUnreadCounts: false } });
    const s = await getSettings();
    expect(s.homeZone).toBe('Asia/Tokyo');
    expect(s.sites).toEqual({ gmail: true, slack: false, docs: true });
    expect(s.focus).toMatchObject({ hideUnreadCounts: false, offerFocusLine: true, defaultMinutes: 50 });
  });

  it('tells watchers about changes made anywhere', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await updateSettings({ disabledRules: ['no-hello'] });
    stop();
    await updateSettings({ disabledRules: [] });
    expect(seen.map((s) => s.disabledRules)).toEqual([['no-hello']]);
  });

  it('repairs a partial or foreign stored value', () => {
    expect(withDefaults({ homeZone: '', sites: { docs: false } }).sites).toEqual({ gmail: true, slack: true, docs: false });
    expect(withDefaults('garbage').focus.defaultMinutes).toBe(50);
  });
});

describe('the one site switch', () => {
  it('is off only for a site the user switched off; hosts without a switch stay on', () => {
    const defaults = defaultSettings;
    const settings = { ...defaults(), sites: { gmail: false, slack: true, docs: true } };
    expect(siteOn(settings, 'gmail')).toBe(false);
    expect(siteOn(settings, 'slack')).toBe(true);
    expect(siteOn(defaults(), 'docs')).toBe(true);
    expect(siteOn(settings, 'playground')).toBe(true);
    expect(siteOn(settings, 'cli')).toBe(true);
  });
});
