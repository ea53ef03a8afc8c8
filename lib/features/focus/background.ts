/**
 * The background side of focus: starts and ends sessions, keeps the toolbar badge current and
 * leans on browser.alarms so a session ends on time even after the service worker was stopped.
 */
import { browser } from 'wxt/browser';
import { db } from '@/lib/storage/db';
import {
  FOCUS_BADGE_COLOR,
  FOCUS_STATE_KEY,
  badgeText,
  closeSession,
  type FocusSessionRow,
  type FocusState,
} from './model';

export const FOCUS_END_ALARM = 'handoff-focus-end';
export const FOCUS_TICK_ALARM = 'handoff-focus-tick';

export async function readFocusState(): Promise<FocusState | null> {
  const stored = await browser.storage.local.get(FOCUS_STATE_KEY);
  return (stored[FOCUS_STATE_KEY] as FocusState | undefined) ?? null;
}

export async function refreshBadge(now = Date.now()): Promise<void> {
  const state = await readFocusState();
  await browser.action.setBadgeText({ text: badgeText(state, now) });
  if (state) await browser.action.setBadgeBackgroundColor({ color: FOCUS_BADGE_COLOR });
}

/** Starts a session of `minutes` (null: until stopped); a running session is ended first. */
export async function startFocus(minutes: number | null, now = Date.now()): Promise<FocusState> {
  if (minutes !== null && !(minutes > 0)) throw new Error('A focus session needs a positive length');
  if (await readFocusState()) await stopFocus('user', now);
  const plannedEnd = minutes === null ? null : now + Math.round(minutes * 60_000);
  const row: FocusSessionRow = { at: now, plannedMinutes: minutes, plannedEnd };
  const sessionId = (await db().focusSessions.add(row)) as number;
  const state: FocusState = { sessionId, startedAt: now, plannedEnd };
  await browser.storage.local.set({ [FOCUS_STATE_KEY]: state });
  if (plannedEnd !== null) await browser.alarms.create(FOCUS_END_ALARM, { when: plannedEnd });
  await browser.alarms.create(FOCUS_TICK_ALARM, { periodInMinutes: 1 });
  await refreshBadge(now);
  return state;
}

/** Ends the running session; `reason` 'alarm' means it ran its planned length. */
export async function stopFocus(reason: 'user' | 'alarm', now = Date.now()): Promise<FocusSessionRow | null> {
  const state = await readFocusState();
  if (!state) return null;
  const endedAt = reason === 'alarm' && state.plannedEnd !== null ? Math.min(now, state.plannedEnd) : now;
  const row = await db().focusSessions.get(state.sessionId);
  const closed = row ? closeSession(row, endedAt, reason === 'user') : null;
  if (closed) await db().focusSessions.put(closed);
  await browser.storage.local.remove(FOCUS_STATE_KEY);
  await browser.alarms.clear(FOCUS_END_ALARM);
  await browser.alarms.clear(FOCUS_TICK_ALARM);
  await refreshBadge(now);
  if (reason === 'alarm') await notifyEnded(closed);
  return closed;
}

async function notifyEnded(session: FocusSessionRow | null): Promise<void> {
  const minutes = session ? Math.round(((session.endedAt ?? session.at) - session.at) / 60_000) : 0;
  try {
    await browser.notifications.create('handoff-focus-ended', {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: 'Focus session ended',
      message: `${minutes} minutes of focus logged. Time to catch up on messages.`,
    });
  } catch (error) {
    console.warn('[handoff] focus notification failed', error);
  }
}

export async function handleFocusAlarm(name: string, now = Date.now()): Promise<void> {
  if (name === FOCUS_END_ALARM) {
    await stopFocus('alarm', now);
  } else if (name === FOCUS_TICK_ALARM) {
    const state = await readFocusState();
    // A missed end alarm (the browser was closed) is caught up by the next tick or startup.
    if (state?.plannedEnd != null && now >= state.plannedEnd) await stopFocus('alarm', now);
    else await refreshBadge(now);
  }
}

/** The keyboard shortcut: stop if focused, else start the default preset. */
export async function toggleFocus(defaultMinutes: number | null, now = Date.now()): Promise<FocusState | null> {
  if (await readFocusState()) {
    await stopFocus('user', now);
    return null;
  }
  return startFocus(defaultMinutes, now);
}

/** On browser start: end a session whose time passed while the browser was closed, redraw the badge. */
export async function resumeFocus(now = Date.now()): Promise<void> {
  const state = await readFocusState();
  if (state?.plannedEnd != null && now >= state.plannedEnd) await stopFocus('alarm', now);
  else await refreshBadge(now);
}
