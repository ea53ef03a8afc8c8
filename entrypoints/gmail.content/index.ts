import { gmailAdapter } from '@/lib/hosts/gmail';
import { composerFeatures } from '@/lib/features';
import { runHostWhileEnabled } from '@/lib/hosts/site-switch';
import { lifetime } from '@/lib/hosts/lifetime';
import { hideUnreadWhileFocused } from '@/lib/features/focus/content';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  main: (ctx) => {
    // Ends when the extension is reloaded or updated, not when the page fires WXT's event (lifetime.ts).
    const life = lifetime(ctx);
    runHostWhileEnabled(life, gmailAdapter, composerFeatures);
    hideUnreadWhileFocused(life.signal, 'gmail');
  },
});
