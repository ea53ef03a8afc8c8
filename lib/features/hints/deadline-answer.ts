/**
 * A deadline typed as the answer to a card's question ("By when?", "Until when can people
 * object?"), read before it goes in. Pure: the analysed text, the fix, the answer and the engine's
 * deadlines in; where the answer goes, how each reader reads it and the exact words to insert out.
 * Offsets are UTF-16 units. The engine call itself is the session's (actions.ts → session.ts).
 *
 * The product rules (DEADLINES.md): a deadline already passed for a reader is not inserted, the
 * layer's proposed time is offered instead; a deadline that names no zone, for readers in another
 * zone than the writer (or whose zone is unknown), goes in as the layer's phrase, which names each
 * reader's city and the writer's time ("by 5:00 PM Fri, Dec 4 your time (Tokyo) — 3:00 AM Fri, Dec 4
 * my time (New York)"); an answer that is not a time is said so, and may still go in as written.
 */
import type { AnswerPreview } from '@/components/hints/types';
import { phraseAt } from '@/lib/analysis/deadline-phrase';
import { problemWarnings } from '@/lib/analysis/deadline-problems';
import { offsetMinutes } from '@/lib/analysis/deadlines/zones';
import type { FixAsk, Span } from '@/lib/analysis/types';
import { fixEdit, type ApplicableFix } from './apply';
import { chipFor, listed } from './cards';
import type { Deadline } from './contract';

/** Said when the answer does not read as a time. */
export const NOT_A_TIME = 'Not a time I can read — try “Friday 3pm”. Insert puts it in as you wrote it.';
/** Said when the engine could not be asked (the extension was reloaded, a message failed). */
export const NOT_READ = 'Could not read this time just now. Insert puts it in as you wrote it.';

/** Above this many characters the engine reads only the paragraph around the answer (the session's slices are 2 KB). */
const WHOLE_TEXT_LIMIT = 2 * 1024;

/** The analysed text with an answered ask in place, and where the ask's words and the answer went. */
export interface AnswerPlacement {
  /** The whole text as fixChange would leave it (no shift: the text as analysed). */
  text: string;
  /** The ask's inserted words, `before + answer + after`: [start, end) in `text`. */
  start: number;
  end: number;
  /** The answer (trimmed, as `answered` puts it) inside them: [answerStart, answerEnd) in `text`. */
  answerStart: number;
  answerEnd: number;
  /** The replaced span in the analysed text, [start, end): to move offsets found after it. */
  replaced: Span;
}

type AskingFix = ApplicableFix & { ask: FixAsk };

/** Where `answer` goes for `fix` in `analysed`: the same edit fixChange makes. Null for an empty answer. */
export function placeAnswer(analysed: string, fix: AskingFix, answer: string): AnswerPlacement | null {
  const edit = fixEdit(analysed, fix, answer);
  if (!edit) return null;
  const answerStart = edit.start + fix.ask.before.length;
  return {
    text: analysed.slice(0, edit.start) + edit.text + analysed.slice(edit.end),
    start: edit.start,
    end: edit.start + edit.text.length,
    answerStart,
    answerEnd: answerStart + answer.trim().length,
    replaced: { start: edit.start, end: edit.end },
  };
}

/**
 * What the engine reads: the whole text when short, else the paragraph around the answer (a
 * deadline is read within its sentence), with `offset` where it starts in `at.text`; the host's
 * excluded ranges (analysed-text offsets) moved past the inserted words and cut to the window.
 */
export function answerWindow(at: AnswerPlacement, excluded?: readonly Span[]): { text: string; offset: number; excluded?: Span[] } {
  let from = 0;
  let to = at.text.length;
  if (at.text.length > WHOLE_TEXT_LIMIT) {
    const before = at.text.lastIndexOf('\n\n', at.start);
    const after = at.text.indexOf('\n\n', at.end);
    from = before < 0 ? 0 : before + 2;
    to = after < 0 ? at.text.length : after;
  }
  const moved = (at.end - at.start) - (at.replaced.end - at.replaced.start);
  const spans = excluded
    ?.filter((r) => r.end <= at.replaced.start || r.start >= at.replaced.end)
    .map((r) => (r.start >= at.replaced.end ? { start: r.start + moved, end: r.end + moved } : r))
    .filter((r) => r.end > from && r.start < to)
    .map((r) => ({ start: Math.max(r.start, from) - from, end: Math.min(r.end, to) - from }));
  return { text: at.text.slice(from, to), offset: from, ...(spans ? { excluded: spans } : {}) };
}

/**
 * The deadline the answer makes: the first that starts inside the inserted words and reaches into
 * the answer (its span may take the ask's own "by"). Offsets of `deadlines` index `at.text`.
 */
export function answerDeadline(deadlines: readonly Deadline[], at: AnswerPlacement): Deadline | undefined {
  return deadlines.find((d) => d.start >= at.start && d.start < at.end && d.end > at.answerStart && d.start < at.answerEnd);
}

/**
 * Whether the answer's time must be said with its zone: it names none, and some reader keeps
 * another clock than the writer on that day, or their zone is unknown (they may well). Neither the
 * writer alone nor readers all on the writer's clock need it.
 */
export function needsZone(d: Deadline, senderZone: string): boolean {
  if (d.zoneNamed || d.due === undefined) return false;
  const due = d.due;
  const mine = offsetMinutes(due, senderZone);
  return d.perRecipient.some((r) => !r.zoneKnown || !r.person.timeZone || offsetMinutes(r.due ?? due, r.person.timeZone) !== mine);
}

/**
 * What goes in the answer's place: the answer as typed, or — when `needsZone` — with its deadline
 * words replaced by the layer's phrase (kept "by": no "by by" after the ask's own "by", phraseAt).
 */
export function answerFill(d: Deadline, at: AnswerPlacement, senderZone: string): string {
  const answer = at.text.slice(at.answerStart, at.answerEnd);
  if (!d.phrase || d.role === 'promise' || !needsZone(d, senderZone)) return answer;
  const from = Math.max(d.start, at.answerStart);
  const to = Math.min(d.end, at.answerEnd);
  return `${at.text.slice(at.answerStart, from)}${phraseAt(at.text, from, d.phrase)}${at.text.slice(to, at.answerEnd)}`.trim();
}

/** The exact words an answer puts in the message (the question's sentence around it), trimmed as a button shows them. */
export function insertedWords(ask: Pick<FixAsk, 'before' | 'after'>, fill: string): string {
  return `${ask.before}${fill.trim()}${ask.after}`.trim();
}

/**
 * How the answer reads, from the engine's deadlines for `at.text` (`deadlines` offsets index it):
 * each reader's time, the problems, and what Insert puts in — nothing when it has already passed
 * for a reader (then the layer's proposed time is the ready answer). `senderZone` is the IANA zone
 * the analysis used for the writer; `basis` says how the readers' zones were chosen, when it is not obvious.
 */
export function readAnswer(fix: AskingFix, at: AnswerPlacement, deadlines: readonly Deadline[], senderZone: string, basis?: string): AnswerPreview {
  const answer = at.text.slice(at.answerStart, at.answerEnd);
  const asWritten = (status: AnswerPreview['status'], note: string): AnswerPreview => ({ answer, status, fill: answer, insert: insertedWords(fix.ask, answer), note });
  const d = answerDeadline(deadlines, at);
  if (!d || d.kind === 'vague') return asWritten('unread', NOT_A_TIME);
  if (d.kind === 'invalid' || d.due === undefined) {
    const why = d.warnings.find((w) => w.code === 'invalid-date')?.message;
    return asWritten('unread', why ? `${why}. Insert puts it in as you wrote it.` : NOT_A_TIME);
  }
  const chip = chipFor(d, basis);
  const problems = problemWarnings(d);
  const passed = problems.find((w) => w.code === 'passed');
  // "Passed" is said once, in the note, for every reader it has passed for (their times are in the chip).
  const shown = { ...chip, warnings: [...new Set(problems.filter((w) => w.code !== 'passed').map((w) => w.message))] };
  if (passed) {
    const proposed = passed.alternative ?? problems.find((w) => w.alternative)?.alternative;
    const fill = proposed ? phraseAt(at.text, at.answerStart, proposed.phrase) : undefined;
    const late = d.perRecipient.filter((r) => r.warnings.some((w) => w.code === 'passed')).map((r) => r.person.name ?? r.person.email ?? r.person.slackId ?? 'a reader');
    return {
      answer,
      status: 'passed',
      chip: shown,
      note: `${late.length ? `Already passed for ${listed(late)}` : 'Already passed'}: not inserted.${fill ? ' Use this time instead?' : ' Try a later time.'}`,
      ...(fill ? { alternative: { fill, insert: insertedWords(fix.ask, fill) } } : {}),
    };
  }
  const fill = answerFill(d, at, senderZone);
  // Outside a reader's hours, on their weekend, too little notice: the writer's words may still go
  // in, and the layer's proposed time is offered beside them, as the card of a stated deadline does.
  const proposed = problems.find((w) => w.alternative)?.alternative;
  const better = proposed ? phraseAt(at.text, at.answerStart, proposed.phrase) : undefined;
  if (better && better !== fill) {
    const note = `This misses some readers’ working hours: Insert puts it in as you wrote it, or use ${proposed!.note ? 'the nearest time for them' : 'a time that suits them all'}.`;
    return { answer, status: 'deadline', fill, insert: insertedWords(fix.ask, fill), chip: shown, note, alternative: { fill: better, insert: insertedWords(fix.ask, better) } };
  }
  return { answer, status: 'deadline', fill, insert: insertedWords(fix.ask, fill), chip: shown };
}


/** The preview when the engine could not be asked: the answer may still go in as written. */
export function unreadAnswer(fix: Pick<AskingFix, 'ask'>, answer: string): AnswerPreview {
  const trimmed = answer.trim();
  return { answer: trimmed, status: 'failed', fill: trimmed, insert: insertedWords(fix.ask, trimmed), note: NOT_READ };
}

/** A weekday written alone ("Monday", "Mon 3pm", "friday noon"), with no "next" or "this" before it. */
const BARE_WEEKDAY = /^(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b/i;

/**
 * The same answer a week on — "next Monday 3pm" for "Monday 3pm" — when it starts with a bare
 * weekday (the one read as today when today is that day); undefined otherwise.
 */
export function nextWeeks(answer: string): string | undefined {
  const words = answer.trim();
  return BARE_WEEKDAY.test(words) ? `next ${words}` : undefined;
}

/**
 * A passed answer with the same day next week offered first: "“Monday” is today and has already
 * passed: not inserted. Next Monday?" — `next` is the reading of `later` (not passed), whose words
 * become the ready answer.
 */
export function withNextWeek(passed: AnswerPreview, later: string, next: AnswerPreview): AnswerPreview {
  const day = passed.answer.split(/\s+/)[0]!;
  return {
    ...passed,
    note: `“${day}” is today, and it has already passed: not inserted. Did you mean ${later}?`,
    alternative: { fill: next.fill!, insert: next.insert! },
  };
}
