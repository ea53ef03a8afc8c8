import { describe, expect, it } from 'vitest';
import { launchForSuite } from './suite';
import { alarmNames, badgeColor, badgeText, fireAlarm, readStore } from './extension-apis';

describe('focus from the popup', () => {
  const h = launchForSuite();

  it('starts a session, shows it on the badge, ends it by alarm and logs it', async () => {
    const popup = await h.context.newPage();
    await popup.goto(h.extensionUrl('popup.html'));
    await popup.getByRole('button', { name: '25 min' }).click();

    await expect.poll(() => badgeText(h.worker)).toBe('25m');
    expect(await badgeColor(h.worker)).toEqual([109, 40, 217, 255]);
    expect((await alarmNames(h.worker)).sort()).toEqual(['handoff-focus-end', 'handoff-focus-tick']);
    await expect.poll(() => popup.locator('.focus').textContent()).toMatch(/In focus until .* 25 min left/);

    // The end alarm is what ends a session, even with no popup open.
    await popup.close();
    await fireAlarm(h.worker, 'handoff-focus-end');
    await expect.poll(() => badgeText(h.worker)).toBe('');
    expect(await alarmNames(h.worker)).toEqual([]);

    const page = await h.context.newPage();
    await page.goto(h.extensionUrl('popup.html'));
    const sessions = await readStore<{ plannedMinutes: number; endedAt?: number; interrupted?: boolean; at: number }>(page, 'focusSessions');
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ plannedMinutes: 25, interrupted: false });
    expect(sessions[0]!.endedAt).toBeGreaterThanOrEqual(sessions[0]!.at);
    await expect.poll(() => page.getByRole('button', { name: '50 min' }).count()).toBe(1);
    await page.close();
  });

  it('logs a session stopped early as interrupted, and an open-ended one shows "on"', async () => {
    const popup = await h.context.newPage();
    await popup.goto(h.extensionUrl('popup.html'));
    await popup.getByRole('button', { name: 'Until I stop' }).click();
    await expect.poll(() => badgeText(h.worker)).toBe('on');
    expect(await alarmNames(h.worker)).toEqual(['handoff-focus-tick']);
    await popup.getByRole('button', { name: 'Stop focus' }).click();
    await expect.poll(() => badgeText(h.worker)).toBe('');

    await popup.getByRole('button', { name: '90 min' }).click();
    await expect.poll(() => badgeText(h.worker)).toBe('90m');
    await popup.getByRole('button', { name: 'Stop focus' }).click();
    await expect.poll(() => badgeText(h.worker)).toBe('');

    const sessions = await readStore<{ plannedMinutes: number | null; interrupted?: boolean; endedAt?: number }>(popup, 'focusSessions');
    expect(sessions.slice(-2)).toMatchObject([
      { plannedMinutes: null, interrupted: false },
      { plannedMinutes: 90, interrupted: true },
    ]);
    expect(sessions.every((s) => typeof s.endedAt === 'number')).toBe(true);
    await popup.close();
  });
});
