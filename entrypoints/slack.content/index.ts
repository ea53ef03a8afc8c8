import { slackAdapter } from '@/lib/hosts/slack';
import { composerFeatures } from '@/lib/features';
import { runHostWhileEnabled } from '@/lib/hosts/site-switch';
import { lifetime } from '@/lib/hosts/lifetime';
import { hideUnreadWhileFocused } from '@/lib/features/focus/content';

export default defineContentScript({
  matches: ['https://app.slack.com/*'],
  main: (ctx) => {
    // Ends when the extension is reloaded or updated, not when the page fires WXT's event (lifetime.ts).
    const life = lifetime(ctx);
    runHostWhileEnabled(life, slackAdapter, composerFeatures);
    hideUnreadWhileFocused(life.signal, 'slack');
  },
});
