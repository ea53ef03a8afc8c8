// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { zoneFromInput } from '@/components/FirstRun';
import { cityName } from '@/lib/analysis/deadlines/zones';

const options = (zones: string[]) => zones.map((zone) => ({ zone, city: cityName(zone) }));

const ids = ['Asia/Tokyo', 'America/New_York', 'Europe/Berlin', 'America/Argentina/Buenos_Aires', 'America/Indiana/Indianapolis', 'America/Indianapolis'];
const zones = options(ids);

describe('the first-run zone field', () => {
  it('takes a city as a person writes it, or the IANA zone', () => {
    expect(zoneFromInput(zones, 'Tokyo')).toBe('Asia/Tokyo');
    expect(zoneFromInput(zones, ' tokyo ')).toBe('Asia/Tokyo');
    expect(zoneFromInput(zones, 'new york')).toBe('America/New_York');
    expect(zoneFromInput(zones, 'Buenos Aires')).toBe('America/Argentina/Buenos_Aires');
    expect(zoneFromInput(zones, 'europe/berlin')).toBe('Europe/Berlin');
    expect(zoneFromInput(zones, 'UTC')).toBe('UTC');
  });

  it('asks the shared reading for places the zone ids do not name, and for current names Intl lacks', () => {
    const place = (text: string) => ({ mumbai: 'Asia/Kolkata', 'asia/kolkata': 'Asia/Kolkata' })[text.toLowerCase()] ?? null;
    const intl = options([...ids, 'Asia/Calcutta']);
    expect(zoneFromInput(intl, 'Mumbai', place)).toBe('Asia/Kolkata');
    expect(zoneFromInput(intl, 'Asia/Kolkata', place)).toBe('Asia/Kolkata');
  });

  it('refuses what names no zone or several', () => {
    expect(zoneFromInput(zones, 'Atlantis')).toBeNull();
    expect(zoneFromInput(zones, 'Indianapolis')).toBeNull();
    expect(zoneFromInput(zones, '')).toBeNull();
    expect(zoneFromInput(zones, '<img src=x>')).toBeNull();
    // An abbreviation is no zone, though Intl reads EST as a fixed UTC−5 (America/Panama).
    expect(zoneFromInput(zones, 'EST')).toBeNull();
    expect(zoneFromInput(zones, 'PST')).toBeNull();
  });
});

describe('the first-run step offers what the card and Options offer', () => {
  it('a country typed whole lists its cities, best-known first, and a click picks one', async () => {
    const { h, render } = await import('preact');
    const { FirstRun } = await import('@/components/FirstRun');
    const { zoneOptions } = await import('@/lib/analysis/deadlines/zones');
    const { placesMatching } = await import('@/lib/storage/zone-names');
    const host = document.createElement('div');
    document.body.append(host);
    const initial = { homeZone: 'Europe/Berlin', start: '09:00', end: '17:00' };
    const props = { zones: zoneOptions(), places: (q: string) => placesMatching(q), initial, done: false, onSave: async () => {}, onImportRoster: async () => ({ ok: true, text: '' }) };
    render(h(FirstRun, props), host);
    const field = host.querySelector<HTMLInputElement>('input[name="homeZone"]')!;
    field.value = 'Canada';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const offered = [...host.querySelectorAll<HTMLButtonElement>('[data-part="first-run-suggestions"] button')];
    expect(offered.map((b) => b.dataset.zone).slice(0, 3)).toEqual(['America/Toronto', 'America/Vancouver', 'America/Edmonton']);
    expect(offered[0]!.textContent).toBe('Toronto, Canada America/Toronto');
    expect(offered.map((b) => b.dataset.zone)).toContain('America/St_Johns');
    offered[1]!.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(field.value).toBe('America/Vancouver');
    expect(host.querySelector('#first-run-zone-hint')!.textContent).toBe('Vancouver — America/Vancouver');
    expect(host.querySelector('[data-part="first-run-suggestions"]')).toBeNull();
    render(null, host);
    host.remove();
  });

  it('an abbreviation lists no look-alike places (EST is not Estonia) and says what to type, in the words Options uses', async () => {
    const { h, render } = await import('preact');
    const { FirstRun } = await import('@/components/FirstRun');
    const { zoneOptions } = await import('@/lib/analysis/deadlines/zones');
    const { placesMatching, readZone } = await import('@/lib/storage/zone-names');
    const host = document.createElement('div');
    document.body.append(host);
    const initial = { homeZone: 'Europe/Berlin', start: '09:00', end: '17:00' };
    const zoneRefusal = (text: string) => {
      const reading = readZone(text);
      return reading.ok ? null : `${reading.message}.`;
    };
    const zoneOfPlace = (text: string) => {
      const reading = readZone(text);
      return reading.ok ? reading.timeZone : null;
    };
    render(h(FirstRun, { zones: zoneOptions(), places: (q: string) => placesMatching(q), zoneOfPlace, zoneRefusal, initial, done: false, onSave: async () => {}, onImportRoster: async () => ({ ok: true, text: '' }) }), host);
    const field = host.querySelector<HTMLInputElement>('input[name="homeZone"]')!;
    field.value = 'EST';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(host.querySelector('#first-run-zone-hint')!.textContent).toMatch(/^"EST" is an abbreviation.*"America\/New_York"\.$/));
    expect(host.querySelector('[data-part="first-run-suggestions"]')).toBeNull();
    // Save says why; the words then change to a place that reads, and what Save said goes.
    host.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(host.querySelector('[data-part="first-run-status"]')?.textContent).toMatch(/abbreviation/));
    field.value = 'Toronto, Canada';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(host.querySelector('#first-run-zone-hint')!.textContent).toBe('Toronto — America/Toronto'));
    expect(host.querySelector('[data-part="first-run-status"]')).toBeNull();
    render(null, host);
    host.remove();
  });
});

describe('a place typed as the pickers label it', () => {
  it('"Toronto, Canada" reads as Toronto', async () => {
    const { readZone } = await import('@/lib/storage/zone-names');
    expect(readZone('Toronto, Canada')).toEqual({ ok: true, timeZone: 'America/Toronto' });
    expect(readZone('Mumbai, India')).toEqual({ ok: true, timeZone: 'Asia/Kolkata' });
    expect(readZone('Atlantis, Nowhere').ok).toBe(false);
  });
});
