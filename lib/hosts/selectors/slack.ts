/**
 * Every Slack web selector, by name. data-qa attributes first (Slack's own test hooks, stable for
 * years); the Quill classes come from the editor Slack forked. Source: /shared/HOSTS.md (2024–2026
 * captures). Keep old selectors beside new ones with a dated comment when Slack changes.
 */
export const slackSelectors = {
  /** The Quill container; the editable is its .ql-editor child. */
  messageInput: '[data-qa="message_input"]',
  /** 2024–2026: the editable inside the wrapper. aria-label ("Message #general") is localised. */
  editor: '[data-qa="message_input"] .ql-editor[contenteditable][role="textbox"]',
  threadsFlexpane: '[data-qa="threads_flexpane"]',
  channelName: '[data-qa="channel_name"]',
  dmPartnerName: '[data-qa="conversation_header_name_text"]',
  /**
   * 2024–2026: code spans and blocks inside the composer — Slack's <code> and <pre>, and stock
   * Quill 2's code block container — are not the writer's prose. One selector list: it is tested
   * once per element while the text is read.
   */
  notProse: 'code, pre, .ql-code-block-container',
  /** 2024–2026: the composer's send button (its aria-label is localised). */
  sendButton: '[data-qa="texty_send_button"]',
} as const;

/** Slack conversation ids: C… public and G… private channels, D… direct messages. */
export function isDirectMessage(channelId: string | undefined): boolean {
  return !!channelId && channelId.startsWith('D');
}
