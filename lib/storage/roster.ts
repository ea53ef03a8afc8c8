/**
 * Roster import for the people directory: CSV with the header `email,name,timeZone,workStart,workEnd,workDays`
 * or a JSON array of objects with those keys. Every line is validated first; a single error imports
 * nothing, and a valid roster is written in one transaction.
 */
import type { IsoWeekday, WorkingHours } from '@/lib/analysis/types';
import { DEFAULT_WORKING_HOURS } from '@/lib/analysis/types';
import { isValidZone } from '@/lib/analysis/deadlines/zones';
import { db, type HandoffDb } from './db';
import { normalizeEmail, upsertPerson } from './people';
import { rosterColumn } from './roster-headers';

export type RosterFormat = 'csv' | 'json';

export interface RosterError {
  /** 1-based line of the CSV file (the header is line 1), or 1-based index of the JSON entry. */
  line: number;
  message: string;
}

export interface RosterResult {
  imported: number;
  errors: RosterError[];
}

export interface RosterEntry {
  /** The first email, then its aliases ("ana@acme.com; ana.weber@acme.de" in one cell). */
  emails: string[];
  name?: string;
  timeZone: string;
  workingHours: WorkingHours;
}

const COLUMNS = ['email', 'name', 'timeZone', 'workStart', 'workEnd', 'workDays'] as const;
type Column = (typeof COLUMNS)[number];
type RawEntry = Partial<Record<Column, string>>;

const DAY_NUMBERS: Record<string, IsoWeekday> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** Splits one CSV line, honouring double quotes ("Weber, Ana"; "Mon,Tue"). */
function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells.map((c) => c.trim());
}

function day(token: string): IsoWeekday | undefined {
  const t = token.trim().toLowerCase();
  if (/^[1-7]$/.test(t)) return Number(t) as IsoWeekday;
  return DAY_NUMBERS[t.slice(0, 3)];
}

/** "Mon-Fri", "1-5", "Mon Tue Thu", "Sun;Mon;Tue", "Sun-Thu" → ISO weekdays. */
export function parseWorkDays(text: string): IsoWeekday[] | undefined {
  const days = new Set<IsoWeekday>();
  for (const part of text.split(/[\s,;|/]+/).filter(Boolean)) {
    const range = part.split(/[-–]/);
    if (range.length === 2) {
      const from = day(range[0] ?? '');
      const to = day(range[1] ?? '');
      if (!from || !to) return undefined;
      for (let d = from, i = 0; i < 7; i++, d = ((d % 7) + 1) as IsoWeekday) {
        days.add(d);
        if (d === to) break;
      }
    } else {
      const d = day(part);
      if (!d) return undefined;
      days.add(d);
    }
  }
  return days.size ? [...days].sort((a, b) => a - b) : undefined;
}

function minutes(clock: string): number {
  const [, h, m] = CLOCK.exec(clock) ?? [];
  return Number(h) * 60 + Number(m);
}

function normaliseClock(clock: string): string {
  const [h, m] = clock.split(':');
  return `${(h ?? '').padStart(2, '0')}:${m}`;
}

/** Checks one entry; returns the entry or what is wrong with it, all problems at once. */
export function validateEntry(raw: RawEntry): RosterEntry | string {
  const problems: string[] = [];
  const emails = (raw.email ?? '').split(/[;\s]+/).filter(Boolean);
  if (emails.length === 0) problems.push('email is missing');
  for (const email of emails) if (!EMAIL.test(email)) problems.push(`"${email}" is not an email address`);
  const timeZone = raw.timeZone?.trim() ?? '';
  if (!timeZone) problems.push('timeZone is missing');
  else if (!isValidZone(timeZone)) problems.push(`"${timeZone}" is not a known IANA time zone (e.g. "Europe/Berlin")`);
  const start = raw.workStart?.trim() || DEFAULT_WORKING_HOURS.start;
  const end = raw.workEnd?.trim() || DEFAULT_WORKING_HOURS.end;
  if (!CLOCK.test(start)) problems.push(`workStart "${start}" is not a time like 09:00`);
  if (!CLOCK.test(end)) problems.push(`workEnd "${end}" is not a time like 17:00`);
  if (CLOCK.test(start) && CLOCK.test(end) && minutes(start) >= minutes(end)) problems.push(`workStart ${start} is not before workEnd ${end}`);
  const daysText = raw.workDays?.trim();
  const days = daysText ? parseWorkDays(daysText) : DEFAULT_WORKING_HOURS.days;
  if (!days) problems.push(`workDays "${daysText}" is not a list of days like Mon-Fri or 1-5`);
  if (problems.length) return problems.join('; ');
  const entry: RosterEntry = { emails: emails.map(normalizeEmail), timeZone, workingHours: { start: normaliseClock(start), end: normaliseClock(end), days: days! } };
  const name = raw.name?.trim();
  if (name) entry.name = name;
  return entry;
}

function rawEntries(text: string, format: RosterFormat): { line: number; raw: RawEntry }[] | RosterError {
  if (format === 'json') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return { line: 0, message: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
    }
    if (!Array.isArray(data)) return { line: 0, message: 'Expected a JSON array of people' };
    return data.map((item: unknown, index) => {
      const raw: RawEntry = {};
      if (item && typeof item === 'object') {
        for (const column of COLUMNS) {
          const value = (item as Record<string, unknown>)[column];
          if (value !== undefined && value !== null) raw[column] = Array.isArray(value) ? value.join(' ') : String(value);
        }
      }
      return { line: index + 1, raw };
    });
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  // Headers as a spreadsheet exports them ("Email", "Time zone") match too: see roster-headers.ts.
  const header = splitCsvLine(lines[0] ?? '').map(rosterColumn);
  const index = new Map<Column, number>();
  for (const column of COLUMNS) {
    const at = header.indexOf(column);
    if (at >= 0) index.set(column, at);
  }
  if (!index.has('email') || !index.has('timeZone')) {
    return { line: 1, message: `The first line must be a header with at least email and timeZone (${COLUMNS.join(',')})` };
  }
  const entries: { line: number; raw: RawEntry }[] = [];
  lines.slice(1).forEach((line, i) => {
    if (!line.trim() || line.trim().startsWith('#')) return;
    const cells = splitCsvLine(line);
    const raw: RawEntry = {};
    for (const [column, at] of index) if (cells[at] !== undefined) raw[column] = cells[at];
    entries.push({ line: i + 2, raw });
  });
  return entries;
}

/** Reads and validates a roster without touching the database. */
export function parseRoster(text: string, format: RosterFormat): { entries: RosterEntry[]; errors: RosterError[] } {
  const raw = rawEntries(text, format);
  if (!Array.isArray(raw)) return { entries: [], errors: [raw] };
  const entries: RosterEntry[] = [];
  const errors: RosterError[] = [];
  const seen = new Map<string, number>();
  for (const { line, raw: r } of raw) {
    const result = validateEntry(r);
    if (typeof result === 'string') {
      errors.push({ line, message: result });
      continue;
    }
    const repeated = result.emails.find((email) => seen.has(email));
    if (repeated !== undefined) {
      errors.push({ line, message: `${repeated} is already on line ${seen.get(repeated)}` });
      continue;
    }
    for (const email of result.emails) seen.set(email, line);
    entries.push(result);
  }
  if (raw.length === 0) errors.push({ line: format === 'csv' ? 2 : 1, message: 'The roster has no people' });
  return { entries, errors };
}

/** Imports a roster all-or-nothing: with any error, nothing is written. */
export async function importRoster(text: string, format: RosterFormat, at: number = Date.now(), database: HandoffDb = db()): Promise<RosterResult> {
  const { entries, errors } = parseRoster(text, format);
  if (errors.length) return { imported: 0, errors };
  await database.transaction('rw', database.people, async () => {
    for (const entry of entries) {
      await upsertPerson(
        { emails: entry.emails, timeZone: entry.timeZone, zoneSource: 'imported', workingHours: entry.workingHours, ...(entry.name ? { name: entry.name } : {}) },
        at,
        database,
      );
    }
  });
  return { imported: entries.length, errors: [] };
}
