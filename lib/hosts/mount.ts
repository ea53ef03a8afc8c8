/**
 * Our only node in a host page: `<handoff-ui data-host data-surface>`, inserted right after the
 * editor (never inside it), with a *closed* shadow root that holds all our markup and styles: the
 * page's scripts get `null` from `ui.shadowRoot`, so they cannot read card text, the people and zones
 * a card names, or find our buttons to click (issue 16). We keep the root we attach; end-to-end tests
 * reach it through the DevTools protocol (tests/e2e/pierce.ts), so the build that ships is the one tested.
 * It is not registered with customElements (content scripts have none in Chrome); a valid custom
 * element name is all attachShadow needs.
 */
import type { HostId } from '@/lib/analysis/types';
import type { Surface } from './types';

export const UI_TAG = 'handoff-ui';

const HOST_STYLE = `:host { all: initial; display: block; position: relative; width: 0; height: 0; overflow: visible; }`;

/**
 * The interactions a synthetic event could fake. A closed root already hides our buttons from the
 * page; this stops any untrusted one that still reaches them (another extension's script can open a
 * closed root) before our own listeners run: a fix, a setting or a zone changes only at the user's hand.
 */
const INTERACTIONS = ['click', 'auxclick', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'change', 'submit'];

function dropUntrusted(event: Event): void {
  if (!event.isTrusted) event.stopImmediatePropagation();
}

export function createComposerUi(doc: Document, host: HostId, surface: Surface): { ui: HTMLElement; shadow: ShadowRoot } {
  const ui = doc.createElement(UI_TAG);
  ui.dataset.host = host;
  ui.dataset.surface = surface;
  const shadow = ui.attachShadow({ mode: 'closed' });
  for (const type of INTERACTIONS) shadow.addEventListener(type, dropUntrusted, { capture: true });
  const style = doc.createElement('style');
  style.textContent = HOST_STYLE;
  shadow.append(style);
  return { ui, shadow };
}

export function isOurNode(node: Node): boolean {
  return node instanceof Element && node.localName === UI_TAG;
}
