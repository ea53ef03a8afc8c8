/**
 * Google Docs: the comment box and the reply box (ordinary DOM beside the canvas body), and, when
 * the user turned the experimental setting on, the document body itself (read through the page).
 */
import type { FoundComposer, HostAdapter } from './adapter';
import { sortCandidates } from './adapter';
import type { PageRecipient, Surface } from './types';
import { docsCanvasText } from './docs-body/canvas-text';
import { docsSelectors as S, documentIdFromPath } from './selectors/docs';
import { closest, queryAll } from './selectors/query';

/** A reply goes to the people already in the thread; a new comment has no reader yet. */
function threadAuthors(thread: HTMLElement): PageRecipient[] {
  const names = queryAll(thread, S.author)
    .map((author) => author.textContent?.trim() ?? '')
    .filter(Boolean);
  return [...new Set(names)].map((name) => ({ name }));
}

export interface DocsOptions {
  /** The "Google Docs document body" setting, as it was when the page opened (the hook runs at start-up). */
  body: boolean;
}

export function createDocsAdapter(options: DocsOptions): HostAdapter {
  return {
    id: 'docs',
    findComposers(root, layout) {
      const candidates: FoundComposer[] = [];
      const conversationId = (editor: HTMLElement) => () => documentIdFromPath(editor.ownerDocument.location?.pathname ?? '');
      const boxes: [HTMLElement, Surface][] = [
        ...queryAll(root, S.replyBox).map((box): [HTMLElement, Surface] => [box, 'reply']),
        ...queryAll(root, S.commentBox).map((box): [HTMLElement, Surface] => [box, 'comment']),
      ];
      for (const [editor, surface] of boxes) {
        const thread = closest(editor, S.thread) ?? editor.parentElement ?? editor;
        candidates.push({
          editor,
          root: thread,
          surface,
          recipients: () => (surface === 'reply' ? threadAuthors(thread) : []),
          conversationId: conversationId(editor),
        });
      }
      if (options.body) {
        for (const editor of queryAll(root, S.bodyEditor)) {
          // The body is read by everyone the document is shared with: no one reader to name.
          candidates.push({ editor, root: editor, surface: 'body', recipients: () => [], conversationId: conversationId(editor), canvasText: docsCanvasText(editor) });
        }
      }
      return sortCandidates(candidates, layout);
    },
  };
}

/** The comment and reply boxes only: the body waits for the user's opt-in. */
export const docsAdapter = createDocsAdapter({ body: false });
