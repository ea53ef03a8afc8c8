/**
 * The contract between a host adapter (Gmail, Slack, Docs — one file each) and the features that
 * attach to each composer it finds (the hints, the focus footer …).
 */
import type { HostId } from '@/lib/analysis/types';

export type Surface = 'compose' | 'reply' | 'channel' | 'thread' | 'comment' | 'body';

/** A recipient as the page shows it; the people directory turns it into a Person with a zone. */
export interface PageRecipient {
  email?: string;
  name?: string;
  slackId?: string;
}

/** One composer found on the page, with our <handoff-ui> element mounted beside it. */
export interface Composer {
  host: HostId;
  surface: Surface;
  /** The editable element: a contenteditable root (Gmail, Quill's .ql-editor) or a <textarea>. */
  editor: HTMLElement;
  /** The composer's root on the host page (compose dialog, message pane, comment box). */
  root: HTMLElement;
  /** Our custom element `<handoff-ui data-host data-surface>`; the only node we add to the page. */
  ui: HTMLElement;
  /** The open shadow root of `ui`: all our markup and styles live here. */
  shadow: ShadowRoot;
  /** Recipients as the page shows them right now (Gmail To/Cc chips, the Slack DM partner …). */
  recipients(): PageRecipient[];
  /** A stable id for the conversation or channel when the page has one (Slack channel id, Gmail compose id). */
  conversationId(): string | undefined;
  /** Aborted when the composer leaves the page or the content script is invalidated. */
  signal: AbortSignal;
}

/** What a feature does with each composer; it must clean up when `composer.signal` aborts. */
export type ComposerFeature = (composer: Composer) => void;
