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

export type BodyRead = { available: true; text: string; selection: Span | null } | { available: false };

export type BodyReply = { id: number } & ({ op: 'read'; read: BodyRead } | { op: 'replace'; result: ReplaceResult });

export function encode(message: BodyRequest | BodyReply): string {
  return JSON.stringify(message);
}

/** Anything that is not a well-formed message (a forged or foreign event) reads as null. */
export function decode<T extends BodyRequest | BodyReply>(detail: unknown): T | null {
  if (typeof detail !== 'string') return null;
  try {
    const message = JSON.parse(detail) as T;
    return message && typeof message === 'object' && typeof message.id === 'number' && (message.op === 'read' || message.op === 'replace') ? message : null;
  } catch {
    return null;
  }
}

/** A replace request the page-world script can act on: offsets and strings where they belong. */
export function isWellFormedReplace(request: BodyRequest): boolean {
  if (request.op !== 'replace') return true;
  const { start, end, expected, replacement } = request;
  return Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && typeof expected === 'string' && typeof replacement === 'string';
}
