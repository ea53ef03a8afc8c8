/**
 * Finds, in a message the user sent, the commitments they made ("I'll send the deck by Friday"),
 * the deadlines they asked of others ("Can you review it by Thursday 3pm?") and what they are
 * blocked by ("waiting on legal"). Pure: text, `now` and the sender's zone in; no clock.
 */
import { TZDate } from '@date-fns/tz';
import { endOfDay } from 'date-fns';
import { parseTimes } from '@/lib/analysis/deadlines';
import { findExcluded, maskProse } from './prose';
import type { Span } from './types';

export type CommitmentKind = 'commitment' | 'ask' | 'blocker';

export interface FoundCommitment {
  kind: CommitmentKind;
  /** The sentence it was found in, trimmed. */
  text: string;
  start: number;
  end: number;
  /** When it is due, epoch ms, if the sentence names a time. */
  dueAt?: number;
}

export interface CommitmentContext {
  now: number;
  timeZone: string;
  /** Ranges the host knows are not the writer's (Gmail's quote and signature containers), UTF-16 offsets. */
  excluded?: Span[];
}

const PROMISE = /\b(?:I['’]ll|I will|I can have|I['’]m going to|I am going to|I can get|I['’]d have|let me get|I promise to)\b/i;
// "I'll be out/away/offline…" announces absence, not a deliverable.
const NOT_A_PROMISE = /\bI(?:['’]ll| will) be (?:out|away|off|offline|on leave|on vacation|back|late|there|around|happy|glad)\b/i;
const ASK = /\b(?:can you|could you|would you|will you|can we get|could we get|please|need you to|I need\b.*\bfrom you)\b/i;
const BLOCKER = /\b(?:blocked (?:by|on)|waiting (?:on|for)|stuck (?:on|waiting)|held up by|depend(?:s|ing)? on .* before|can['’]t (?:move|proceed|continue) until)\b/i;

/** Sentences with their offsets: split after . ! ? and at line breaks. */
export function sentences(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  const re = /[^.!?\n]+[.!?]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ text: trimmed, start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return out;
}

/**
 * When the sentence's first time mention falls due, via the deadline layer: the end of a range
 * ("by end of week"), the time when one is given, else the end of the named day.
 */
export function dueIn(sentence: string, ctx: CommitmentContext): number | undefined {
  const [mention] = parseTimes(sentence, { now: ctx.now, timeZone: ctx.timeZone });
  if (!mention) return undefined;
  if (mention.valueEnd) return Date.parse(mention.valueEnd) - 60_000;
  const at = Date.parse(mention.value);
  if (mention.certain.time) return at;
  return endOfDay(new TZDate(at, ctx.timeZone)).getTime() - 59_999;
}

/**
 * The commitments, asks with a deadline and blockers in the writer's own prose: quoted replies,
 * forwards, signatures, code, links and the host's `ctx.excluded` ranges are not read (prose.ts),
 * so another person's "I'll send it Friday" in a quote never becomes the user's promise.
 */
export function findCommitments(text: string, ctx: CommitmentContext): FoundCommitment[] {
  const found: FoundCommitment[] = [];
  const prose = maskProse(text, findExcluded(text, ctx.excluded));
  for (const s of sentences(prose)) {
    let kind: CommitmentKind | undefined;
    if (BLOCKER.test(s.text)) kind = 'blocker';
    else if (PROMISE.test(s.text) && !NOT_A_PROMISE.test(s.text)) kind = 'commitment';
    else if (ASK.test(s.text)) kind = 'ask';
    if (!kind) continue;
    const dueAt = dueIn(s.text, ctx);
    // An ask without a time is just a question; only deadlines asked of others are kept.
    if (kind === 'ask' && dueAt === undefined) continue;
    found.push({ kind, text: text.slice(s.start, s.end), start: s.start, end: s.end, ...(dueAt !== undefined ? { dueAt } : {}) });
  }
  return found;
}
