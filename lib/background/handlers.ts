import { browser } from 'wxt/browser';
import type { Handlers } from '@/lib/messaging';

export const handlers: Handlers = {
  ping: () => ({ version: browser.runtime.getManifest().version }),
};
