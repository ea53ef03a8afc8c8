/**
 * Every Google Docs selector, by name. The document body is a canvas; comments and replies are
 * ordinary DOM under the "docos" classes (stable since ~2016). Source: /shared/HOSTS.md.
 */
import { anyOf } from './query';

export const docsSelectors = {
  /** New comment box. ≤ 2022 a <textarea>; newer builds a contenteditable with the same class. */
  commentBox: anyOf(
    'textarea.docos-input-textarea',
    '.docos-input-textarea[contenteditable="true"]',
    // 2024+ fallback, English only: a comment editor that lost the class.
    '.docos-docoview [contenteditable="true"][aria-label*="omment"]',
  ),
  /** Reply box under an existing comment thread. */
  replyBox: anyOf('textarea.docos-replybox-textarea', '.docos-replybox-textarea[contenteditable="true"]'),
  /** The thread around a box: a new comment, an anchored thread, a reply view. */
  thread: anyOf('.docos-anchoreddocoview', '.docos-docoview', '.docos-replyview'),
  /** Unverified on the live site: author names shown in a thread. */
  author: '.docos-author',
  /** The canvas body (for the best-effort body hook). */
  bodyEditor: '.kix-appview-editor',
  /** 2020–2026: the iframe whose document receives the user's typing into the body. */
  textEventFrame: '.docs-texteventtarget-iframe',
  /** The editable inside that frame's document. */
  textEventEditable: '[contenteditable="true"]',
  /** 2023–2026: the accessible text runs over the canvas, one SVG rect per run (its text in aria-label). */
  textRun: 'rect[aria-label]',
} as const;

/** /document/d/<id>/edit → <id>. */
export function documentIdFromPath(pathname: string): string | undefined {
  return /\/document\/(?:u\/\d+\/)?d\/([\w-]+)/.exec(pathname)?.[1];
}
