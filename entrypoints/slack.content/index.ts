import { slackAdapter } from '@/lib/hosts/slack';
import { composerFeatures } from '@/lib/hosts/features';
import { runHost } from '@/lib/hosts/run-host';

export default defineContentScript({
  matches: ['https://app.slack.com/*'],
  main: (ctx) => void runHost(ctx, slackAdapter, composerFeatures),
});
