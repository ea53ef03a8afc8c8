/**
 * A ritual's readers as stored in its draft, resolved against the people directory each time the
 * window is computed: a directory person ("person:<id>") takes the zone and hours the directory has
 * now (so answering "where is Ana?" once fixes every ritual); a reader typed by name keeps the zone
 * stored with them. Pure.
 */
import type { Reader } from './window';

export interface DirectoryPerson {
  id?: number;
  name?: string;
  emails: string[];
  slackIds: string[];
  timeZone?: string;
  workingHours?: Reader['workingHours'];
}

export function personReaderId(id: number): string {
  return `person:${id}`;
}

export function personLabel(p: DirectoryPerson): string {
  return p.name?.trim() || p.emails[0] || p.slackIds[0] || 'Someone';
}

/** The reader for a directory person, as stored in a draft (the zone is looked up, not copied). */
export function readerOf(p: DirectoryPerson): Reader {
  return { id: personReaderId(p.id!), name: personLabel(p) };
}

/** Readers with the zones and hours the directory knows now; unknown stays unknown. */
export function resolveReaders(readers: Reader[], people: DirectoryPerson[]): Reader[] {
  const byId = new Map(people.filter((p) => p.id !== undefined).map((p) => [personReaderId(p.id!), p]));
  return readers.map((r) => {
    const person = byId.get(r.id);
    if (!person) return r;
    const out: Reader = { id: r.id, name: personLabel(person) };
    if (person.timeZone) out.timeZone = person.timeZone;
    if (person.workingHours) out.workingHours = person.workingHours;
    return out;
  });
}
