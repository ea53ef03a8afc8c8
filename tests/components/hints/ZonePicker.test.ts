import { describe, expect, it } from 'vitest';
import { cityOf, matchZones } from '@/components/hints/ZonePicker';

const zones = ['America/Argentina/Buenos_Aires', 'Europe/Berlin', 'Asia/Tokyo', 'America/New_York', 'Europe/Bern'];

describe('the zone search', () => {
  it('names a zone by its city', () => {
    expect(cityOf('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
  });
  it('finds cities by their start first, then anywhere in the zone', () => {
    expect(matchZones(zones, 'ber')).toEqual(['Europe/Berlin', 'Europe/Bern']);
    expect(matchZones(zones, 'buenos a')).toEqual(['America/Argentina/Buenos_Aires']);
    expect(matchZones(zones, 'europe')).toEqual(['Europe/Berlin', 'Europe/Bern']);
  });
  it('shows nothing for an empty query', () => {
    expect(matchZones(zones, '  ')).toEqual([]);
  });
});
