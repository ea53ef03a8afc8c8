/** Saving a person from the options form: the form is the whole truth for that person. */
import { db, type PersonRow } from '@/lib/storage/db';
import { assertZone, normalizeEmail } from '@/lib/storage/people';
import type { PersonDraft, PersonView } from '@/components/options/PeopleDirectory';

const list = (text: string) => text.split(/[,;\s]+/).map((s) => s.trim()).filter(Boolean);

export async function savePerson(form: PersonDraft, now: number): Promise<void> {
  const emails = [...new Set(list(form.emails).map(normalizeEmail))];
  const slackIds = [...new Set(list(form.slackIds))];
  if (emails.length === 0 && slackIds.length === 0) throw new Error('Add at least one email or Slack member id.');
  const bad = emails.find((e) => !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e));
  if (bad) throw new Error(`"${bad}" is not an email address.`);
  const timeZone = form.timeZone.trim();
  if (timeZone) assertZone(timeZone);
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

export function personView(p: PersonRow): PersonView {
  const hours = p.workingHours ? `${p.workingHours.start}–${p.workingHours.end}` : '';
  return {
    id: p.id!,
    name: p.name ?? '',
    emails: p.emails,
    slackIds: p.slackIds,
    timeZone: p.timeZone ?? '',
    zoneSource: p.zoneSource ?? '',
    hours,
  };
}
