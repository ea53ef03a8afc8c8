/**
 * Only the writer's own prose is judged (../shared/ASYNC-WRITING.md, "Not the writer's prose"):
 * quoted replies and forwards, signatures, code spans and blocks, URLs, e-mail addresses,
 * @mentions, #channels and "???" used as an unknown value are found here in plain text, merged with
 * the ranges a host adapter already knows (Gmail's quote and signature containers, Slack code
 * blocks: `AnalysisContext.excluded`), and masked out of the text the rules read.
 *
 * Masking keeps every UTF-16 offset: a block (quote, forward, signature, code block) becomes spaces
 * with its line breaks kept, so paragraphs still split there; an inline item (link, address,
 * mention, channel, code span, "???") becomes one capitalised placeholder word of the same length
 * ("Xxxxxxx"), so "Can you review https://…/pull/12?" still reads as a request with a named object.
 * Pure and linear in the text's length.
 */
import type { Span } from './types';

export type ExcludedKind = 'quote' | 'forward' | 'signature' | 'code' | 'link' | 'email' | 'mention' | 'channel' | 'unknown-value' | 'host';

export interface Excluded extends Span {
  kind: ExcludedKind;
}

/** Whether a kind is masked as a block (whitespace) rather than as one placeholder word. */
const BLOCK_KINDS = new Set<ExcludedKind>(['quote', 'forward', 'signature', 'code', 'host']);

/** "On Mon, Nov 23, 2026 at 9:14 AM Tom <tom@x.io> wrote:", possibly wrapped onto a second line. */
const REPLY_HEADER = /^[ \t]*On\b[^\n]{0,300}(?:\n[^\n]{0,200})?\bwrote:[ \t]*$/m;
/** Forwarded or Outlook-quoted mail: everything after the marker is someone else's. */
const FORWARD_HEADER =
  /^[ \t]*(?:-{2,}\s*(?:Original Message|Forwarded message)\s*-{2,}|Begin forwarded message:|_{10,})[ \t]*$|^[ \t]*From:[^\n]+\n[ \t]*(?:Sent|Date):[^\n]+$/im;
/** RFC 3676's signature separator "-- " (also written without the space). */
const SIG_DASHES = /^--[ \t]?$/m;
/** A sign-off line: the lines after it (name, title, phone, links), when few and short, are a signature. */
const SIGN_OFF_LINE =
  /^[ \t]*(?:(?:best|kind|warm|warmest|many|with best|all the)?\s*(?:regards|wishes|thanks|best)|thanks(?: again| so much)?|thank you|cheers|sincerely|yours(?: truly| sincerely)?|best|talk soon|br)[ \t]*[,!.]?[ \t]*$/im;
const QUOTED_LINE = /^[ \t]*>[^\n]*$/gm;
const CODE_BLOCK = /```[\s\S]*?(?:```|$)/g;
const CODE_SPAN = /`[^`\n]+`/g;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|app|ai|co|de|uk|fr|eu|gov|edu)\b(?:\/[^\s<>"'`]*)?/gi;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const MENTION = /(?<![\p{L}\p{N}_@.])@[\p{L}\p{N}_][\p{L}\p{N}_.-]*/gu;
const CHANNEL = /(?<![\p{L}\p{N}_&#/])#\p{L}[\p{L}\p{N}_-]*/gu;
/** "??" or more standing alone ("timeout: ???"): an unknown value, not a question. */
const UNKNOWN_VALUE = /(?<![\p{L}\p{N}?!])\?{2,}(?![\p{L}\p{N}])/gu;
/** What a link or a forward header cannot be written without (cheap checks before the costly patterns). */
const MAY_LINK = /:\/\/|www\.|\.(?:com|org|net|io|dev|app|ai|co|de|uk|fr|eu|gov|edu)\b/i;
const MAY_FORWARD = /Original Message|Forwarded message|Begin forwarded|_{10}|From:/i;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"”’]+$/;

/** Where the tail of a message (from a line index) starts if it is a short signature block. */
function signatureAfterSignOff(text: string): number | undefined {
  // Look only at the last 12 lines: a sign-off followed by at most 6 short lines that end the message.
  const tailStart = Math.max(0, nthLineFromEnd(text, 12));
  const tail = text.slice(tailStart);
  let found: number | undefined;
  for (const m of tail.matchAll(new RegExp(SIGN_OFF_LINE.source, 'gim'))) {
    const after = tailStart + m.index + m[0].length;
    const rest = text.slice(after).replace(/^\s*\n/, '');
    const lines = rest.split('\n').filter((l) => l.trim() !== '');
    if (lines.length >= 1 && lines.length <= 6 && lines.every((l) => l.length <= 80 && !/[?]\s*$/.test(l))) {
      found = after;
    }
  }
  return found;
}

function nthLineFromEnd(text: string, n: number): number {
  let at = text.length;
  for (let i = 0; i < n && at > 0; i++) at = text.lastIndexOf('\n', at - 1);
  return at < 0 ? 0 : at;
}

/** The start of the first line at or before `index`. */
const lineStart = (text: string, index: number) => text.lastIndexOf('\n', index - 1) + 1;

/**
 * Finds the parts of `text` that are not the writer's own prose. Returns sorted, disjoint ranges
 * (UTF-16 offsets, end exclusive) with their kind; `given` (from the host adapter) are merged in as
 * kind "host" blocks.
 */
export function findExcluded(text: string, given: readonly Span[] = []): Excluded[] {
  const found: Excluded[] = given
    .filter((g) => Number.isFinite(g.start) && Number.isFinite(g.end) && g.end > g.start)
    .map((g) => ({ start: Math.max(0, g.start), end: Math.min(text.length, g.end), kind: 'host' as const }));
  if (text.length === 0) return found;

  // Everything after a reply header, a forward marker or a signature separator belongs to others.
  let tail = text.length;
  let tailKind: ExcludedKind = 'quote';
  // Each pattern runs only when the character it cannot match without is there: on every keystroke
  // of a long message the costly scans are skipped (the result is the same).
  const reply = text.includes('wrote:') ? REPLY_HEADER.exec(text) : null;
  if (reply) tail = lineStart(text, reply.index + (reply[0].length - reply[0].trimStart().length));
  const forward = MAY_FORWARD.test(text) ? FORWARD_HEADER.exec(text) : null;
  if (forward && forward.index < tail) {
    tail = lineStart(text, forward.index);
    tailKind = 'forward';
  }
  const dashes = text.includes('--') ? SIG_DASHES.exec(text) : null;
  if (dashes && dashes.index < tail) {
    tail = dashes.index;
    tailKind = 'signature';
  }
  const signOff = signatureAfterSignOff(text.slice(0, tail));
  if (signOff !== undefined && signOff < tail) {
    tail = signOff;
    tailKind = 'signature';
  }
  if (tail < text.length) found.push({ start: tail, end: text.length, kind: tailKind });

  const head = text.slice(0, tail);
  const at = head.includes('@');
  if (head.includes('>')) for (const m of head.matchAll(QUOTED_LINE)) found.push({ start: m.index, end: m.index + m[0].length, kind: 'quote' });
  if (head.includes('`')) {
    for (const m of head.matchAll(CODE_BLOCK)) found.push({ start: m.index, end: m.index + m[0].length, kind: 'code' });
    for (const m of head.matchAll(CODE_SPAN)) found.push({ start: m.index, end: m.index + m[0].length, kind: 'code' });
  }
  if (at) for (const m of head.matchAll(EMAIL)) found.push({ start: m.index, end: m.index + m[0].length, kind: 'email' });
  if (MAY_LINK.test(head)) for (const m of head.matchAll(URL)) {
    const trimmed = m[0].replace(TRAILING_PUNCTUATION, '');
    // "e.g." and "i.e." are not domains; a bare domain needs a letter before its dot.
    if (trimmed.length > 0 && !/^(?:e\.g|i\.e)$/i.test(trimmed)) found.push({ start: m.index, end: m.index + trimmed.length, kind: 'link' });
  }
  if (at) for (const m of head.matchAll(MENTION)) found.push({ start: m.index, end: m.index + m[0].replace(TRAILING_PUNCTUATION, '').length, kind: 'mention' });
  if (head.includes('#')) for (const m of head.matchAll(CHANNEL)) found.push({ start: m.index, end: m.index + m[0].length, kind: 'channel' });
  if (head.includes('??')) for (const m of head.matchAll(UNKNOWN_VALUE)) found.push({ start: m.index, end: m.index + m[0].length, kind: 'unknown-value' });
  return mergeExcluded(found);
}

/** Sorts ranges and merges overlapping ones (the earlier, or the block, kind wins). */
export function mergeExcluded(ranges: Excluded[]): Excluded[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Excluded[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) {
      if (r.end > last.end) last.end = r.end;
      if (BLOCK_KINDS.has(r.kind) && !BLOCK_KINDS.has(last.kind)) last.kind = r.kind;
    } else {
      out.push({ ...r });
    }
  }
  return out;
}

/**
 * `text` with the excluded ranges masked, same length: blocks become spaces (line breaks kept),
 * inline items one placeholder word "Xxx…".
 */
export function maskProse(text: string, excluded: readonly Excluded[]): string {
  if (excluded.length === 0) return text;
  let out = '';
  let at = 0;
  for (const r of excluded) {
    out += text.slice(at, r.start);
    const part = text.slice(r.start, r.end);
    if (BLOCK_KINDS.has(r.kind)) out += part.replace(/[^\n]/g, ' ');
    else out += 'X' + 'x'.repeat(part.length - 1);
    at = r.end;
  }
  return out + text.slice(at);
}

/** Whether [start, end) reaches inside one of `excluded` (a zero-width span counts when strictly inside). */
export function touchesExcluded(excluded: readonly Span[], start: number, end: number): boolean {
  for (const r of excluded) {
    if (r.start >= Math.max(end, start + 1)) break;
    if (start === end ? r.start < start && start < r.end : start < r.end && r.start < end) return true;
  }
  return false;
}
