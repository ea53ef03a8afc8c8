/**
 * The people directory over the `people` table: who has which email / Slack id, their IANA zone,
 * where that zone came from and when, and their working hours. Emails are matched case-insensitively;
 * one person may have several emails and Slack ids (aliases).
 */
import { DEFAULT_WORKING_HOURS, type Person, type WorkingHours, type ZoneSource } from '@/lib/analysis/types';
import { normalizeZone } from './zone-names';
import { mergePerson } from './person-merge';
import type { PageRecipient } from '@/lib/hosts/types';
import { db, type HandoffDb, type PersonRow } from './db';

export type PersonKey = { email: string } | { slackId: string };

export interface PersonInput {
  name?: string;
  emails?: string[];
  slackIds?: string[];
  timeZone?: string;
  zoneSource?: ZoneSource;
  workingHours?: WorkingHours;
}


export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Throws RangeError saying what is wrong when `timeZone` is not a usable IANA zone (zone-names.ts). */
export function assertZone(timeZone: string): void {
  normalizeZone(timeZone);
}

export async function findPersonByEmail(email: string, database: HandoffDb = db()): Promise<PersonRow | undefined> {
  return database.people.where('emails').equals(normalizeEmail(email)).first();
}

export async function findPersonBySlackId(slackId: string, database: HandoffDb = db()): Promise<PersonRow | undefined> {
  return database.people.where('slackIds').equals(slackId.trim()).first();
}

async function findByAny(input: PersonInput, database: HandoffDb): Promise<PersonRow | undefined> {
  for (const email of input.emails ?? []) {
    const found = await findPersonByEmail(email, database);
    if (found) return found;
  }
  for (const slackId of input.slackIds ?? []) {
    const found = await findPersonBySlackId(slackId, database);
    if (found) return found;
  }
  return undefined;
}

/**
 * Adds a person or merges into the one that shares an email or Slack id (aliases accumulate).
 * A zone replaces the stored one only when its source is at least as trusted.
 */
export async function upsertPerson(input: PersonInput, at: number = Date.now(), database: HandoffDb = db()): Promise<PersonRow> {
  const timeZone = input.timeZone !== undefined ? normalizeZone(input.timeZone) : undefined;
  const emails = (input.emails ?? []).map(normalizeEmail).filter(Boolean);
  const slackIds = (input.slackIds ?? []).map((s) => s.trim()).filter(Boolean);
  if (emails.length === 0 && slackIds.length === 0) throw new Error('A person needs an email or a Slack member id');
  return database.transaction('rw', database.people, async () => {
    const existing = await findByAny({ emails, slackIds }, database);
    const row = mergePerson(existing, { ...input, emails, slackIds, ...(timeZone ? { timeZone } : {}) }, at);
    return putPerson(database, row);
  });
}

/** Throws when `row` may not be stored: no email and no Slack id, or a zone that is not a usable IANA zone. */
function checkPersonRow(row: PersonRow): void {
  if (row.emails.length === 0 && row.slackIds.length === 0) throw new Error('A person needs an email or a Slack member id');
  if (row.timeZone !== undefined) assertZone(row.timeZone);
}

/**
 * The one write of a person row: every path that adds or changes a person (the hint card's "Where
 * is …?", the options form) ends here, inside its caller's transaction; a roster import writes
 * through `putPeople`, which applies the same checks to many rows at once.
 */
async function putPerson(database: HandoffDb, row: PersonRow): Promise<PersonRow> {
  checkPersonRow(row);
  const id = await database.people.put(row);
  return { ...row, id };
}

/**
 * `putPerson` for many rows (a roster import of up to 50,000 people, written in chunks by the
 * caller): checks every row first, then one bulkPut inside the caller's transaction. Throws on the
 * first row that may not be stored, before writing any.
 */
export async function putPeople(database: HandoffDb, rows: PersonRow[]): Promise<void> {
  rows.forEach(checkPersonRow);
  await database.people.bulkPut(rows);
}

/** A person as the options form states them: the form is the whole truth for that person. */
export interface PersonForm {
  /** Set when editing an existing person. */
  id?: number;
  name: string;
  emails: string[];
  slackIds: string[];
  /** An IANA zone, or '' for none. */
  timeZone: string;
  /**
   * Their working day, "HH:MM" 24-hour wall clock in their zone; both '' (or absent) for the
   * default (09:00–17:00). Their working days stay as stored (Monday to Friday when none are).
   */
  workStart?: string;
  workEnd?: string;
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The working hours a form states: undefined for the default; throws (a message for the form) when half or backwards. */
function formHours(form: PersonForm, existing: PersonRow | undefined): WorkingHours | undefined {
  const start = form.workStart?.trim() ?? '';
  const end = form.workEnd?.trim() ?? '';
  if (!start && !end) return undefined;
  if (!start || !end) throw new Error('Give both the start and the end of their working day, or neither (for 09:00–17:00).');
  if (!CLOCK.test(start) || !CLOCK.test(end)) throw new Error('Working hours are times such as 09:00 and 17:30.');
  if (start >= end) throw new Error('Their working day must start before it ends (a day past midnight is not supported).');
  return { start, end, days: existing?.workingHours?.days ?? DEFAULT_WORKING_HOURS.days };
}

/**
 * Saves a person from the options form: replaces their emails, Slack ids, name, zone (a changed
 * zone counts as set by the user at `at`, epoch ms) and working hours. Throws, with a message for
 * the form, when an email belongs to someone else or the hours are half given or backwards.
 */
export async function savePerson(form: PersonForm, at: number = Date.now(), database: HandoffDb = db()): Promise<PersonRow> {
  const emails = [...new Set(form.emails.map(normalizeEmail))];
  const slackIds = [...new Set(form.slackIds)];
  if (emails.length === 0 && slackIds.length === 0) throw new Error('Add at least one email or Slack member id.');
  const bad = emails.find((e) => !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e));
  if (bad) throw new Error(`"${bad}" is not an email address.`);
  // A zone as typed ("europe/berlin", an old alias) is stored by its canonical IANA name (zone-names.ts).
  const timeZone = form.timeZone.trim() ? normalizeZone(form.timeZone.trim()) : '';
  formHours(form, undefined); // refused before anything is read or written
  return database.transaction('rw', database.people, async () => {
    for (const email of emails) {
      const owner = await database.people.where('emails').equals(email).first();
      if (owner && owner.id !== form.id) throw new Error(`${email} already belongs to ${owner.name ?? 'someone else'}.`);
    }
    const existing = form.id !== undefined ? await database.people.get(form.id) : undefined;
    const hours = formHours(form, existing);
    const row: PersonRow = { ...existing, emails, slackIds };
    if (hours) row.workingHours = hours;
    else delete row.workingHours;
    const name = form.name.trim();
    if (name) row.name = name;
    else delete row.name;
    if (!timeZone) {
      delete row.timeZone;
      delete row.zoneSource;
    } else if (timeZone !== existing?.timeZone) {
      row.timeZone = timeZone;
      row.zoneSource = 'user';
      row.zoneUpdatedAt = at;
    }
    return putPerson(database, row);
  });
}

/** Sets the zone of the person with this email or Slack id, creating them if needed. */
export async function setZone(key: PersonKey, timeZone: string, source: ZoneSource, at: number = Date.now(), database: HandoffDb = db()): Promise<PersonRow> {
  const input: PersonInput = 'email' in key ? { emails: [key.email] } : { slackIds: [key.slackId] };
  return upsertPerson({ ...input, timeZone, zoneSource: source }, at, database);
}

export async function listPeople(database: HandoffDb = db()): Promise<PersonRow[]> {
  const all = await database.people.toArray();
  // One collator and one label per row: localeCompare per comparison took seconds at 50,000 people.
  const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
  const labels = new Map(all.map((p) => [p, String(p.name ?? (Array.isArray(p.emails) ? p.emails[0] : p.emails) ?? p.slackIds?.[0] ?? '')]));
  return all.sort((a, b) => collator.compare(labels.get(a)!, labels.get(b)!));
}

export async function deletePerson(id: number, database: HandoffDb = db()): Promise<void> {
  await database.people.delete(id);
}

export function toPerson(row: PersonRow | undefined, page: PageRecipient = {}): Person {
  const person: Person = {};
  const name = row?.name ?? page.name;
  const email = page.email ? normalizeEmail(page.email) : row?.emails[0];
  const slackId = page.slackId ?? row?.slackIds[0];
  if (name) person.name = name;
  if (email) person.email = email;
  if (slackId) person.slackId = slackId;
  if (row?.timeZone) person.timeZone = row.timeZone;
  if (row?.zoneSource) person.zoneSource = row.zoneSource;
  if (row?.workingHours) person.workingHours = row.workingHours;
  return person;
}

/** The recipients a page shows, as people with the zones and hours the directory knows (unknown stays unknown). */
export async function resolveRecipients(pageRecipients: PageRecipient[], database: HandoffDb = db()): Promise<Person[]> {
  const people: Person[] = [];
  for (const page of pageRecipients) {
    const row =
      (page.email ? await findPersonByEmail(page.email, database) : undefined) ??
      (page.slackId ? await findPersonBySlackId(page.slackId, database) : undefined);
    people.push(toPerson(row, page));
  }
  return people;
}
