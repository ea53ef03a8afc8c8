import { slackAdapter } from '@/lib/hosts/slack';
import { composerFeatures } from '@/lib/hosts/features';
import { runHostWhileEnabled } from '@/lib/hosts/site-switch';
import { hideUnreadWhileFocused } from '@/lib/focus/content';

export default defineContentScript({
  matches: ['https://app.slack.com/*'],
  main: (ctx) => {
    runHostWhileEnabled(ctx, slackAdapter, composerFeatures);
    hideUnreadWhileFocused(ctx.signal, 'slack');
  },
});
