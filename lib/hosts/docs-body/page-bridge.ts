/**
 * The page-world half of the Docs body bridge (runs in Docs' own JavaScript world, registered only
 * while the setting is on). It answers two requests from our content script: read the body's text
 * and selection, and replace one span the way HOSTS.md describes: `setSelection` over the span, then
 * `execCommand('insertText')` in Docs' text-event iframe, else a synthetic paste there, verifying the
 * text after each. Docs applies either as a typed edit, so its own Ctrl+Z restores the original.
 */
import type { ReplaceResult } from '@/lib/editing';
import { shiftSelection } from '@/lib/editing/selection';
import { readableText } from './readable-text';
import { decode, encode, isWellFormedReplace, MAX_BODY_READ, REPLY_EVENT, REQUEST_EVENT, type BodyRead, type BodyReply, type BodyRequest, type Span } from './protocol';
import { docsSelectors } from '../selectors/docs';

/** What `_docs_annotate_getAnnotatedText()` resolves to (undocumented; the parts we use). */
export interface AnnotatedText {
  getText(): string;
  getSelection?(): unknown[];
  setSelection(start: number, end: number): void;
}

declare global {
  interface Window {
    _docs_annotate_getAnnotatedText?: (extensionId?: string) => Promise<AnnotatedText | null | undefined>;
  }
}

/** How long Docs may take to take an edit in before we call the method failed, and how often we look. */
const SETTLE_MS = 400;
const SETTLE_STEP_MS = 25;

/** Docs has named the selection's ends differently over the years. */
export function selectionSpan(selection: unknown): Span | null {
  if (!selection || typeof selection !== 'object') return null;
  const s = selection as Record<string, unknown>;
  for (const [a, b] of [['start', 'end'], ['anchor', 'focus'], ['base', 'extent']] as const) {
    const start = Number(s[a]);
    const end = Number(s[b]);
    if (s[a] !== undefined && s[b] !== undefined && Number.isFinite(start) && Number.isFinite(end)) {
      return { start: Math.min(start, end), end: Math.max(start, end) };
    }
  }
  return null;
}

export class PageBridge {
  constructor(private readonly win: Window) {}

  /** Answers requests until the page goes away. */
  listen(): void {
    this.win.document.addEventListener(REQUEST_EVENT, (event) => {
      const request = decode<BodyRequest>((event as CustomEvent).detail);
      if (request && isWellFormedReplace(request)) void this.answer(request);
    });
  }

  async answer(request: BodyRequest): Promise<void> {
    let reply: BodyReply;
    try {
      reply = request.op === 'read'
        ? { id: request.id, op: 'read', read: await this.read() }
        : { id: request.id, op: 'replace', result: await this.replace(request) };
    } catch (error) {
      reply = request.op === 'read'
        ? { id: request.id, op: 'read', read: { available: false } }
        : { id: request.id, op: 'replace', result: { ok: false, reason: 'not-editable', detail: String(error) } };
    }
    this.win.document.dispatchEvent(new CustomEvent(REPLY_EVENT, { detail: encode(reply) }));
  }

  private async annotated(): Promise<AnnotatedText | null> {
    if (typeof this.win._docs_annotate_getAnnotatedText !== 'function') return null;
    const annotated = await this.win._docs_annotate_getAnnotatedText();
    return annotated && typeof annotated.getText === 'function' && typeof annotated.setSelection === 'function' ? annotated : null;
  }

  async read(): Promise<BodyRead> {
    const annotated = await this.annotated();
    if (!annotated) return { available: false };
    const text = annotated.getText();
    return { available: true, text: text.slice(0, MAX_BODY_READ), total: text.length, selection: selectionSpan(annotated.getSelection?.()?.[0]) };
  }

  async replace(change: { start: number; end: number; expected: string; replacement: string }): Promise<ReplaceResult> {
    const annotated = await this.annotated();
    if (!annotated) return { ok: false, reason: 'not-editable', detail: 'Docs does not expose its body' };
    const before = annotated.getText();
    const found = readableText(before.slice(change.start, change.end));
    if (found !== change.expected) return { ok: false, reason: 'stale', detail: `found "${found}"` };
    const frame = this.textEventTarget();
    if (!frame) return { ok: false, reason: 'not-editable', detail: 'no text-event frame' };
    const wanted = before.slice(0, change.start) + change.replacement + before.slice(change.end);
    const userSelection = selectionSpan(annotated.getSelection?.()?.[0]);

    for (const method of ['insertText', 'paste'] as const) {
      annotated.setSelection(change.start, change.end);
      frame.target.focus();
      if (method === 'insertText') frame.frameDoc.execCommand('insertText', false, change.replacement);
      else pasteInto(frame.target, change.replacement);
      const after = await this.settledText(before);
      if (after === wanted) {
        const caret = userSelection
          ? shiftSelection(userSelection, change.start, change.end, change.replacement.length)
          : { start: change.start + change.replacement.length, end: change.start + change.replacement.length };
        (await this.annotated())?.setSelection(caret.start, caret.end);
        return { ok: true, method, undoable: true };
      }
      if (after !== before) return { ok: false, reason: 'unexpected', detail: `the text changed while "${method}" was tried` };
    }
    return { ok: false, reason: 'not-editable', detail: 'Docs took neither an insertText nor a paste' };
  }

  /** The body's text once Docs has taken the edit in (or the time is up). */
  private async settledText(before: string): Promise<string> {
    const until = Date.now() + SETTLE_MS;
    // Docs usually takes an edit in at once; each later look asks it for the whole text again.
    for (let step = 0; ; step = SETTLE_STEP_MS) {
      await new Promise((resolve) => this.win.setTimeout(resolve, step));
      const text = (await this.annotated())?.getText() ?? before;
      if (text !== before || Date.now() > until) return text;
    }
  }

  /** Where Docs listens for typing: the editable inside its text-event iframe, and that frame's document. */
  private textEventTarget(): { frameDoc: Document; target: HTMLElement } | null {
    const frame = this.win.document.querySelector<HTMLIFrameElement>(docsSelectors.textEventFrame);
    const frameDoc = frame?.contentDocument;
    const view = frameDoc?.defaultView;
    if (!frameDoc || !view) return null;
    const active = frameDoc.activeElement;
    const target = active instanceof view.HTMLElement && active !== frameDoc.body ? active : frameDoc.querySelector<HTMLElement>(docsSelectors.textEventEditable) ?? frameDoc.body;
    return target ? { frameDoc, target } : null;
  }
}

function pasteInto(target: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}
