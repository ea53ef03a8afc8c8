/** Every IANA zone this browser knows, for the "Where is …?" search; read once, on first use. */
let zones: readonly string[] | undefined;

export function timeZones(): readonly string[] {
  zones ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];
  return zones;
}

export function ownTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
