/**
 * "Insert into the open composer" from the popup: the popup messages the active tab; the composer
 * the user last focused on that page takes the text (undo-safe append).
 */
import { browser } from 'wxt/browser';
import type { Composer, ComposerFeature } from '@/lib/hosts/types';
import { guard, logError } from '@/lib/log';
import { appendText } from '@/lib/editing/append';

export const INSERT_MESSAGE = 'handoff/insert-into-composer';

let lastFocused: Composer | undefined;
let listening = false;

function listenOnce(): void {
  if (listening) return;
  listening = true;
  browser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { type?: string; text?: unknown };
    if (m?.type !== INSERT_MESSAGE || typeof m.text !== 'string') return undefined;
    try {
      const target = lastFocused && !lastFocused.signal.aborted && lastFocused.editor.isConnected ? lastFocused : undefined;
      return Promise.resolve({ inserted: target ? appendText(target.editor, m.text) : false });
    } catch (error) {
      logError('inserting into the composer', error);
      return Promise.resolve({ inserted: false });
    }
  });
}

export const insertIntoComposer: ComposerFeature = (composer) => {
  // Message composers only, never on the playground: declared in lib/features/index.ts.
  listenOnce();
  composer.editor.addEventListener(
    'focus',
    guard('tracking the focused composer', () => (lastFocused = composer)),
    { signal: composer.signal },
  );
  if (composer.editor.ownerDocument.activeElement === composer.editor) lastFocused = composer;
};
