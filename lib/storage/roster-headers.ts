/**
 * CSV headers as people and spreadsheets write them, matched to the roster's columns: "Email",
 * "E-mail address", "Time zone", "Timezone", "TZ", "Work start", "Working days"… Case, spaces,
 * underscores, hyphens and a trailing "(IANA)" or similar note do not matter.
 */
export type RosterColumn = 'email' | 'name' | 'timeZone' | 'workStart' | 'workEnd' | 'workDays';

const ALIASES: Record<RosterColumn, string[]> = {
  email: ['email', 'emailaddress', 'mail', 'workemail', 'emails'],
  name: ['name', 'fullname', 'displayname', 'person'],
  timeZone: ['timezone', 'tz', 'zone', 'timezoneiana', 'ianazone', 'ianatimezone'],
  workStart: ['workstart', 'start', 'starts', 'daystarts', 'workdaystart', 'workingstart', 'workinghoursstart', 'hoursstart'],
  workEnd: ['workend', 'end', 'ends', 'dayends', 'workdayend', 'workingend', 'workinghoursend', 'hoursend'],
  workDays: ['workdays', 'days', 'workingdays', 'weekdays'],
};

const BY_KEY = new Map<string, RosterColumn>(
  (Object.entries(ALIASES) as [RosterColumn, string[]][]).flatMap(([column, keys]) => keys.map((key) => [key, column] as const)),
);

/** "Time zone" → "timeZone"; "E-mail Address" → "email"; a header we do not know → null. */
export function rosterColumn(header: string): RosterColumn | null {
  const key = header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\((?:iana|optional|e\.g\.[^)]*)\)/g, '')
    .replace(/[^a-z]/g, '');
  return BY_KEY.get(key) ?? null;
}
