import { browser } from 'wxt/browser';
import type { Handlers } from '@/lib/messaging';
import { db } from '@/lib/storage/db';
import { assertZone, deletePerson, listPeople, resolveRecipients, setZone, upsertPerson } from '@/lib/storage/people';
import { importRoster } from '@/lib/storage/roster';

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
  'channelZones/get': async ({ channelId }) => (await db().channelZones.get(channelId))?.zones ?? [],
  'channelZones/set': async ({ channelId, zones }) => {
    zones.forEach(assertZone);
    await db().channelZones.put({ channelId, zones });
    return {};
  },
};
