import { browser } from 'wxt/browser';
import type { Handlers } from '@/lib/messaging';
import { deletePerson, listPeople, resolveRecipients, setZone, upsertPerson } from '@/lib/storage/people';
import { importRoster } from '@/lib/storage/roster';
import { startFocus, stopFocus } from '@/lib/focus/controller';
import { recordSentMessage } from './records';

export const handlers: Handlers = {
  ping: () => ({ version: browser.runtime.getManifest().version }),
  'people/resolve': async ({ recipients }) => ({ people: await resolveRecipients(recipients) }),
  'people/setZone': async ({ key, timeZone, source, name, workingHours }) => {
    const person = await setZone(key, timeZone, source);
    if (!name && !workingHours) return { person };
    const emails = 'email' in key ? [key.email] : [];
    const slackIds = 'slackId' in key ? [key.slackId] : [];
    return { person: await upsertPerson({ emails, slackIds, ...(name ? { name } : {}), ...(workingHours ? { workingHours } : {}) }) };
  },
  'people/import': ({ text, format }) => importRoster(text, format),
  'people/list': async () => ({ people: await listPeople() }),
  'people/delete': async ({ id }) => {
    await deletePerson(id);
    return { deleted: true };
  },
  'focus/start': ({ minutes }) => startFocus(minutes),
  'focus/stop': async () => ({ ended: (await stopFocus('user')) !== null }),
  'records/sent': async (message) => ({ recorded: await recordSentMessage(message) }),
};
