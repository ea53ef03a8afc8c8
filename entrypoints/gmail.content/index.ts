import { gmailAdapter } from '@/lib/hosts/gmail';
import { composerFeatures } from '@/lib/hosts/features';
import { runHost } from '@/lib/hosts/run-host';
import { hideUnreadWhileFocused } from '@/lib/focus/content';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  main: (ctx) => {
    runHost(ctx, gmailAdapter, composerFeatures);
    hideUnreadWhileFocused(ctx.signal, 'gmail');
  },
});
