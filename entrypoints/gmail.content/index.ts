import { gmailAdapter } from '@/lib/hosts/gmail';
import { composerFeatures } from '@/lib/features';
import { runHostWhileEnabled } from '@/lib/hosts/site-switch';
import { hideUnreadWhileFocused } from '@/lib/features/focus/content';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  main: (ctx) => {
    runHostWhileEnabled(ctx, gmailAdapter, composerFeatures);
    hideUnreadWhileFocused(ctx.signal, 'gmail');
  },
});
