import { keepDocsBodyHookInSync } from '@/lib/hosts/docs-body/setting';
import { listen } from '@/lib/messaging';
import { handlers } from '@/lib/background/handlers';

export default defineBackground(() => {
  listen(handlers);
  keepDocsBodyHookInSync();
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/playground.html') });
  });
});
