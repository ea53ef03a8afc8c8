/**
 * The playground (an extension page) shows the three host replicas and runs the very same adapters
 * and runHost on them: content scripts never run on chrome-extension:// pages, so we start them.
 */
import type { HostId } from '@/lib/analysis/types';
import type { HostAdapter } from './adapter';
import type { ComposerFeature } from './types';
import type { Replica } from './replicas/page';
import { runHost, type HostContext } from './run-host';

/** Parses our own static replica markup (DOMParser runs no scripts) and moves it into `container`. */
export function showReplica(container: HTMLElement, replica: Replica): void {
  const parsed = new DOMParser().parseFromString(replica.body, 'text/html');
  const style = container.ownerDocument.createElement('style');
  style.textContent = replica.css;
  container.replaceChildren(style, ...[...parsed.body.childNodes].map((node) => container.ownerDocument.adoptNode(node)));
}

export interface PlaygroundHost {
  adapter: HostAdapter;
  container: HTMLElement;
}

/** Runs each adapter on its own replica only; reports how many composers have Handoff attached. */
export function attachToReplicas(
  ctx: HostContext,
  hosts: PlaygroundHost[],
  features: ComposerFeature[],
  onAttachedChange: (host: HostId, attached: number) => void,
): void {
  for (const { adapter, container } of hosts) {
    let attached = 0;
    const count: ComposerFeature = (composer) => {
      onAttachedChange(adapter.id, ++attached);
      composer.signal.addEventListener('abort', () => onAttachedChange(adapter.id, --attached));
    };
    runHost(ctx, adapter, [...features, count], { root: container });
  }
}
