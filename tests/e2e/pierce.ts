/**
 * Our UI lives in a *closed* shadow root (lib/hosts/mount.ts), so neither the host page nor
 * Playwright's selector engine can see into it through `element.shadowRoot`. Tests still drive the
 * build that ships: through the DevTools protocol (DOM.getDocument with `pierce`), this helper finds
 * every `<handoff-ui>`'s closed root and, in Playwright's own *utility* world only (where its CSS
 * locators run — an isolated world the page cannot reach), gives the host a `shadowRoot` getter that
 * returns it. The page's main world still reads `null`, which tests/e2e/page-world.e2e.ts asserts.
 *
 * Consequence for tests: locators pierce as before; `locator.evaluate(el => el.shadowRoot)` runs in the
 * page's main world and sees `null` — use locators (e.g. `:focus`) instead; so do `allTextContents()`
 * and `evaluateAll()`: use `texts()` and `attributes()` below.
 */
import type { BrowserContext, CDPSession, Locator, Page } from 'playwright-core';

const UTILITY_WORLD = '__playwright_utility_world_';
const UI_TAG = 'handoff-ui';

interface CdpNode {
  backendNodeId: number;
  localName?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
  shadowRootType?: string;
}

/** Every closed root of a `<handoff-ui>` in the tree (including inside other shadow roots). */
function closedRoots(node: CdpNode, out: number[] = []): number[] {
  if (node.localName === UI_TAG) for (const root of node.shadowRoots ?? []) out.push(root.backendNodeId);
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) closedRoots(child, out);
  if (node.contentDocument) closedRoots(node.contentDocument, out);
  return out;
}

const EXPOSE = `function () {
  const root = this;
  if (Object.getOwnPropertyDescriptor(root.host, 'shadowRoot')) return;
  Object.defineProperty(root.host, 'shadowRoot', { configurable: true, get: () => root });
}`;

async function pierce(page: Page): Promise<void> {
  let cdp: CDPSession;
  try {
    cdp = await page.context().newCDPSession(page);
  } catch {
    return; // the page closed first
  }
  const utility = new Set<number>();
  let running: Promise<void> | undefined;
  let again = false;

  async function sync(): Promise<void> {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const roots = closedRoots(root);
    for (const contextId of utility) {
      for (const backendNodeId of roots) {
        try {
          const { object } = await cdp.send('DOM.resolveNode', { backendNodeId, executionContextId: contextId });
          if (object.objectId) await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: EXPOSE });
        } catch {
          // a context of another frame, or one that just went away
        }
      }
    }
  }
  function schedule(): void {
    if (running) {
      again = true;
      return;
    }
    running = sync()
      .catch(() => undefined)
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          schedule();
        }
      });
  }

  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.name.startsWith(UTILITY_WORLD)) {
      utility.add(context.id);
      schedule();
    }
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => utility.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => utility.clear());
  cdp.on('DOM.documentUpdated', schedule);
  cdp.on('DOM.childNodeInserted', ({ node }) => {
    if ((node as CdpNode).localName === UI_TAG) schedule();
  });
  try {
    await cdp.send('Runtime.enable');
    await cdp.send('DOM.enable');
    schedule();
  } catch {
    // the page closed first
  }
}

/** Pierces our closed roots, for Playwright's locators only, in every page the context opens. */
export function pierceClosedRoots(context: BrowserContext): void {
  for (const page of context.pages()) void pierce(page);
  context.on('page', (page) => void pierce(page));
}

/**
 * `allTextContents()` and `evaluateAll()` query in the page's main world, where our closed roots stay
 * closed (they return [] for anything of ours): read each match through the piercing locator instead.
 */
export async function texts(locator: Locator): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0, n = await locator.count(); i < n; i++) out.push((await locator.nth(i).textContent()) ?? '');
  return out;
}

export async function attributes(locator: Locator, name: string): Promise<(string | null)[]> {
  const out: (string | null)[] = [];
  for (let i = 0, n = await locator.count(); i < n; i++) out.push(await locator.nth(i).getAttribute(name));
  return out;
}
