/**
 * "Insert into the open composer" from the popup: the popup messages the active tab; the composer
 * the user last focused on that page takes the text (undo-safe append, or in place of the whole
 * message for a proposal drafted from it).
 */
import type { Composer, ComposerFeature } from '@/lib/hosts/types';
import { guard, logError } from '@/lib/log';
import { appendText } from '@/lib/editing/append';
import { readText, replaceText } from '@/lib/editing';
import { listenInTab } from '@/lib/messaging';

let lastFocused: Composer | undefined;
let listening = false;

function listenOnce(): void {
  if (listening) return;
  listening = true;
  listenInTab('handoff/insert-into-composer', ({ text, replace }) => {
    try {
      const target = lastFocused && !lastFocused.signal.aborted && lastFocused.editor.isConnected ? lastFocused : undefined;
      if (!target) return { inserted: false };
      if (replace !== true) return { inserted: appendText(target.editor, text) };
      // The whole message, as one edit through the editor's own path: one Ctrl+Z brings it back.
      const current = readText(target.editor).text;
      const end = current.replace(/\n+$/, '').length;
      return { inserted: replaceText(target.editor, { start: 0, end, expected: current.slice(0, end), replacement: text }, { caret: 'after' }).ok };
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
