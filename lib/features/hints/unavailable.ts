/** What the user is told when a canvas body (the Docs document body) cannot be read. */
import type { CanvasUnavailable } from '@/lib/hosts/types';

export const UNAVAILABLE_MESSAGE: Record<CanvasUnavailable, string> = {
  'no-hook':
    'Document body not available: Handoff cannot reach it in this tab. If you turned on “Google Docs document body” after opening this document, reload the page. Comments and replies get hints either way.',
  'no-api':
    'Document body not available: Google Docs did not share this document’s text with Handoff (it may have withdrawn this undocumented access). Comments and replies still get hints.',
};

/** Docs sets up its text access a moment after the page loads: nothing is said before this much time… */
export const UNAVAILABLE_GRACE_MS = 4_000;
/** …and the text is asked for again this often, this many times. */
export const UNAVAILABLE_RETRY_MS = 2_000;
export const UNAVAILABLE_RETRIES = 15;
