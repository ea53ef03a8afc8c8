/**
 * Every Gmail selector, by name. Roles, `name` and data-* attributes first; classes only as
 * fallbacks. Sources: InboxSDK and gmail.js (2016–2026), see /shared/HOSTS.md. When Gmail changes,
 * keep the old selector beside the new one with a dated comment.
 */
import { anyOf } from './query';

const FIELDS = ['to', 'cc', 'bcc'] as const;

export const gmailSelectors = {
  /** 2021–2026: attribute string of the compose body. `aria-label` is localised: never keyed on. */
  composeBody: anyOf(
    '[g_editable="true"][contenteditable="true"][role="textbox"]',
    // ≤ 2020 builds: classes only.
    'div.Am.Al.editable[contenteditable="true"]',
  ),
  /** Pop-up and full-screen compose windows: a dialog that holds the compose form. */
  dialog: '[role="dialog"]',
  /** Pop-out window (its own browser window): body.xE.xp wraps [role=main]. */
  popOutMain: 'body.xE.xp [role="main"]',
  /** Inline reply under a conversation: gmail.js takes div.M9 as its root; .AO is the view around it. */
  inlineReplyRoot: anyOf('div.M9', '.AO'),
  /** The compose form inside a compose window (a fast tag query). */
  composeForm: 'form',
  /** The inline reply's own root, inside the view around it. */
  inlineReplyOwnRoot: 'div.M9',
  /**
   * 2016–2026: the Send button, by class (InboxSDK keys on .aoO too). Its `aria-label` and
   * `data-tooltip` ("Send", "Enviar", …) are localised: never keyed on.
   */
  sendButton: '[role="button"].aoO',
  /** Class-free fallback for the compose root: the nearest ancestor with one of these inside. */
  composeFormMarker: anyOf('input[name="subjectbox"]', 'form'),
  subject: 'input[name="subjectbox"]',
  /** 2021–2026 chips: address in data-hovercard-id, display name in data-name; inline replies wrap them in div.aUy. */
  recipientChip: anyOf(
    ...FIELDS.map((field) => `[name="${field}"] [role="listbox"] [role="option"][data-hovercard-id]`),
  ),
  /** ≤ 2020 layout: hidden inputs whose value is the address list. */
  legacyRecipientInput: anyOf(...FIELDS.map((field) => `.GS input[type="hidden"][name="${field}"]`)),
  /**
   * 2016–2026: inside the compose body, what is not the writer's prose — the quoted reply Gmail
   * appends (div.gmail_quote, holding "On … wrote:" and a blockquote) and the signature
   * (div.gmail_signature). Sources: gmail.js, InboxSDK, Gmail's sent HTML.
   */
  notProse: anyOf('.gmail_quote', 'blockquote', '.gmail_signature'),
  /** Stable per-compose ids. */
  composeId: 'input[name="composeid"]',
  draftId: 'input[name="draft"]',
} as const;
