import { createDocsAdapter } from '@/lib/hosts/docs';
import { isDocsBodyHookOn } from '@/lib/hosts/docs-body/setting';
import { composerFeatures } from '@/lib/features';
import { logError } from '@/lib/log';
import { runHostWhileEnabled } from '@/lib/hosts/site-switch';

export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  main: async (ctx) => {
    const body = await isDocsBodyHookOn().catch((error: unknown) => (logError('docs: reading the body setting', error), false));
    runHostWhileEnabled(ctx, createDocsAdapter({ body }), composerFeatures);
  },
});
