/** The options form's people: its text fields as lists for the people store, and rows as the form shows them. */
import type { PersonRow } from '@/lib/storage/db';
import { savePerson as save } from '@/lib/storage/people';
import type { PersonDraft, PersonView } from '@/components/options/PeopleDirectory';

const list = (text: string) => text.split(/[,;\s]+/).map((s) => s.trim()).filter(Boolean);

export async function savePerson(form: PersonDraft, now: number): Promise<void> {
  await save({ id: form.id, name: form.name, emails: list(form.emails), slackIds: list(form.slackIds), timeZone: form.timeZone, workStart: form.workStart, workEnd: form.workEnd }, now);
}

/** Texts of a stored list, also when a corrupt row holds one string or something else there. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** A row as the table shows it; a corrupt stored row is shown as far as it can be, never breaking the page. */
export function personView(p: PersonRow): PersonView {
  const h = p.workingHours as Partial<Record<'start' | 'end', unknown>> | undefined;
  const stated = h && typeof h === 'object' && typeof h.start === 'string' && typeof h.end === 'string';
  const hours = stated ? `${h.start}–${h.end}` : '';
  return {
    id: p.id!,
    name: typeof p.name === 'string' ? p.name : '',
    emails: texts(p.emails),
    slackIds: texts(p.slackIds),
    timeZone: typeof p.timeZone === 'string' ? p.timeZone : '',
    zoneSource: typeof p.zoneSource === 'string' ? p.zoneSource : '',
    hours,
    workStart: stated ? (h.start as string) : '',
    workEnd: stated ? (h.end as string) : '',
  };
}
