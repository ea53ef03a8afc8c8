import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { db } from '@/lib/storage/db';
import {
  FOCUS_END_ALARM,
  FOCUS_TICK_ALARM,
  handleFocusAlarm,
  readFocusState,
  resumeFocus,
  startFocus,
  stopFocus,
  toggleFocus,
} from '@/lib/features/focus/background';
import type { FocusSessionRow } from '@/lib/features/focus/model';

const T0 = Date.parse('2026-11-23T14:00:00Z');
const MIN = 60_000;

// fakeBrowser has no action/notifications: record what the controller asks of them.
const badge: { text: string; color?: string } = { text: '' };
const notes: string[] = [];
Object.assign(browser, {
  action: {
    setBadgeText: async ({ text }: { text: string }) => void (badge.text = text),
    setBadgeBackgroundColor: async ({ color }: { color: string }) => void (badge.color = color),
  },
  notifications: { create: async (_id: string, o: { title: string }) => void notes.push(o.title) },
});

async function sessions(): Promise<FocusSessionRow[]> {
  return db().focusSessions.toArray();
}

describe('the focus controller', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    badge.text = '';
    notes.length = 0;
    await db().focusSessions.clear();
  });

  it('starts a session: logged, mirrored for content scripts, alarms set, badge shows minutes', async () => {
    await startFocus(25, T0);
    expect(await readFocusState()).toMatchObject({ startedAt: T0, plannedEnd: T0 + 25 * MIN });
    const alarms = await browser.alarms.getAll();
    expect(alarms.map((a) => a.name).sort()).toEqual([FOCUS_END_ALARM, FOCUS_TICK_ALARM]);
    expect(alarms.find((a) => a.name === FOCUS_END_ALARM)!.scheduledTime).toBe(T0 + 25 * MIN);
    expect(badge).toEqual({ text: '25m', color: '#6d28d9' });
    expect(await sessions()).toMatchObject([{ at: T0, plannedMinutes: 25 }]);
  });

  it('ends on the end alarm as planned, not interrupted, and says so in a notification', async () => {
    await startFocus(25, T0);
    await handleFocusAlarm(FOCUS_TICK_ALARM, T0 + 10 * MIN);
    expect(badge.text).toBe('15m');
    await handleFocusAlarm(FOCUS_END_ALARM, T0 + 25 * MIN + 900);
    expect(await readFocusState()).toBeNull();
    expect(badge.text).toBe('');
    expect(await browser.alarms.getAll()).toEqual([]);
    expect(await sessions()).toMatchObject([{ endedAt: T0 + 25 * MIN, interrupted: false }]);
    expect(notes).toEqual(['Focus session ended']);
  });

  it('catches up a session whose end passed while the browser was closed', async () => {
    await startFocus(50, T0);
    await resumeFocus(T0 + 3 * 60 * MIN);
    expect(await readFocusState()).toBeNull();
    expect(await sessions()).toMatchObject([{ endedAt: T0 + 50 * MIN, interrupted: false }]);
  });

  it('the shortcut toggles: starts the default length, then stops it as interrupted', async () => {
    await toggleFocus(90, T0);
    expect(badge.text).toBe('90m');
    await toggleFocus(90, T0 + 30 * MIN);
    expect(badge.text).toBe('');
    expect(await sessions()).toMatchObject([{ plannedMinutes: 90, endedAt: T0 + 30 * MIN, interrupted: true }]);
    expect(await stopFocus('user', T0 + 31 * MIN)).toBeNull();
  });

  it('refuses a session without a positive length', async () => {
    await expect(startFocus(0, T0)).rejects.toThrow(/positive length/);
    await expect(startFocus(Number.NaN, T0)).rejects.toThrow(/positive length/);
  });
});
