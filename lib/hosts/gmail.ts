/** Gmail: pop-up / full-screen / pop-out compose windows and inline replies. */
import type { HostAdapter, FoundComposer } from './adapter';
import { sortCandidates } from './adapter';
import type { PageRecipient, Surface } from './types';
import { gmailSelectors as S } from './selectors/gmail';
import { closest, queryAll, queryOne, reportMiss, selectorList } from './selectors/query';

function composeRoot(body: HTMLElement): { root: HTMLElement; surface: Surface } | undefined {
  const dialog = body.closest<HTMLElement>(S.dialog);
  if (dialog?.querySelector(S.composeForm)) return { root: dialog, surface: 'compose' };
  const inline = closest(body, S.inlineReplyRoot);
  if (inline) return { root: body.closest<HTMLElement>(S.inlineReplyOwnRoot) ?? inline, surface: 'reply' };
  const popOut = body.closest<HTMLElement>(S.popOutMain);
  if (popOut) return { root: popOut, surface: 'compose' };
  for (let node = body.parentElement; node; node = node.parentElement) {
    if (queryOne(node, S.composeFormMarker)) return { root: node, surface: 'compose' };
  }
  return undefined;
}

/** "Ana Weber <ana@example.com>, bo@example.com" → recipients. */
function parseAddressList(value: string): PageRecipient[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const angled = /^(.*)<([^>]+)>$/.exec(part);
      if (!angled) return { email: part };
      const name = angled[1]!.trim().replace(/^"|"$/g, '');
      return name ? { name, email: angled[2]!.trim() } : { email: angled[2]!.trim() };
    });
}

export function gmailRecipients(root: ParentNode): PageRecipient[] {
  const chips = queryAll(root, S.recipientChip);
  if (chips.length) {
    return chips.map((chip) => {
      const name = chip.getAttribute('data-name') ?? undefined;
      const email = chip.getAttribute('data-hovercard-id') ?? undefined;
      return { ...(name ? { name } : {}), ...(email ? { email } : {}) };
    });
  }
  return queryAll<HTMLInputElement>(root, S.legacyRecipientInput).flatMap((input) => parseAddressList(input.value));
}

export const gmailAdapter: HostAdapter = {
  id: 'gmail',
  findComposers(root, layout) {
    const candidates: FoundComposer[] = [];
    for (const editor of queryAll(root, S.composeBody)) {
      const place = composeRoot(editor);
      if (!place) {
        reportMiss('gmail', 'composeRoot');
        continue;
      }
      candidates.push({
        editor,
        root: place.root,
        surface: place.surface,
        notProse: selectorList(S.notProse),
        recipients: () => gmailRecipients(place.root),
        conversationId: () => {
          const id = place.root.querySelector<HTMLInputElement>(S.composeId)?.value;
          const draft = place.root.querySelector<HTMLInputElement>(S.draftId)?.value;
          return id || (draft && draft !== 'undefined' ? draft : undefined);
        },
      });
    }
    if (!candidates.length) reportComposeWithoutBody(root);
    return sortCandidates(candidates, layout);
  },
};

/**
 * A compose window with no body we recognise means Gmail changed the body's attributes: say so.
 * Starts from forms (few, and a fast tag query) rather than scanning the page for [role=dialog].
 */
function reportComposeWithoutBody(root: ParentNode): void {
  for (const form of root.querySelectorAll(S.composeForm)) {
    const dialog = form.closest(S.dialog);
    if (dialog && !queryOne(dialog, S.composeBody)) return reportMiss('gmail', 'composeBody');
  }
}
