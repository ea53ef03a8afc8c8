/** Bundled for the page by scripts/bench/hosts.ts: the adapters and runHost as `window.HandoffHosts`. */
export { gmailAdapter } from '@/lib/hosts/gmail';
export { slackAdapter } from '@/lib/hosts/slack';
export { docsAdapter } from '@/lib/hosts/docs';
export { runHost } from '@/lib/hosts/run-host';
export { gmailReplica } from '@/lib/hosts/replicas/gmail';
