import { zoneOptions, type ZoneOption } from '@/lib/analysis/deadlines/zones';

/** Every IANA zone this browser knows, by city, for the "Where is …?" search; read once, on first use. */
export function timeZones(): readonly ZoneOption[] {
  return zoneOptions();
}

export function ownTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
