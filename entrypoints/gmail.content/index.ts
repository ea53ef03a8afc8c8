import { gmailAdapter } from '@/lib/hosts/gmail';
import { composerFeatures } from '@/lib/hosts/features';
import { runHost } from '@/lib/hosts/run-host';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  main: (ctx) => void runHost(ctx, gmailAdapter, composerFeatures),
});
