/**
 * Google Docs draws the document body on a canvas. When the page finds its global
 * `_docs_annotate_canvas_by_ext` set to an allow-listed extension id at start-up, it also exposes
 * the text (`_docs_annotate_getAnnotatedText`) and accessible text runs. This is undocumented and
 * may be revoked, so it sits behind a setting that is off by default. We announce our own id only:
 * never another extension's.
 */
import { PageBridge } from './page-bridge';

/** Pinned by the public key in wxt.config.ts (a test derives it from that key). */
export const HANDOFF_EXTENSION_ID = 'lehdphenlccmhcmkcohilpkmpcakikia';

declare global {
  interface Window {
    _docs_annotate_canvas_by_ext?: string;
  }
}

/** Runs in the page's own world at document_start, before Docs reads the global. */
export function announceToDocs(win: Window): void {
  win._docs_annotate_canvas_by_ext = HANDOFF_EXTENSION_ID;
}

/** The whole page-world script: announce, then answer our content script's read and replace requests. */
export function startDocsBodyHook(win: Window): void {
  announceToDocs(win);
  new PageBridge(win).listen();
}
