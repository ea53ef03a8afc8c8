/**
 * "Insert into the open composer" from the popup: the popup messages the active tab; the composer
 * the user last focused on that page takes the text (undo-safe append).
 */
import type { Composer, ComposerFeature } from '@/lib/hosts/types';
import { guard, logError } from '@/lib/log';
import { appendText } from '@/lib/editing/append';
import { listenInTab } from '@/lib/messaging';

let lastFocused: Composer | undefined;
let listening = false;

function listenOnce(): void {
  if (listening) return;
  listening = true;
  listenInTab('handoff/insert-into-composer', ({ text }) => {
    try {
      const target = lastFocused && !lastFocused.signal.aborted && lastFocused.editor.isConnected ? lastFocused : undefined;
      return { inserted: target ? appendText(target.editor, text) : false };
    } catch (error) {
      logError('inserting into the composer', error);
      return { inserted: false };
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
