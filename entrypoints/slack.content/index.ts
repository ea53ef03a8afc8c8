import { slackAdapter } from '@/lib/hosts/slack';
import { composerFeatures } from '@/lib/features';
import { runHostWhileEnabled } from '@/lib/hosts/site-switch';
import { hideUnreadWhileFocused } from '@/lib/features/focus/content';

export default defineContentScript({
  matches: ['https://app.slack.com/*'],
  main: (ctx) => {
    runHostWhileEnabled(ctx, slackAdapter, composerFeatures);
    hideUnreadWhileFocused(ctx.signal, 'slack');
  },
});
