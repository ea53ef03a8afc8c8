/**
 * The Google Docs body as a CanvasText: read and replaced through the page-world bridge, located
 * through Docs' accessible text runs.
 */
import type { CanvasText } from '../types';
import { docsSelectors } from '../selectors/docs';
import { bridgeFor } from './bridge-client';
import { readableText } from './readable-text';
import { alignRuns, measureText, readRuns, spanBoxes } from './text-runs';


export function docsCanvasText(editor: HTMLElement): CanvasText {
  const doc = editor.ownerDocument;
  return {
    async read() {
      const reply = await bridgeFor(doc).request<'read'>({ op: 'read' });
      if (!reply) return { available: false, why: 'no-hook' };
      if (!reply.read.available) return { available: false, why: 'no-api' };
      const { text, total } = reply.read;
      return { available: true, text: readableText(text), ...(total !== undefined && total > text.length ? { total } : {}) };
    },
    async replace(change) {
      const reply = await bridgeFor(doc).request<'replace'>({ op: 'replace', ...change });
      return reply?.result ?? { ok: false, reason: 'not-editable', detail: 'the page did not answer' };
    },
    locate(text) {
      const runs = alignRuns(text, readRuns(editor));
      return (start, end) => spanBoxes(runs, start, end, measureText);
    },
    keyTarget() {
      return doc.querySelector<HTMLIFrameElement>(docsSelectors.textEventFrame)?.contentDocument ?? null;
    },
  };
}
