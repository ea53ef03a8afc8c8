import { browser } from 'wxt/browser';
import type { Handlers } from '@/lib/messaging';
import { startFocus, stopFocus } from '@/lib/focus/controller';
import { recordSentMessage } from './records';

export const handlers: Handlers = {
  ping: () => ({ version: browser.runtime.getManifest().version }),
  'focus/start': ({ minutes }) => startFocus(minutes),
  'focus/stop': async () => ({ ended: (await stopFocus('user')) !== null }),
  'records/sent': async (message) => ({ recorded: await recordSentMessage(message) }),
};
