/**
 * One person's due time for the first time phrase of a text, by the rules of DEADLINES.md with that
 * person as the reader: the same reading and the same policy as `findDeadlines`, so a promise "I'll
 * send the deck by Friday" is due when the hint card says (5:00 PM Friday with default hours).
 */
import type { WorkingHours } from '@/lib/analysis/types';
import { readTimes } from './compose';
import { applyPolicy } from './policy';
import type { Reading } from './reading';
import { isValidZone } from './zones';

export interface DueOptions {
  /** The reference instant, epoch ms (when the message was sent). */
  now: number;
  /** IANA zone of the person the phrase is due for. Invalid zones give undefined. */
  timeZone: string;
  /** Their working hours; default Mon–Fri 09:00–17:00 (DEADLINES.md). */
  workingHours?: WorkingHours;
  /** BCP 47; day/month order of numeric dates. */
  locale?: string;
}

function past(r: Reading): boolean {
  return (r.duration?.amount ?? 0) < 0 || (r.date?.kind === 'relative-day' && r.date.days < 0) || (r.date?.kind === 'weekday' && (r.date.modifier === 'last' || r.date.modifier === 'past'));
}

/**
 * Epoch ms when the first time phrase in `text` falls due for one person in `timeZone`:
 * a day with no time → the end of their working day on it; "end of week/month" → the end of
 * their last working day of it; a clock time → that time; "in 2 hours" → now + 2 h; "tonight" → 18:00.
 * Undefined when the text names no time, only a past one, only a vague one ("ASAP"), an
 * impossible date, or the zone is invalid.
 */
export function dueAt(text: string, options: DueOptions): number | undefined {
  if (!isValidZone(options.timeZone)) return undefined;
  const reading = readTimes(text, { now: options.now, timeZone: options.timeZone, ...(options.locale ? { locale: options.locale } : {}) }).find(
    (r) => !r.vague && !r.invalid && !past(r) && !(r.duration && r.duration.amount === 0),
  );
  if (!reading) return undefined;
  const sender = { timeZone: options.timeZone, ...(options.workingHours ? { workingHours: options.workingHours } : {}) };
  const deadline = applyPolicy(text, reading.start, reading.end, reading, { now: options.now, sender, recipients: [], host: 'cli' });
  return deadline.due;
}
