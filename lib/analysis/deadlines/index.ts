/**
 * The deadline layer: `parseTimes` finds every date/time phrase and resolves it in one zone;
 * `findDeadlines` keeps the phrases that set a deadline and applies DEADLINES.md for each recipient.
 * Pure: no clock, no machine zone, no compromise (this runs on the keystroke path).
 */
import type { AnalysisContext } from '@/lib/analysis/types';
import { readTimes } from './compose';
import { isAlwaysDeadline } from './families/index';
import { applyPolicy } from './policy';
import type { Reading } from './reading';
import type { Deadline, DeadlinePolicyOptions } from './types';
import { isValidZone } from './zones';

export { parseTimes } from './resolve';
export { cityName, isValidZone } from './zones';
export { deadlinePhrase, formatLocal } from './render';
export type * from './types';

/** Words before a phrase that make it a deadline; kept in the deadline's span so a rewrite replaces them too. */
const MARKER = /\b(by|before|until|till|til|no\s+later\s+than|not\s+later\s+than|due(?:\s+(?:on|at|by))?)\s+(?:the\s+)?$/i;
/** Words that make a sentence a request, so a plain date in it is a deadline ("can you send it Friday?"). */
const REQUEST = /\b(please|pls|can you|could you|would you|will you|need|needs|needed|let me know|send|share|review|finish|get back|reply|respond|submit|deliver|due|deadline)\b|\?/i;

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('.', start - 1), text.lastIndexOf('!', start - 1), text.lastIndexOf('?', start - 1), text.lastIndexOf('\n', start - 1)) + 1;
  const stops = ['.', '!', '?', '\n'].map((c) => text.indexOf(c, end)).filter((i) => i >= 0);
  const to = stops.length ? Math.min(...stops) + 1 : text.length;
  return text.slice(from, to);
}

function isPast(r: Reading): boolean {
  return (r.date?.kind === 'relative-day' && r.date.days < 0) || (r.date?.kind === 'weekday' && r.date.modifier === 'last') || ((r.date?.kind === 'week' || r.date?.kind === 'month' || r.date?.kind === 'year' || r.date?.kind === 'quarter') && r.date.offset < 0) || (r.date?.kind === 'span' && r.date.direction < 0) || (r.duration !== undefined && r.duration.amount < 0);
}

/** Whether a reading sets a deadline, and where its span starts once a "by" before it is included. */
function asDeadline(text: string, r: Reading): { start: number } | undefined {
  if (isPast(r)) return undefined;
  // "now" is not a deadline; "right now" asks for urgency, which the engine's rules judge.
  if (r.duration && r.duration.amount <= 0) return undefined;
  const before = text.slice(Math.max(0, r.start - 24), r.start);
  const marker = MARKER.exec(before);
  const start = marker ? r.start - marker[0].length : r.start;
  if (isAlwaysDeadline(r.family)) return { start };
  const phrase = text.slice(r.start, r.end);
  // "Good morning", "this morning I …": a greeting or a report, not a deadline.
  if (/^(in\s+the\s+)?morning$/i.test(phrase) && !marker) return undefined;
  if (r.family === 'start-of-day' && /^SOD$|first thing|start of/i.test(phrase)) return { start };
  if (marker || r.duration) return { start };
  return REQUEST.test(sentenceAround(text, r.start, r.end)) ? { start } : undefined;
}

export function findDeadlines(text: string, ctx: AnalysisContext, options?: DeadlinePolicyOptions): Deadline[] {
  const zone = isValidZone(ctx.sender.timeZone) ? ctx.sender.timeZone : 'UTC';
  const deadlines: Deadline[] = [];
  for (const r of readTimes(text, { now: ctx.now, timeZone: zone, ...(ctx.sender.locale ? { locale: ctx.sender.locale } : {}) })) {
    const span = asDeadline(text, r);
    if (span) deadlines.push(applyPolicy(text, span.start, r.end, r, ctx, options));
  }
  return deadlines;
}
