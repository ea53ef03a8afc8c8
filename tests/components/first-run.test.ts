import { describe, expect, it } from 'vitest';
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
