/**
 * Finds, in a message the user sent, the commitments they made ("I'll send the deck by Friday"),
 * the deadlines they asked of others ("Can you review it by Thursday 3pm?") and what they are
 * blocked by ("waiting on legal"). Pure: text, `now` and the sender's zone in; no clock.
 */
import { dueAt } from '@/lib/analysis/deadlines';
import type { Span, WorkingHours } from '@/lib/analysis/types';
import { findExcluded, maskProse } from './prose';

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
  /** When the message was sent, epoch ms. */
  now: number;
  /** The sender's IANA zone. */
  timeZone: string;
  /** Ranges the host knows are not the writer's (Gmail's quote and signature containers), UTF-16 offsets. */
  excluded?: Span[];
  /** The sender's working hours; default Mon–Fri 09:00–17:00. */
  workingHours?: WorkingHours;
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
 * When the sentence's first time phrase falls due, by the deadline layer's rule (README "Deadlines
 * and time zones": one meaning everywhere) with the sender as the reader: "by Friday" is the end of
 * the sender's working day on Friday (5:00 PM by default) — what the hint card says — "by end of
 * week" the end of their last working day of the week, "tomorrow at 3pm" 3:00 PM. Epoch ms.
 */
export function dueIn(sentence: string, ctx: CommitmentContext): number | undefined {
  return dueAt(sentence, { now: ctx.now, timeZone: ctx.timeZone, ...(ctx.workingHours ? { workingHours: ctx.workingHours } : {}) });
}

/** A stored commitment row, as far as its due time depends on it (lib/weekly/records.ts CommitmentRow). */
export interface StoredCommitment {
  /** When it was recorded (the message was sent), epoch ms. */
  at: number;
  /** The sentence as sent. */
  text: string;
  dueAt?: number;
}

/**
 * The due time a stored commitment gets under the current rule, for a migration of rows recorded
 * under the old one (end of the named day, 11:59 PM). Pure: `zone` is the sender's IANA zone (the
 * home zone in settings) and working hours. Returns the new `dueAt` (epoch ms) or undefined when the
 * sentence names no time; a row with no old `dueAt` stays without one.
 */
export function recomputeCommitmentDue(row: StoredCommitment, zone: { timeZone: string; workingHours?: WorkingHours }): number | undefined {
  if (row.dueAt === undefined) return undefined;
  return dueIn(row.text, { now: row.at, timeZone: zone.timeZone, ...(zone.workingHours ? { workingHours: zone.workingHours } : {}) }) ?? row.dueAt;
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
