import { docsAdapter } from '@/lib/hosts/docs';
import { composerFeatures } from '@/lib/hosts/features';
import { runHost } from '@/lib/hosts/run-host';

export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  main: (ctx) => void runHost(ctx, docsAdapter, composerFeatures),
});
