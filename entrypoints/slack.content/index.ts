import { slackAdapter } from '@/lib/hosts/slack';
import { composerFeatures } from '@/lib/hosts/features';
import { runHost } from '@/lib/hosts/run-host';
import { hideUnreadWhileFocused } from '@/lib/focus/content';

export default defineContentScript({
  matches: ['https://app.slack.com/*'],
  main: (ctx) => {
    runHost(ctx, slackAdapter, composerFeatures);
    hideUnreadWhileFocused(ctx.signal, 'slack');
  },
});
