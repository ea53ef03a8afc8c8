/**
 * The two halves of the Docs body bridge talk over DOM events on the page's document: the only
 * channel between our isolated content script and the page-world script that can reach Docs'
 * `_docs_annotate_getAnnotatedText`. Details travel as JSON strings, which cross worlds in every
 * browser (objects do not). The page can read and forge these events, but it learns nothing it does
 * not hold already: the text is its own, and a forged reply can only mislead our own hints.
 */
import type { ReplaceResult } from '@/lib/editing';

export const REQUEST_EVENT = 'handoff:docs-body:request';
export const REPLY_EVENT = 'handoff:docs-body:reply';

export interface Span {
  start: number;
  end: number;
}

export type BodyRequest =
  | { id: number; op: 'read' }
  | { id: number; op: 'replace'; start: number; end: number; expected: string; replacement: string };

/**
 * The most body text one read carries (issue 16): the hints check at most the first 20,000
 * characters, so a 1 MB document is not copied, sent, decoded and mirrored on every keystroke.
 * `total` says how long the whole body is.
 */
export const MAX_BODY_READ = 50_000;

export type BodyRead = { available: true; text: string; selection: Span | null; total?: number } | { available: false };

export type BodyReply = { id: number } & ({ op: 'read'; read: BodyRead } | { op: 'replace'; result: ReplaceResult });

export function encode(message: BodyRequest | BodyReply): string {
  return JSON.stringify(message);
}

/** The longest event detail taken (a body of 5 MB, JSON-encoded): a bigger one is refused unread. */
export const MAX_DETAIL = 10_000_000;

/** Anything that is not a well-formed message (a forged or foreign event) reads as null. */
export function decode<T extends BodyRequest | BodyReply>(detail: unknown): T | null {
  if (typeof detail !== 'string' || detail.length > MAX_DETAIL) return null;
  try {
    const message = JSON.parse(detail) as T;
    return message && typeof message === 'object' && typeof message.id === 'number' && (message.op === 'read' || message.op === 'replace') ? message : null;
  } catch {
    return null;
  }
}

/**
 * A reply the content script can act on (issue 16: a page script can forge replies, as it can read
 * requests): a read carries a string text and a selection of numbers, a replace an ok flag. A
 * forged reply can then only describe the page's own document, which the page holds anyway.
 */
export function isWellFormedReply(reply: BodyReply): boolean {
  if (reply.op === 'replace') return !!reply.result && typeof reply.result === 'object' && typeof reply.result.ok === 'boolean';
  const read = reply.read as Partial<Extract<BodyRead, { available: true }>> | undefined;
  if (!read || typeof read !== 'object' || typeof read.available !== 'boolean') return false;
  if (!read.available) return true;
  const span = read.selection;
  if (read.total !== undefined && !(Number.isInteger(read.total) && read.total >= read.text!.length)) return false;
  return typeof read.text === 'string' && (span === null || (!!span && Number.isInteger(span.start) && Number.isInteger(span.end)));
}

/** A replace request the page-world script can act on: offsets and strings where they belong. */
export function isWellFormedReplace(request: BodyRequest): boolean {
  if (request.op !== 'replace') return true;
  const { start, end, expected, replacement } = request;
  return Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && typeof expected === 'string' && typeof replacement === 'string';
}
