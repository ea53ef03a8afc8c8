/**
 * The deadline layer: `parseTimes` finds every date/time phrase and resolves it in one zone;
 * `findDeadlines` keeps the phrases that set a deadline (or an appointment) and applies
 * DEADLINES.md for each recipient; `dueAt` gives one person's due time for a phrase (the
 * commitments of lib/analysis/commitments.ts). All three use one reading of the text (compose.ts).
 * Pure: no clock, no machine zone, no compromise (this runs on the keystroke path).
 */
import type { AnalysisContext } from '@/lib/analysis/types';
import { readTimes } from './compose';
import { isAlwaysDeadline } from './families/index';
import { applyPolicy, Audience } from './policy';
import type { Reading } from './reading';
import type { Deadline, DeadlinePolicyOptions } from './types';
import { isValidZone } from './zones';
import { formatLocal, styleOf } from './render';

export { parseTimes } from './resolve';
export { dueAt, type DueOptions } from './due';
export { cityName, isValidZone } from './zones';
export { deadlinePhrase, formatLocal } from './render';
export type * from './types';

/** Words before a phrase that make it a deadline; kept in the deadline's span so a rewrite replaces them too. */
const MARKER = /\b(by|before|until|till|til|no\s+later\s+than|not\s+later\s+than|due(?:\s+(?:on|at|by))?)\s+(?:the\s+)?$/i;
/** Words that make a sentence a request, so a plain date in it is a deadline ("can you send it Friday?"). */
const REQUEST_WORDS = /\b(please|pls|can you|could you|would you|will you|need|needs|needed|let me know|send|share|review|finish|get back|reply|respond|submit|deliver|due|deadline)\b/i;
/** A request, or a question: a day or a time in either is a deadline ("Thursday?"). */
const REQUEST = new RegExp(`${REQUEST_WORDS.source}|\\?`, 'i');
/**
 * Words that make a period what a figure or a question is about, not a time to deliver by: "the
 * numbers for this quarter", "revenue over this year", "what changed since this month began".
 */
/** A time something began or begins, not a time to deliver by: "down since 14:00 CET", "as of Monday", "starting Friday". */
const SINCE_LEAD = /\b(?:since|as\s+of|starting(?:\s+(?:at|on|from))?|beginning(?:\s+(?:at|on))?|effective(?:\s+(?:from|on))?)\s+(?:about\s+|around\s+|roughly\s+)?$/i;
const TOPIC_LEAD = /\b(?:for|of|during|over|from|since|through|throughout|across|about)\s+(?:the\s+)?$/i;
/** A time to meet rather than a time to deliver by. */
const MEETING =
  /\b(meet|meeting|meetup|call|sync|catch\s+up|chat|talk|speak|see\s+you|join|hop\s+on|lunch|coffee|dinner|breakfast|drinks|demo|interview|session|standup|stand-up|webinar|workshop|appointment|huddle|1:1|one-on-one|get\s+together|available|free)\b/i;
/** Work handed over by a time: a deliverable makes the sentence's time a deadline even beside "call". */
const DELIVERABLE = /\b(send|sent|submit|deliver|review|finish|complete|share|upload|sign|approve|file|return|ship|deploy|merge|prepare|draft|update|fix|get\s+back|reply|respond)\b/i;
/**
 * The writer promising something ("I'll send it by Friday", "we will have it ready by noon",
 * "Will send by Friday"): the time is the writer's own, not one the readers must meet. Not "I'll
 * need it by Friday", which asks.
 */
const PROMISE =
  /(?:^|[,;:(—–-]\s*|\b(?:and|but|so|then)\s+)(?:(?:i|we)(?:['’]ll|\s+will|\s+shall|['’]m\s+going\s+to|\s+am\s+going\s+to|\s+are\s+going\s+to|['’]re\s+going\s+to|\s+can|\s+should\s+be\s+able\s+to)|will)\s+(?!not\b|need|want|expect|require|wait|have\s+to\b|be\s+waiting\b)(?:\w+\s+){0,1}?(?:send|share|have|get|finish|deliver|submit|post|file|ship|do|write|review|update|fix|look|check|call|reply|respond|get\s+back|circle\s+back|follow\s+up|let|give|make|prepare|draft|complete|upload|sign|book|set)\b/i;
/** A new date for something, not a time to deliver by: "move the launch to Tuesday", "push it to next week". */
const RESCHEDULED = /\b(?:move|moved|moving|push|pushed|pushing|postpone|postponed|reschedule|rescheduled|shift|shifted|delay|delayed|bring|brought|pull|pulled|change|changed|switch|switched)\b[^.?!\n]{0,40}\b(?:to|for)\s+(?:the\s+)?$/i;
/** Words before an appointment's time that belong to its span: "on Friday at 3pm", "at 3pm". */
const APPOINTMENT_LEAD = /\b(at|on|for)\s+$/i;

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('.', start - 1), text.lastIndexOf('!', start - 1), text.lastIndexOf('?', start - 1), text.lastIndexOf('\n', start - 1)) + 1;
  const stops = ['.', '!', '?', '\n'].map((c) => text.indexOf(c, end)).filter((i) => i >= 0);
  const to = stops.length ? Math.min(...stops) + 1 : text.length;
  return text.slice(from, to);
}

function pastDate(r: Reading): boolean {
  const d = r.date;
  if (!d) return false;
  if (d.kind === 'relative-day') return d.days < 0;
  if (d.kind === 'weekday') return d.modifier === 'last' || d.modifier === 'past' || (d.weekOffset ?? 0) < 0;
  if (d.kind === 'week' || d.kind === 'month' || d.kind === 'year' || d.kind === 'quarter') return d.offset < 0;
  if (d.kind === 'span') return d.direction < 0;
  if (d.kind === 'shift') return d.amount < 0;
  if (d.kind === 'nth-weekday') return d.offset < 0;
  return false;
}

function isPast(r: Reading): boolean {
  return pastDate(r) || (r.duration !== undefined && r.duration.amount < 0);
}

/** "this week", "next month", "Q3", "this year", "this weekend": a whole period, not its end ("end of the month") or a day. */
function isWholePeriod(r: Reading): boolean {
  const d = r.date;
  if (!d) return false;
  if (d.kind === 'quarter' || d.kind === 'weekend') return true;
  return (d.kind === 'week' || d.kind === 'month' || d.kind === 'year') && d.part === 'whole';
}

interface Role {
  start: number;
  role: 'deadline' | 'appointment' | 'promise';
}

/** Whether a reading sets a deadline or an appointment, and where its span starts once a "by" (or "at") before it is included. */
function roleOf(text: string, r: Reading): Role | undefined {
  if (isPast(r)) return undefined;
  // "now" is not a deadline; "right now" asks for urgency, which the engine's rules judge.
  if (r.duration && r.duration.amount <= 0) return undefined;
  const before = text.slice(Math.max(0, r.start - 24), r.start);
  const marker = MARKER.exec(before);
  const start = marker ? r.start - marker[0].length : r.start;
  const sentence = sentenceAround(text, r.start, r.end);
  if (!marker && !r.time && !isAlwaysDeadline(r.family) && RESCHEDULED.test(text.slice(Math.max(0, r.start - 64), r.start))) return undefined;
  // A time the writer gives themselves is theirs to keep ("I'll send it by EOD"); "ASAP" stays vague.
  const kept: Role['role'] = !r.vague && PROMISE.test(sentence) && !/\?\s*$/.test(sentence) ? 'promise' : 'deadline';
  if (isAlwaysDeadline(r.family)) return { start, role: kept };
  const phrase = text.slice(r.start, r.end);
  // "Good morning", "this morning I …": a greeting or a report, not a deadline.
  if (/^(in\s+the\s+)?morning$/i.test(phrase) && !marker) return undefined;
  // "Can we meet at 3pm on Friday?": a time to meet, not a time to deliver by.
  const lead = APPOINTMENT_LEAD.exec(before);
  // A time of day, or a day after "on"/"at": "claim today's entry" names no meeting time.
  if (!marker && !r.duration && !r.vague && (r.time || lead) && MEETING.test(sentence) && !DELIVERABLE.test(sentence)) {
    return { start: lead ? r.start - lead[0].length : r.start, role: 'appointment' };
  }
  if (!marker && SINCE_LEAD.test(before)) return undefined;
  // A whole week, month, quarter or year with no marker: a deadline only where work is asked by it
  // ("Can you finish it this week?"), not as a question's or a figure's period ("What did we ship
  // this quarter?", "the pipeline numbers for this quarter").
  if (!marker && !r.time && !r.duration && isWholePeriod(r) && (TOPIC_LEAD.test(before) || !REQUEST_WORDS.test(sentence))) return undefined;
  const deadline = (r.family === 'start-of-day' && /^SOD$|first thing|start of/i.test(phrase)) || marker || r.duration || REQUEST.test(sentence);
  return deadline ? { start, role: kept } : undefined;
}

/** The writer as the only reader: a promise's time is read in their zone and their working hours. */
function ownAudience(ctx: AnalysisContext): Audience {
  const writer = { timeZone: ctx.sender.timeZone, ...(ctx.sender.workingHours ? { workingHours: ctx.sender.workingHours } : {}) };
  return new Audience({ ...ctx, recipients: [writer] });
}

/** What a reader is warned of that is not theirs to meet in a promise: their hours, their weekend, their notice. */
const READERS_WARNINGS = new Set(['outside-hours', 'weekend', 'short-notice']);

/**
 * A promise ("I'll send it by Friday"): due when the writer's own reading says (the end of *their*
 * Friday), shown to each reader in their zone, with no warning about the readers' hours and no
 * fix that would move the writer's word (no phrase, no choices). `forReaders` is the deadline as read
 * for the readers (its span and readers), `forWriter` the same phrase read with the writer alone.
 */
function asPromise(forReaders: Deadline, forWriter: Deadline, ctx: AnalysisContext): Deadline {
  if (forWriter.kind !== 'resolved' || forWriter.due === undefined) return Object.assign({}, forReaders, { role: 'deadline' as const });
  const due = forWriter.due;
  const style = styleOf(ctx.sender);
  const warnings = [...forWriter.warnings, ...forWriter.perRecipient.flatMap((p) => p.warnings)].filter((w) => !READERS_WARNINGS.has(w.code));
  return {
    start: forReaders.start,
    end: forReaders.end,
    text: forReaders.text,
    kind: 'resolved',
    role: 'promise',
    due,
    ...(forWriter.zoneReading ? { zoneReading: forWriter.zoneReading } : {}),
    ...(forWriter.zoneNamed ? { zoneNamed: true as const } : {}),
    perRecipient: forReaders.perRecipient.map((p) => ({
      person: p.person,
      due,
      ...(p.zoneKnown && p.person.timeZone ? { local: formatLocal(due, p.person.timeZone, style) } : {}),
      zoneKnown: p.zoneKnown,
      warnings: p.warnings.filter((w) => w.code === 'unknown-zone'),
    })),
    ...(forWriter.senderLocal ? { senderLocal: forWriter.senderLocal } : {}),
    warnings,
    choices: [],
  };
}

/** An appointment says "at": its phrases are the deadline's with "by" turned into "at", and no notice warning. */
function asAppointment(d: Deadline): Deadline {
  const at = (phrase: string) => phrase.replace(/^by\s/i, 'at ');
  return {
    ...d,
    role: 'appointment',
    ...(d.phrase ? { phrase: at(d.phrase) } : {}),
    warnings: d.warnings.filter((w) => w.code !== 'short-notice').map((w) => (w.alternative ? { ...w, alternative: { ...w.alternative, phrase: at(w.alternative.phrase) } } : w)),
    perRecipient: d.perRecipient.map((p) => ({ ...p, warnings: p.warnings.filter((w) => w.code !== 'short-notice') })),
    choices: d.choices.map((c) => ({ ...c, replacement: at(c.replacement) })),
    ...(d.alternatives ? { alternatives: d.alternatives.map((a) => ({ ...a, ...(a.phrase ? { phrase: at(a.phrase) } : {}) })) } : {}),
  };
}

/**
 * Every deadline and appointment in `text` (UTF-16 offsets into it), resolved for the sender and
 * each recipient of `ctx` by DEADLINES.md. A phrase is a deadline when it is always one ("EOD",
 * "ASAP"), has a marker ("by", "before", "due") or stands in a request; a time to meet ("Can we
 * meet at 3pm on Friday?") is returned with `role: 'appointment'`. An impossible date ("April 31")
 * is returned as `kind: 'invalid'` with an `invalid-date` warning and no due time. A text that is
 * not English gets none. Never throws on bad zones: they become warnings.
 */
export function findDeadlines(text: string, ctx: AnalysisContext, options?: DeadlinePolicyOptions): Deadline[] {
  return deadlineReader(ctx, options)(text);
}

/**
 * `findDeadlines` for one context and many texts (the sentences of a message, one keystroke after
 * another): what the policy works out once per context — each reader's coming working days, the
 * ends of day that suit them all, the choices for "ASAP" — is kept between calls.
 */
export function deadlineReader(ctx: AnalysisContext, options?: DeadlinePolicyOptions): (text: string) => Deadline[] {
  const audience = new Audience(ctx);
  const policyOptions = withContextChoices(ctx, options);
  return (text) => readDeadlines(text, ctx, policyOptions, audience);
}

function readDeadlines(text: string, ctx: AnalysisContext, options: DeadlinePolicyOptions | undefined, audience: Audience): Deadline[] {
  let own: Audience | undefined;
  const zone = isValidZone(ctx.sender.timeZone) ? ctx.sender.timeZone : 'UTC';
  const deadlines: Deadline[] = [];
  for (const r of readTimes(text, { now: ctx.now, timeZone: zone, ...(ctx.sender.locale ? { locale: ctx.sender.locale } : {}) })) {
    if (r.invalid) {
      const before = MARKER.exec(text.slice(Math.max(0, r.start - 24), r.start));
      const start = before ? r.start - before[0].length : r.start;
      deadlines.push({ start, end: r.end, text: text.slice(start, r.end), kind: 'invalid', role: 'deadline', perRecipient: [], warnings: [{ code: 'invalid-date', message: r.invalid }], choices: [] });
      continue;
    }
    const role = roleOf(text, r);
    if (!role) continue;
    // "at 10am." or "10 a.m.": the full stop that ends the sentence stays out of the span, so a fix
    // that restates the time does not take it away.
    const end = text.charCodeAt(r.end - 1) === 46 && (r.end === text.length || /\s/.test(text[r.end]!)) ? r.end - 1 : r.end;
    const deadline = applyPolicy(text, role.start, end, r, ctx, options, audience);
    if (role.role === 'promise') {
      own ??= ownAudience(ctx);
      deadlines.push(asPromise(deadline, applyPolicy(text, role.start, end, r, own.given, options, own), ctx));
      continue;
    }
    // Object.assign, not a spread: see scan() in reading.ts.
    deadlines.push(role.role === 'appointment' ? asAppointment(deadline) : Object.assign({}, deadline, { role: 'deadline' as const }));
  }
  return withCompanions(text, deadlines);
}

/**
 * What follows a deadline and restates it for other readers, as Handoff's own phrases do:
 * "(Berlin)", "(9:00 AM Tue, Nov 24 Berlin; 1:30 PM Tue, Nov 24 Kolkata)", "— 11:00 AM Tue, Nov 24 my time (New York)".
 */
const COMPANION = /^(?:\s*\((?:[^()\n]|\([^()\n]*\)){1,240}\))?(?:\s*[—–-]\s*[^—–\n.?!;]{1,40}?\bmy time(?:\s*\([^()\n]{1,40}\))?)?/;

/**
 * A deadline and the restatement after it are one deadline: its span covers both, so a fix replaces
 * the whole of it (applied twice, nothing stacks), and no time inside the restatement is read as a
 * deadline of its own.
 */
function withCompanions(text: string, deadlines: Deadline[]): Deadline[] {
  const out: Deadline[] = [];
  let coveredTo = -1;
  for (const d of deadlines) {
    if (d.start < coveredTo) continue;
    const tail = COMPANION.exec(text.slice(d.end, d.end + 320))?.[0] ?? '';
    // Only a restatement that holds a time ("(Berlin)" alone follows "your time" too).
    const restates = tail !== '' && (/\d/.test(tail) || /^\s*\([^()\d]{1,40}\)\s*$/.test(tail) && /\btime$/i.test(d.text));
    if (!restates) {
      out.push(d);
      continue;
    }
    const end = d.end + tail.replace(/\s+$/, '').length;
    coveredTo = end;
    out.push({ ...d, end, text: text.slice(d.start, end) });
  }
  return out;
}

/** The writer's zone choices from the context (a card's "other reading"), under those passed in `options`. */
function withContextChoices(ctx: AnalysisContext, options: DeadlinePolicyOptions | undefined): DeadlinePolicyOptions | undefined {
  if (!ctx.zoneChoices) return options;
  return { ...options, zoneChoices: { ...ctx.zoneChoices, ...options?.zoneChoices } };
}

/**
 * The same deadline read with another meaning of its zone abbreviation — the one-click "other
 * reading". `alternative` is one of `deadline.alternatives`; returns the deadline found at the same
 * span with that choice, or undefined when the text no longer has it.
 */
export function rereadDeadline(
  text: string,
  ctx: AnalysisContext,
  deadline: Pick<Deadline, 'start' | 'end'>,
  alternative: { abbreviation: string; zone: string },
  options: DeadlinePolicyOptions = {},
): Deadline | undefined {
  const zoneChoices = { ...options.zoneChoices, [alternative.abbreviation]: alternative.zone };
  return findDeadlines(text, ctx, { ...options, zoneChoices }).find((d) => d.start === deadline.start && d.end === deadline.end);
}
