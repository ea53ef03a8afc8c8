/**
 * Our only node in a host page: `<handoff-ui data-host data-surface>`, inserted right after the
 * editor (never inside it), with an open shadow root that holds all our markup and styles.
 * It is not registered with customElements (content scripts have none in Chrome); a valid custom
 * element name is all attachShadow needs.
 */
import type { HostId } from '@/lib/analysis/types';
import type { Surface } from './types';

export const UI_TAG = 'handoff-ui';

const HOST_STYLE = `:host { all: initial; display: block; position: relative; width: 0; height: 0; overflow: visible; }`;

export function createComposerUi(doc: Document, host: HostId, surface: Surface): { ui: HTMLElement; shadow: ShadowRoot } {
  const ui = doc.createElement(UI_TAG);
  ui.dataset.host = host;
  ui.dataset.surface = surface;
  const shadow = ui.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = HOST_STYLE;
  shadow.append(style);
  return { ui, shadow };
}

export function isOurNode(node: Node): boolean {
  return node instanceof Element && node.localName === UI_TAG;
}
