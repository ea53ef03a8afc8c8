import { browser } from 'wxt/browser';
import type { Handlers } from '@/lib/messaging';
import { db } from '@/lib/storage/db';
import { assertZone, deletePerson, listPeople, resolveRecipients, upsertPerson } from '@/lib/storage/people';
import { importRoster } from '@/lib/storage/roster';
import { startFocus, stopFocus } from '@/lib/focus/controller';
import { recordQueued } from './record-queue';

export const handlers: Handlers = {
  ping: () => ({ version: browser.runtime.getManifest().version }),
  'people/resolve': ({ recipients }) => resolveRecipients(recipients),
  'people/setZone': async ({ recipient, timeZone }) => {
    const emails = recipient.email ? [recipient.email] : [];
    const slackIds = recipient.slackId ? [recipient.slackId] : [];
    await upsertPerson({ emails, slackIds, name: recipient.name, timeZone, zoneSource: 'user' });
    return {};
  },
  'people/upsert': async ({ person }) => ({ person: await upsertPerson(person) }),
  'people/import': ({ text, format }) => importRoster(text, format),
  'people/list': async () => ({ people: await listPeople() }),
  'people/delete': async ({ id }) => {
    await deletePerson(id);
    return { deleted: true };
  },
  'focus/start': ({ minutes }) => startFocus(minutes),
  'focus/stop': async () => ({ ended: (await stopFocus('user')) !== null }),
  'records/sent': async (message) => ({ recorded: await recordQueued(message) }),
  'channelZones/get': async ({ channelId }) => (await db().channelZones.get(channelId))?.zones ?? [],
  'channelZones/set': async ({ channelId, zones }) => {
    zones.forEach(assertZone);
    await db().channelZones.put({ channelId, zones });
    return {};
  },
};
