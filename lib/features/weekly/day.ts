/** A day as the weekly update names it. Pure. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** "Mon, Nov 23" for the UTC instant `ms` (epoch ms) in IANA zone `zone`; one formatter per zone is kept, as they are costly to build. */
export function day(ms: number, zone: string): string {
  let format = dayFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'short', month: 'short', day: 'numeric' });
    dayFormats.set(zone, format);
  }
  return format.format(ms);
}
