import { describe, expect, it } from 'vitest';
import { enterPick, matchZones, optionLabel, pickList } from '@/components/zone-options';
import { cityName, zoneOptions } from '@/lib/analysis/deadlines/zones';

const ids = ['America/Argentina/Buenos_Aires', 'Europe/Berlin', 'Asia/Tokyo', 'America/New_York', 'Europe/Bern', 'Etc/GMT+2'];
const zones = ids.map((zone) => ({ zone, city: cityName(zone) }));
const found = (query: string) => matchZones(zones, query).map((o) => o.zone);

describe('the zone search', () => {
  it('names a zone by its city, with the one city-name function the cards use', () => {
    expect(optionLabel({ zone: 'America/Argentina/Buenos_Aires', city: cityName('America/Argentina/Buenos_Aires') })).toBe('Buenos Aires — America/Argentina/Buenos_Aires');
    // Every listed zone is offered by cityName's city, the one a card's chip shows.
    expect(zoneOptions().every((o) => o.city === cityName(o.zone))).toBe(true);
    expect(zoneOptions().find((o) => o.zone === 'America/New_York')?.city).toBe('New York');
  });
  it('finds cities by their start first, then anywhere in the zone or the city', () => {
    expect(found('ber')).toEqual(['Europe/Berlin', 'Europe/Bern']);
    expect(found('buenos a')).toEqual(['America/Argentina/Buenos_Aires']);
    expect(found('europe')).toEqual(['Europe/Berlin', 'Europe/Bern']);
    expect(found('utc−2')).toEqual(['Etc/GMT+2']);
  });
  it('offers a renamed zone by its current name ("Kolkata", not "Calcutta")', () => {
    const kolkata = zoneOptions().filter((o) => /kolkata|calcutta/i.test(o.zone));
    expect(kolkata).toEqual([{ zone: 'Asia/Kolkata', city: 'Kolkata' }]);
  });
  it('shows nothing for an empty query', () => {
    expect(found('  ')).toEqual([]);
  });
  it('lists a place named exactly as typed first: "India" is the country, not Indianapolis', () => {
    const options = ['America/Indiana/Indianapolis', 'Indian/Chagos', 'Asia/Kolkata'].map((zone) => ({ zone, city: cityName(zone) }));
    const matches = matchZones(options, 'India');
    expect(matches[0]?.zone).toBe('America/Indiana/Indianapolis');
    const items = pickList(matches, [{ zone: 'Asia/Kolkata', place: 'India' }, { zone: 'Indian/Chagos', place: 'British Indian Ocean Territory' }], 'india');
    expect(items[0]).toEqual({ zone: 'Asia/Kolkata', label: 'India' });
    // A zone named exactly as typed still comes first; a place whose zone is listed is not repeated.
    expect(pickList(matchZones(zones, 'berlin'), [{ zone: 'Europe/Berlin', place: 'Berlin, Germany' }], 'berlin')).toEqual([{ zone: 'Europe/Berlin', label: 'Berlin' }]);
  });
  it('Enter picks only a name that starts with what was typed; never for an abbreviation such as EST', () => {
    const bucharest = { zone: 'Europe/Bucharest', label: 'Bucharest' };
    const estonia = { zone: 'Europe/Tallinn', label: 'Estonia' };
    expect(pickList([{ zone: 'Europe/Bucharest', city: 'Bucharest' }], [{ zone: 'Europe/Tallinn', place: 'Estonia' }], 'est')).toEqual([estonia, bucharest]);
    expect(enterPick([bucharest], 'est')).toBeNull();
    expect(enterPick([estonia, bucharest], 'EST')).toBeNull();
    expect(enterPick([estonia, bucharest], 'Est')).toEqual(estonia);
    expect(enterPick([{ zone: 'Europe/Berlin', label: 'Berlin' }], 'berl')).toEqual({ zone: 'Europe/Berlin', label: 'Berlin' });
  });
});
