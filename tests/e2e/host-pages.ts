/**
 * The host replicas as whole pages, for serving at the real origins. One row per host page; the
 * suite in hosts.e2e.ts runs the same assertions over every row.
 */
import type { Surface } from '@/lib/hosts/types';
import { replicaDocument } from '@/lib/hosts/replicas/page';
import { gmailReplica } from '@/lib/hosts/replicas/gmail';

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
];
