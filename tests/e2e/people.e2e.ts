/**
 * The people directory in the built extension, reached the way the product reaches it: the options
 * page imports rosters and lists people (its own store over the extension's IndexedDB); the hints
 * remember and resolve zones through the background's typed messages.
 */
import { describe, expect, it } from 'vitest';
import { launchForSuite } from './suite';
import { readStore } from './extension-apis';

describe('people directory in the background', () => {
  const h = launchForSuite();

  it('imports a roster, remembers a zone, resolves recipients, refuses a bad roster whole', async () => {
    const page = await h.context.newPage();
    await page.goto(h.extensionUrl('options.html'));
    const send = (message: object) => page.evaluate((m) => chrome.runtime.sendMessage(m), message);
    const importRoster = async (text: string) => {
      await page.getByRole('textbox', { name: 'Roster' }).fill(text);
      await page.getByRole('button', { name: 'Import roster' }).click();
    };

    await page.getByText('Import a roster (CSV or JSON)').click();
    await importRoster('email,name,timeZone,workDays\nana@example.com,Ana,Europe/Berlin,Mon-Fri');
    await expect.poll(() => page.locator('details [role="status"]').textContent()).toBe('Imported 1 people.');
    expect(await send({ type: 'people/setZone', recipient: { slackId: 'U42' }, timeZone: 'Asia/Tokyo' })).toMatchObject({ ok: true });
    const resolved = await send({ type: 'people/resolve', recipients: [{ email: 'ANA@example.com' }, { slackId: 'U42' }, { email: 'new@example.com' }] });
    expect(resolved).toEqual({
      ok: true,
      value: [
        { name: 'Ana', email: 'ana@example.com', timeZone: 'Europe/Berlin', zoneSource: 'imported', workingHours: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] } },
        { slackId: 'U42', timeZone: 'Asia/Tokyo', zoneSource: 'user' },
        { email: 'new@example.com' },
      ],
    });

    await importRoster('email,timeZone\nbo@example.com,America/New_York\nkim@example.com,Mars/Base');
    const alert = page.locator('details [role="alert"]');
    await expect.poll(() => alert.textContent()).toContain('Nothing was imported');
    expect(await alert.locator('li').allTextContents()).toEqual([expect.stringMatching(/^Line 3: "Mars\/Base" is not a known IANA time zone or a city or country that names one: type a big city near them, their country, or an IANA zone such as "Europe\/Berlin"$/)]);
    const stored = await readStore<{ emails: string[] }>(page, 'people');
    expect(stored.flatMap((p) => p.emails)).toEqual(['ana@example.com']);

    const invalid = await send({ type: 'people/setZone', recipient: { email: 'x@example.com' }, timeZone: 'Nowhere' });
    expect(invalid).toEqual({ ok: false, error: '"Nowhere" is not a known IANA time zone or a city or country that names one: type a big city near them, their country, or an IANA zone such as "Europe/Berlin"' });
    await page.close();
  });
});
