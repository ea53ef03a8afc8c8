/**
 * Roster import for the people directory: CSV with the header `email,name,timeZone,workStart,workEnd,workDays`
 * (quoted cells may hold commas, quotes and line breaks) or a JSON array of objects with those keys.
 * Zones are read as zone-names.ts reads them: any case and old aliases are accepted, abbreviations
 * and offsets refused with a suggestion. Every line is validated first; a single error imports
 * nothing, and a valid roster is written in one transaction.
 */
import type { IsoWeekday, WorkingHours } from '@/lib/analysis/types';
import { DEFAULT_WORKING_HOURS } from '@/lib/analysis/types';
import { db, type HandoffDb, type PersonRow } from './db';
import { normalizeEmail, putPeople } from './people';
import { mergePerson } from './person-merge';
import { rosterColumn } from './roster-headers';
import { readZone } from './zone-names';

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

/** One CSV record: its cells and the 1-based file line it starts on. */
interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * Splits CSV text into records (RFC 4180): double quotes around a cell keep its commas
 * ("Weber, Ana"), doubled quotes and line breaks ("Building 2\nRoom 5") as text. A record's
 * line is where it starts, so messages point at the line a person sees in their editor.
 * Returns an error when a quote is never closed.
 */
export function splitCsv(text: string): CsvRecord[] | RosterError {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let quoteLine = 0;
  /** The next double quote at or after the scan (-1: none): found once per quote, not once per line. */
  let nextQuote = text.indexOf('"');
  for (let i = 0; i < text.length; i++) {
    // Fast path: a whole line with no quote, at the start of a record, is split at its commas.
    if (!quoted && cell === '' && cells.length === 0) {
      let end = text.indexOf('\n', i);
      if (end === -1) end = text.length;
      if (nextQuote !== -1 && nextQuote < i) nextQuote = text.indexOf('"', i);
      if (nextQuote === -1 || nextQuote > end) {
        const lineText = text.slice(i, end).replace(/\r$/, '');
        records.push({ line: start, cells: lineText.split(',').map((c) => c.trim()) });
        line++;
        start = line;
        i = end;
        if (end === text.length) return records;
        continue;
      }
    }
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"') {
      quoted = true;
      quoteLine = line;
    } else if (c === ',') {
      cells.push(cell.trim());
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell.trim());
      records.push({ line: start, cells });
      cells = [];
      cell = '';
      line++;
      start = line;
    } else cell += c;
  }
  if (quoted) return { line: quoteLine, message: 'A quote (") opened on this line is never closed' };
  cells.push(cell.trim());
  records.push({ line: start, cells });
  return records;
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
  const typedZone = raw.timeZone?.trim() ?? '';
  const zone = typedZone ? readZone(typedZone) : undefined;
  if (!zone) problems.push('timeZone is missing');
  else if (!zone.ok) problems.push(zone.message);
  const timeZone = zone?.ok ? zone.timeZone : '';
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
  const records = splitCsv(text.replace(/^\uFEFF/, ''));
  if (!Array.isArray(records)) return records;
  // Headers as a spreadsheet exports them ("Email", "Time zone") match too: see roster-headers.ts.
  const header = (records[0]?.cells ?? []).map(rosterColumn);
  const index = new Map<Column, number>();
  for (const column of COLUMNS) {
    const at = header.indexOf(column);
    if (at >= 0) index.set(column, at);
  }
  if (!index.has('email') || !index.has('timeZone')) {
    return { line: 1, message: `The first line must be a header with at least email and timeZone (${COLUMNS.join(',')})` };
  }
  const entries: { line: number; raw: RawEntry }[] = [];
  for (const { line, cells } of records.slice(1)) {
    if (cells.every((c) => !c) || cells[0]?.startsWith('#')) continue;
    const raw: RawEntry = {};
    for (const [column, at] of index) if (cells[at] !== undefined) raw[column] = cells[at];
    entries.push({ line, raw });
  }
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

/** How far an import is: `done` of `total` people written (both 0 while the file is checked). */
export interface RosterProgress {
  phase: 'checking' | 'saving';
  done: number;
  total: number;
}

/** People written per bulkPut: small enough to report progress often, large enough to stay fast. */
const CHUNK = 2_000;

/**
 * Imports a roster all-or-nothing: with any error, nothing is written. Every existing person the
 * roster names is read with one indexed query and merged in memory (person-merge.ts), then all are
 * written in chunks inside one transaction, so a failure half-way writes nothing. `onProgress` is
 * called before the check and after each chunk. Throws what the database throws (a full disk).
 */
export async function importRoster(
  text: string,
  format: RosterFormat,
  at: number = Date.now(),
  database: HandoffDb = db(),
  onProgress?: (progress: RosterProgress) => void,
): Promise<RosterResult> {
  if (onProgress) {
    onProgress({ phase: 'checking', done: 0, total: 0 });
    // Let the page paint "Checking…" before the synchronous check of a long file.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const { entries, errors } = parseRoster(text, format);
  if (errors.length) return { imported: 0, errors };
  const total = entries.length;
  await database.transaction('rw', database.people, async () => {
    const emails = entries.flatMap((e) => e.emails);
    const existing = await database.people.where('emails').anyOf(emails).toArray();
    const byEmail = new Map<string, PersonRow>();
    for (const row of existing) for (const email of row.emails) byEmail.set(email, row);
    const changed = new Map<PersonRow | RosterEntry, PersonRow>();
    for (const entry of entries) {
      const found = entry.emails.map((e) => byEmail.get(e)).find((row) => row !== undefined);
      const next = mergePerson(found, { emails: entry.emails, slackIds: [], timeZone: entry.timeZone, zoneSource: 'imported', workingHours: entry.workingHours, ...(entry.name ? { name: entry.name } : {}) }, at);
      // Later entries that reach the same person merge into the merged row, as one upsert after another would.
      if (found) changed.delete(found);
      changed.set(next, next);
      for (const email of next.emails) byEmail.set(email, next);
    }
    const rows = [...changed.values()];
    onProgress?.({ phase: 'saving', done: 0, total });
    for (let i = 0; i < rows.length; i += CHUNK) {
      await putPeople(database, rows.slice(i, i + CHUNK));
      onProgress?.({ phase: 'saving', done: Math.min(total, Math.round(((i + CHUNK) / rows.length) * total)), total });
    }
  });
  return { imported: total, errors: [] };
}
