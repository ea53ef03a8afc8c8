import { createDocsAdapter } from '@/lib/hosts/docs';
import { isDocsBodyHookOn } from '@/lib/hosts/docs-body/setting';
import { composerFeatures } from '@/lib/features';
import { logError } from '@/lib/log';
import { runHostWhileEnabled } from '@/lib/hosts/site-switch';
import { lifetime } from '@/lib/hosts/lifetime';

export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  main: async (ctx) => {
    // Ends when the extension is reloaded or updated, not when the page fires WXT's event (lifetime.ts).
    const life = lifetime(ctx);
    const body = await isDocsBodyHookOn().catch((error: unknown) => (logError('docs: reading the body setting', error), false));
    if (!life.signal.aborted) runHostWhileEnabled(life, createDocsAdapter({ body }), composerFeatures);
  },
});
