/**
 * The host replicas as whole pages, for serving at the real origins. One row per host page; the
 * suite in hosts.e2e.ts runs the same assertions over every row.
 */
import type { Surface } from '@/lib/hosts/types';
import { replicaDocument } from '@/lib/hosts/replicas/page';
import { gmailReplica } from '@/lib/hosts/replicas/gmail';
import { hydrateSlackReplica, slackReplica, type SlackConversation } from '@/lib/hosts/replicas/slack';
import { docsReplica } from '@/lib/hosts/replicas/docs';
import { hydrateDocsBody } from '@/lib/hosts/replicas/docs-body';
import { HANDOFF_EXTENSION_ID } from '@/lib/hosts/docs-body/hook';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Quill's built bundle, inlined: the served page may load nothing from the network. */
const quillBundle = () => readFileSync(resolve(__dirname, '../../node_modules/quill/dist/quill.js'), 'utf8');

/** tsx (the benchmarks) compiles with keepNames, which wraps inner functions in a `__name` helper the page lacks. */
const KEEP_NAMES_SHIM = 'const __name = (fn) => fn;';

/** The Docs replica with its body working; Docs exposes the body's text only to the ids it allows. */
export function docsPage(allowedExtensionIds: string[] = [HANDOFF_EXTENSION_ID], exposeAfterMs = 0): string {
  return replicaDocument(docsReplica, [`{ ${KEEP_NAMES_SHIM} (${hydrateDocsBody.toString()})(window, ${JSON.stringify(allowedExtensionIds)}, ${exposeAfterMs}); }`]);
}

function slackPage(kind: SlackConversation): string {
  return replicaDocument(slackReplica(kind), [quillBundle(), `(${hydrateSlackReplica.toString()})(document, Quill);`]);
}

export interface HostPage {
  name: string;
  host: 'gmail' | 'slack' | 'docs';
  url: string;
  html: () => string;
  /** Per surface: how many composers the page holds, and a selector for each composer's root. */
  surfaces: Partial<Record<Surface, { count: number; root: string }>>;
}

export const hostPages: HostPage[] = [
  {
    name: 'Gmail conversation with an inline reply and a pop-up compose',
    host: 'gmail',
    url: gmailReplica.url,
    html: () => replicaDocument(gmailReplica),
    surfaces: { compose: { count: 1, root: '[role="dialog"]' }, reply: { count: 1, root: 'div.M9' } },
  },
  {
    name: 'Slack channel (C…) with the threads flexpane',
    host: 'slack',
    url: slackReplica('channel').url,
    html: () => slackPage('channel'),
    surfaces: { channel: { count: 1, root: '[data-qa="message_pane"]' }, thread: { count: 1, root: '[data-qa="threads_flexpane"]' } },
  },
  {
    name: 'Slack direct message (D…) with the threads flexpane',
    host: 'slack',
    url: slackReplica('dm').url,
    html: () => slackPage('dm'),
    surfaces: { channel: { count: 1, root: '[data-qa="message_pane"]' }, thread: { count: 1, root: '[data-qa="threads_flexpane"]' } },
  },
  {
    name: 'Google Docs comment box and reply box',
    host: 'docs',
    url: docsReplica.url,
    // Without the body's script, so the "page untouched" check can compare the served markup.
    html: () => replicaDocument(docsReplica),
    surfaces: {
      comment: { count: 1, root: '.docos-docoview:not(.docos-anchoreddocoview)' },
      reply: { count: 1, root: '.docos-anchoreddocoview' },
    },
  },
];
