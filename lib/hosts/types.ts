/**
 * The contract between a host adapter (Gmail, Slack, Docs — one file each) and the features that
 * attach to each composer it finds (the hints, the focus footer …).
 */
import type { HostId } from '@/lib/analysis/types';
import type { Replacement, ReplaceResult } from '@/lib/editing';

export type Surface = 'compose' | 'reply' | 'channel' | 'thread' | 'comment' | 'body';

/** A recipient as the page shows it; the people directory turns it into a Person with a zone. */
export interface PageRecipient {
  email?: string;
  name?: string;
  slackId?: string;
}

/** Why a canvas body's text cannot be read: our page-world hook is absent, or Docs did not expose the text. */
export type CanvasUnavailable = 'no-hook' | 'no-api';

/** `text` may be the body's first part only; `total` is then the whole body's length. */
export type CanvasRead = { available: true; text: string; total?: number } | { available: false; why: CanvasUnavailable };

/**
 * Text the page draws on a canvas (the Google Docs body): there is no DOM text to read, range over
 * or edit, so it is read and replaced through the page, and located through the page's accessible
 * text runs. Offsets are the page's own, one UTF-16 unit each, like every other text here.
 */
export interface CanvasText {
  read(): Promise<CanvasRead>;
  /** Replaces [start, end) when it still holds `expected`, through the page's own editing path. */
  replace(change: Replacement): Promise<ReplaceResult>;
  /**
   * Reads where `text` is drawn now, once, and answers for any span of it: the viewport boxes over
   * text[start, end), empty when that part is not on screen.
   */
  locate(text: string): (start: number, end: number) => DOMRect[];
  /** The document that receives the user's keys (Docs' text-event iframe), when the page has one. */
  keyTarget(): Document | null;
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
  /**
   * Elements inside `editor` whose text is not the writer's prose (Gmail's quoted reply and
   * signature, Slack code blocks), as a selector list from the host's selector file: the engine
   * is told their ranges, and a sent message is recorded without them.
   */
  notProse?: string;
  /** Set for a canvas body (the Docs document body): its text is not in `editor`'s DOM. */
  canvasText?: CanvasText;
  /** Aborted when the composer leaves the page or the content script is invalidated. */
  signal: AbortSignal;
}

/** What a feature does with each composer; it must clean up when `composer.signal` aborts. */
export type ComposerFeature = (composer: Composer) => void;

/** A composer the user sends messages from, unlike a document body, which is written in place. */
export function isMessageComposer(composer: Pick<Composer, 'surface'>): boolean {
  return composer.surface !== 'body';
}
