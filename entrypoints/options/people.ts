/** The options form's people: its text fields as lists for the people store, and rows as the form shows them. */
import type { PersonRow } from '@/lib/storage/db';
import { savePerson as save } from '@/lib/storage/people';
import type { PersonDraft, PersonView } from '@/components/options/PeopleDirectory';

const list = (text: string) => text.split(/[,;\s]+/).map((s) => s.trim()).filter(Boolean);

export async function savePerson(form: PersonDraft, now: number): Promise<void> {
  await save({ id: form.id, name: form.name, emails: list(form.emails), slackIds: list(form.slackIds), timeZone: form.timeZone }, now);
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
