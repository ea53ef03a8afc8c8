/** Saving a person from the options form: the form is the whole truth for that person. */
import { db, type PersonRow } from '@/lib/storage/db';
import { normalizeEmail } from '@/lib/storage/people';
import { normalizeZone } from '@/lib/storage/zone-names';
import type { PersonDraft, PersonView } from '@/components/options/PeopleDirectory';

const list = (text: string) => text.split(/[,;\s]+/).map((s) => s.trim()).filter(Boolean);

export async function savePerson(form: PersonDraft, now: number): Promise<void> {
  const emails = [...new Set(list(form.emails).map(normalizeEmail))];
  const slackIds = [...new Set(list(form.slackIds))];
  if (emails.length === 0 && slackIds.length === 0) throw new Error('Add at least one email or Slack member id.');
  const bad = emails.find((e) => !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e));
  if (bad) throw new Error(`"${bad}" is not an email address.`);
  const typedZone = form.timeZone.trim();
  const timeZone = typedZone ? normalizeZone(typedZone) : '';
  const database = db();
  await database.transaction('rw', database.people, async () => {
    for (const email of emails) {
      const owner = await database.people.where('emails').equals(email).first();
      if (owner && owner.id !== form.id) throw new Error(`${email} already belongs to ${owner.name ?? 'someone else'}.`);
    }
    const existing = form.id !== undefined ? await database.people.get(form.id) : undefined;
    const row: PersonRow = { ...existing, emails, slackIds };
    const name = form.name.trim();
    if (name) row.name = name;
    else delete row.name;
    if (!timeZone) {
      delete row.timeZone;
      delete row.zoneSource;
    } else if (timeZone !== existing?.timeZone) {
      row.timeZone = timeZone;
      row.zoneSource = 'user';
      row.zoneUpdatedAt = now;
    }
    await database.people.put(row);
  });
}

/** Texts of a stored list, also when a corrupt row holds one string or something else there. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** A row as the table shows it; a corrupt stored row is shown as far as it can be, never breaking the page. */
export function personView(p: PersonRow): PersonView {
  const h = p.workingHours as Partial<Record<'start' | 'end', unknown>> | undefined;
  const hours = h && typeof h === 'object' && typeof h.start === 'string' && typeof h.end === 'string' ? `${h.start}–${h.end}` : '';
  return {
    id: p.id!,
    name: typeof p.name === 'string' ? p.name : '',
    emails: texts(p.emails),
    slackIds: texts(p.slackIds),
    timeZone: typeof p.timeZone === 'string' ? p.timeZone : '',
    zoneSource: typeof p.zoneSource === 'string' ? p.zoneSource : '',
    hours,
  };
}
