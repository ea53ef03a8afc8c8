/** Google Docs: the comment box and the reply box (ordinary DOM beside the canvas body). */
import type { FoundComposer, HostAdapter } from './adapter';
import { sortCandidates } from './adapter';
import type { PageRecipient, Surface } from './types';
import { docsSelectors as S, documentIdFromPath } from './selectors/docs';
import { closest, queryAll } from './selectors/query';

/** A reply goes to the people already in the thread; a new comment has no reader yet. */
function threadAuthors(thread: HTMLElement): PageRecipient[] {
  const names = queryAll(thread, S.author)
    .map((author) => author.textContent?.trim() ?? '')
    .filter(Boolean);
  return [...new Set(names)].map((name) => ({ name }));
}

export const docsAdapter: HostAdapter = {
  id: 'docs',
  findComposers(root, layout) {
    const candidates: FoundComposer[] = [];
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
        conversationId: () => documentIdFromPath(editor.ownerDocument.location?.pathname ?? ''),
      });
    }
    return sortCandidates(candidates, layout);
  },
};
