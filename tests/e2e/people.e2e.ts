/** The people directory through the built extension's background: real IndexedDB, typed messages. */
import { describe, expect, it } from 'vitest';
import { launchForSuite } from './suite';

describe('people directory in the background', () => {
  const h = launchForSuite();

  it('imports a roster, remembers a zone, resolves recipients, refuses a bad roster whole', async () => {
    const page = await h.context.newPage();
    await page.goto(h.extensionUrl('popup.html'));
    const send = (message: object) => page.evaluate((m) => chrome.runtime.sendMessage(m), message);

    expect(await send({ type: 'people/import', format: 'csv', text: 'email,name,timeZone,workDays\nana@example.com,Ana,Europe/Berlin,Mon-Fri' })).toEqual({
      ok: true,
      value: { imported: 1, errors: [] },
    });
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

    const bad = await send({ type: 'people/import', format: 'csv', text: 'email,timeZone\nbo@example.com,America/New_York\nkim@example.com,Mars/Base' });
    expect(bad).toEqual({ ok: true, value: { imported: 0, errors: [{ line: 3, message: '"Mars/Base" is not a known IANA time zone (e.g. "Europe/Berlin")' }] } });
    const listed = (await send({ type: 'people/list' })) as { value: { people: { emails: string[] }[] } };
    expect(listed.value.people.flatMap((p) => p.emails)).toEqual(['ana@example.com']);

    const invalid = await send({ type: 'people/setZone', recipient: { email: 'x@example.com' }, timeZone: 'Nowhere' });
    expect(invalid).toEqual({ ok: false, error: '"Nowhere" is not a known IANA time zone (e.g. "Europe/Berlin")' });
    await page.close();
  });
});
