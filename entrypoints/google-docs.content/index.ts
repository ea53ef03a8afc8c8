import { docsAdapter } from '@/lib/hosts/docs';
import { composerFeatures } from '@/lib/hosts/features';
import { runHostWhileEnabled } from '@/lib/hosts/site-switch';

export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  main: (ctx) => runHostWhileEnabled(ctx, docsAdapter, composerFeatures),
});
