/**
 * Slack web replica (2024–2026 data-qa attributes): a channel (C…) or DM (D…) message pane with
 * its composer, and the threads flexpane with a thread composer. The markup is the page as Slack
 * leaves it, including Quill's .ql-editor; `hydrateSlackReplica` then lets a real Quill 2 own each
 * composer, as Slack's Quill fork does.
 */
import type { Replica } from './page';

export type SlackConversation = 'channel' | 'dm';

const CONVERSATIONS = {
  channel: { id: 'C04LAUNCH', header: '<span data-qa="channel_name">launch-team</span>', label: 'Message #launch-team' },
  dm: { id: 'D05KENJI', header: '<span data-qa="conversation_header_name_text">Kenji Sato</span>', label: 'Message Kenji Sato' },
} as const;

function composer(channelId: string, viewContext: string, label: string): string {
  return `<div class="c-wysiwyg_container"><div data-qa="message_input" data-message-input="true" data-channel-id="${channelId}" data-view-context="${viewContext}" data-min-lines="1" class="c-texty_input_unstyled ql-container"><div class="ql-editor ql-blank" data-gramm="false" contenteditable="true" role="textbox" aria-multiline="true" aria-label="${label}" tabindex="0"><p><br></p></div></div><div class="c-wysiwyg_container__footer"><button class="c-wysiwyg_container__button c-wysiwyg_container__button--send" data-qa="texty_send_button" type="button" aria-label="Send now">Send</button></div></div>`;
}

function message(author: string, text: string): string {
  return `<div class="c-message_kit__message" role="listitem"><span data-qa="message_sender_name">${author}</span><div class="p-rich_text_section">${text}</div></div>`;
}

export function slackReplica(kind: SlackConversation = 'channel'): Replica {
  const conversation = CONVERSATIONS[kind];
  return {
    url: `https://app.slack.com/client/T01HANDOFF/${conversation.id}`,
    title: 'Slack',
    css: `
.handoff-slack { display: flex; gap: 12px; font: 15px/1.45 Lato, Arial, sans-serif; color: #1d1c1d; }
.handoff-slack .p-view_contents { flex: 2; border: 1px solid #ddd; border-radius: 8px; padding: 8px; }
.handoff-slack [data-qa=threads_flexpane] { flex: 1; border: 1px solid #ddd; border-radius: 8px; padding: 8px; }
.handoff-slack .p-view_header { font-weight: 900; border-bottom: 1px solid #eee; padding-bottom: 6px; }
.handoff-slack .c-message_kit__message { padding: 4px 0; }
.handoff-slack [data-qa=message_sender_name] { font-weight: 900; margin-right: 6px; }
.handoff-slack .c-wysiwyg_container { border: 1px solid #bbb; border-radius: 8px; margin-top: 8px; }
.handoff-slack .c-wysiwyg_container__footer { display: flex; justify-content: flex-end; padding: 0 6px 4px; }
.handoff-slack .c-wysiwyg_container__button--send { font: inherit; font-size: 12px; border: 0; border-radius: 4px; background: #007a5a; color: #fff; padding: 2px 8px; }
.handoff-slack .ql-container { position: relative; }
.handoff-slack .ql-editor { min-height: 22px; padding: 8px 10px; outline: none; white-space: pre-wrap; }
.handoff-slack .ql-editor p { margin: 0; }
.handoff-slack .ql-clipboard { position: absolute; left: -10000px; height: 1px; overflow-y: hidden; }
`,
    body: `
<div class="handoff-slack p-client_workspace">
  <div class="p-view_contents" role="main" data-qa="message_pane">
    <div class="p-view_header">${conversation.header}</div>
    <div role="list">${message('Kenji Sato', 'Can someone look at the launch checklist before my morning?')}</div>
    ${composer(conversation.id, 'message-pane', conversation.label)}
  </div>
  <div data-qa="threads_flexpane" class="p-threads_flexpane" role="complementary" aria-label="Thread">
    <div class="p-view_header">Thread</div>
    <div role="list">${message('Ana Weber', 'Which numbers go in the Q3 summary?')}</div>
    ${composer(conversation.id, 'threads-flexpane', 'Reply…')}
  </div>
</div>`,
  };
}

interface QuillLike {
  root: HTMLElement;
}
type QuillConstructor = new (container: HTMLElement, options?: object) => QuillLike;

/**
 * Gives each composer to a real Quill 2, keeping the attributes Slack puts on the editable (Quill
 * itself sets only contenteditable). Runs in the playground and, serialised, in the e2e pages:
 * it must stay self-contained (no imports, no helpers from outside the function).
 */
export function hydrateSlackReplica(root: ParentNode, Quill: QuillConstructor): void {
  for (const container of root.querySelectorAll<HTMLElement>('[data-qa="message_input"]')) {
    const captured = container.querySelector('.ql-editor');
    const attributes = captured
      ? [...captured.attributes].filter((attribute) => !['class', 'contenteditable'].includes(attribute.name))
      : [];
    container.replaceChildren();
    const quill = new Quill(container, {});
    for (const attribute of attributes) quill.root.setAttribute(attribute.name, attribute.value);
  }
}
