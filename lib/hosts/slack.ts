/** Slack web: the channel/DM composer in the message pane and the thread composer in the flexpane. */
import type { FoundComposer, HostAdapter } from './adapter';
import { sortCandidates } from './adapter';
import type { PageRecipient } from './types';
import { isDirectMessage, slackSelectors as S } from './selectors/slack';
import { queryAll, queryOne, reportMiss } from './selectors/query';

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
    const editors = queryAll(root, S.editor);
    // A composer wrapper with no editor we recognise means Slack changed its markup: say so.
    if (!editors.length && queryOne(root, S.messageInput)) reportMiss('slack', 'editor');
    for (const editor of editors) {
      const wrapper = editor.closest<HTMLElement>(S.messageInput);
      if (!wrapper) continue;
      const thread = wrapper.closest<HTMLElement>(S.threadsFlexpane);
      const channelId = () => {
        const id = wrapper.getAttribute('data-channel-id');
        if (!id) reportMiss('slack', 'channelId');
        return id ?? undefined;
      };
      candidates.push({
        editor,
        root: thread ?? wrapper,
        surface: thread ? 'thread' : 'channel',
        notProse: S.notProse,
        recipients: () => dmRecipients(editor.ownerDocument, channelId()),
        conversationId: channelId,
      });
    }
    return sortCandidates(candidates, layout);
  },
};
