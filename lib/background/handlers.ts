import { browser } from 'wxt/browser';
import type { AnalysisContext } from '@/lib/analysis/types';
import type { Handlers } from '@/lib/messaging';
import { db } from '@/lib/storage/db';
import { assertZone, resolveRecipients, upsertPerson } from '@/lib/storage/people';
import { startFocus, stopFocus } from '@/lib/features/focus/background';
import { openRitualEditor, proposeFromMessage } from '@/lib/features/rituals/background';
import { analyzeForContent } from '@/lib/features/hints/background';
import { recordQueued } from './record-queue';
import { placesMatching } from '@/lib/storage/zone-names';

export const handlers: Handlers = {
  ping: () => ({ version: browser.runtime.getManifest().version }),
  'analysis/run': ({ text, ctx, rewrite }) => analyzeForContent(text, ctx as AnalysisContext, rewrite !== false),
  'people/resolve': ({ recipients }) => resolveRecipients(recipients),
  'people/setZone': async ({ recipient, timeZone }) => {
    const emails = recipient.email ? [recipient.email] : [];
    const slackIds = recipient.slackId ? [recipient.slackId] : [];
    await upsertPerson({ emails, slackIds, name: recipient.name, timeZone, zoneSource: 'user' });
    return {};
  },
  'focus/start': ({ minutes }) => startFocus(minutes),
  'focus/stop': async () => ({ ended: (await stopFocus('user')) !== null }),
  'records/sent': async (message) => ({ recorded: await recordQueued(message) }),
  'zones/places': ({ query }) => placesMatching(query),
  'channelZones/get': async ({ channelId }) => (await db().channelZones.get(channelId))?.zones ?? [],
  'channelZones/set': async ({ channelId, zones }) => {
    zones.forEach(assertZone);
    await db().channelZones.put({ channelId, zones });
    return {};
  },
  'rituals/propose': async ({ host, text, recipients }, sender) => {
    const id = await proposeFromMessage(db(), { host, text, recipients }, Date.now());
    await openRitualEditor(id, sender?.tab?.id);
    return { id };
  },
};
