/**
 * The people directory over the `people` table: who has which email / Slack id, their IANA zone,
 * where that zone came from and when, and their working hours. Emails are matched case-insensitively;
 * one person may have several emails and Slack ids (aliases).
 */
import type { Person, WorkingHours, ZoneSource } from '@/lib/analysis/types';
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
    const id = await database.people.put(row);
    return { ...row, id };
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
