/** Slack web: the channel/DM composer in the message pane and the thread composer in the flexpane. */
import type { FoundComposer, HostAdapter } from './adapter';
import { sortCandidates } from './adapter';
import type { PageRecipient } from './types';
import { isDirectMessage, slackSelectors as S } from './selectors/slack';
import { queryAll, reportMiss } from './selectors/query';

/**
 * In a DM the header names the one reader. In a channel the readers are its members, whom the page
 * does not list without the user's session token (which we never use): no recipients then.
 */
function dmRecipients(doc: ParentNode, channelId: string | undefined): PageRecipient[] {
  if (!isDirectMessage(channelId)) return [];
  const name = doc.querySelector(S.dmPartnerName)?.textContent?.trim();
  if (!name) {
    reportMiss('slack', 'dmPartnerName');
    return [];
  }
  return [{ name }];
}

export const slackAdapter: HostAdapter = {
  id: 'slack',
  findComposers(root, layout) {
    const candidates: FoundComposer[] = [];
    for (const editor of queryAll(root, S.editor)) {
      const wrapper = editor.closest<HTMLElement>(S.messageInput);
      if (!wrapper) continue;
      const thread = wrapper.closest<HTMLElement>(S.threadsFlexpane);
      const channelId = () => wrapper.getAttribute('data-channel-id') ?? undefined;
      candidates.push({
        editor,
        root: thread ?? wrapper,
        surface: thread ? 'thread' : 'channel',
        recipients: () => dmRecipients(editor.ownerDocument, channelId()),
        conversationId: channelId,
      });
    }
    return sortCandidates(candidates, layout);
  },
};
