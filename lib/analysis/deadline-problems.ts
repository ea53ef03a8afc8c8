/**
 * Which of the deadline layer's warnings make a stated deadline a problem the writer should fix
 * (ASYNC-WRITING.md, "Information is not a problem"; DEADLINES.md for each warning): shared by the
 * deadline-warning rule and the card that reads a typed deadline answer. An unknown zone is not one
 * (the card asks for it); an ambiguous abbreviation is said by the card's reading line.
 */
import type { Deadline, DeadlineWarning, DeadlineWarningCode } from './deadlines/types';

export const PROBLEM_WARNINGS: ReadonlySet<DeadlineWarningCode> = new Set<DeadlineWarningCode>([
  'passed',
  'outside-hours',
  'weekend',
  'short-notice',
  'calendar-differs',
  'clock-change',
  'ambiguous',
]);

/** The deadline's problem warnings, its own first, then each reader's, in order. */
export function problemWarnings(d: Pick<Deadline, 'warnings' | 'perRecipient'>): DeadlineWarning[] {
  return [...d.warnings, ...d.perRecipient.flatMap((r) => r.warnings)].filter((w) => PROBLEM_WARNINGS.has(w.code));
}
