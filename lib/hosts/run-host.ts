/**
 * The lifecycle shared by every host: watch the page for composers (a MutationObserver, no polling),
 * mount `<handoff-ui>` beside each new editor once, hand the Composer to each feature, and tear it
 * down when the editor leaves the page or the extension is reloaded. Every callback is guarded: our
 * errors are logged with `[handoff]`, never thrown into the page.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FoundComposer, HostAdapter, SkippedEditor } from './adapter';
import type { Layout } from './skip-reasons';
import type { Composer, ComposerFeature } from './types';
import { createComposerUi, isOurNode } from './mount';
import { guard, logError } from '@/lib/log';
import { followTheme } from './theme';

/** The slice of WXT's ContentScriptContext we use; the playground passes its own. */
export type HostContext = Pick<ContentScriptContext, 'signal' | 'onInvalidated' | 'addEventListener'>;

export interface RunHostOptions {
  /** Where to look and observe; the whole document by default (the playground scopes each replica). */
  root?: ParentNode & Node;
  /** Discovery runs at most once per this many ms while the page mutates. */
  delayMs?: number;
  /** Visibility and size checks; the browser's by default (unit tests have no layout engine). */
  layout?: Layout;
}

export interface HostRun {
  /** Composers mounted right now. */
  composers(): Composer[];
  /** Editors passed over in the last discovery, with reasons. */
  skipped(): SkippedEditor[];
  /** Runs discovery now (tests, the playground). */
  discover(): void;
}

interface Mounted {
  composer: Composer;
  controller: AbortController;
}

function onlyOurNodes(records: MutationRecord[]): boolean {
  for (const record of records) {
    for (const node of record.addedNodes) if (!isOurNode(node)) return false;
    for (const node of record.removedNodes) if (!isOurNode(node)) return false;
  }
  return true;
}

export function runHost(
  ctx: HostContext,
  adapter: HostAdapter,
  features: ComposerFeature[],
  options: RunHostOptions = {},
): HostRun {
  const root = options.root ?? document;
  const doc = root.ownerDocument ?? (root as Document);
  const delayMs = options.delayMs ?? 100;
  const mounted = new Map<HTMLElement, Mounted>();
  let lastSkipped: SkippedEditor[] = [];
  /** The one pending discovery. Not ctx.setTimeout: each call of it adds an abort listener that is
   * never removed, and a busy Gmail tab schedules up to ten discoveries a second for hours. */
  let timer: ReturnType<typeof setTimeout> | undefined;

  function unmount(editor: HTMLElement): void {
    const entry = mounted.get(editor);
    if (!entry) return;
    mounted.delete(editor);
    entry.controller.abort();
    entry.composer.ui.remove();
  }

  function mount(found: FoundComposer): void {
    const { ui, shadow } = createComposerUi(doc, adapter.id, found.surface);
    found.editor.insertAdjacentElement('afterend', ui);
    const controller = new AbortController();
    const composer: Composer = {
      host: adapter.id,
      surface: found.surface,
      editor: found.editor,
      root: found.root,
      ui,
      shadow,
      recipients: () => {
        try {
          return found.recipients();
        } catch (error) {
          logError(`${adapter.id}: reading recipients`, error);
          return [];
        }
      },
      conversationId: () => {
        try {
          return found.conversationId();
        } catch (error) {
          logError(`${adapter.id}: reading the conversation id`, error);
          return undefined;
        }
      },
      signal: controller.signal,
      ...(found.canvasText ? { canvasText: found.canvasText } : {}),
      ...(found.notProse ? { notProse: found.notProse } : {}),
    };
    mounted.set(found.editor, { composer, controller });
    guard(`${adapter.id}: theme`, followTheme)(ui, adapter.id, found.editor, controller.signal);
    for (const feature of features) guard(`${adapter.id}: feature ${feature.name || 'anonymous'}`, feature)(composer);
  }

  const discover = guard(`${adapter.id}: discovery`, () => {
    clearTimeout(timer);
    timer = undefined;
    if (ctx.signal.aborted) return;
    for (const [editor, { composer }] of mounted) {
      // The editor left, or the host re-rendered and dropped our UI: either way start afresh.
      if (!editor.isConnected || !composer.ui.isConnected) unmount(editor);
    }
    const { found, skipped } = adapter.findComposers(root, options.layout);
    lastSkipped = skipped;
    for (const composer of found) if (!mounted.has(composer.editor)) mount(composer);
  });

  function schedule(): void {
    if (timer !== undefined || ctx.signal.aborted) return;
    timer = setTimeout(discover, delayMs);
  }

  const observer = new MutationObserver(
    guard(`${adapter.id}: mutation observer`, (records: MutationRecord[]) => {
      if (timer === undefined && !onlyOurNodes(records)) schedule();
    }),
  );
  observer.observe(root, { childList: true, subtree: true });
  ctx.onInvalidated(() => {
    clearTimeout(timer);
    observer.disconnect();
    for (const editor of [...mounted.keys()]) unmount(editor);
  });
  // An editor skipped as hidden gets another look when the user focuses it or the app navigates
  // (history.pushState is no DOM mutation, and we do not observe attributes: too costly on Gmail).
  ctx.addEventListener(doc, 'focusin', guard(`${adapter.id}: focusin`, schedule), { capture: true });
  ctx.addEventListener(window, 'wxt:locationchange', guard(`${adapter.id}: location change`, schedule));

  discover();
  return {
    composers: () => [...mounted.values()].map((entry) => entry.composer),
    skipped: () => lastSkipped,
    discover,
  };
}
