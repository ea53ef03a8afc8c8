/**
 * The deadline contract shared by the clarity engine, the hints and the deadline layer.
 * Plain, serialisable data: offsets index the analysed text, instants are epoch ms or ISO strings.
 */
import type { Person } from '@/lib/analysis/types';

export type Grain = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';

/** One date/time expression found by `parseTimes`, resolved the way the writer meant it. */
export interface TimeMention {
  text: string;
  start: number;
  end: number;
  /** ISO instant with offset, in the zone it was resolved in: where the referred period starts. */
  value: string;
  /** Where the referred period ends (exclusive), for ranges. */
  valueEnd?: string;
  grain: Grain;
  /** The phrase family that read it ("end-of-day", "clock-times", "general" …). */
  family: string;
  /** Whether the date and the time of day were stated (true) or implied (false). */
  certain: { date: boolean; time: boolean };
}

export interface ParseOptions {
  now: number;
  timeZone: string;
  /** BCP 47; decides the day/month order of numeric dates ("en-US": 03/04 is March 4). */
  locale?: string;
}

export type DeadlineWarningCode =
  | 'passed'
  | 'outside-hours'
  | 'weekend'
  | 'short-notice'
  | 'calendar-differs'
  | 'clock-change'
  | 'ambiguous'
  | 'unknown-zone'
  | 'invalid-zone';

export interface DeadlineWarning {
  code: DeadlineWarningCode;
  message: string;
  /** A concrete in-hours instant to propose instead, with its phrase ready for a rewrite. */
  alternative?: { due: number; phrase: string };
}

export interface RecipientDeadline {
  person: Person;
  due?: number;
  /** "5:00 PM Thu, Nov 26 (Berlin)" */
  local?: string;
  zoneKnown: boolean;
  warnings: DeadlineWarning[];
}

export interface Deadline {
  start: number;
  end: number;
  text: string;
  kind: 'resolved' | 'vague';
  /** Epoch ms; with several recipients, the earliest. */
  due?: number;
  perRecipient: RecipientDeadline[];
  /** "11:00 AM my time" */
  senderLocal?: string;
  /** Ready for a rewrite: "by 5:00 PM Thu, Nov 26 your time (Berlin) — 11:00 AM my time". */
  phrase?: string;
  warnings: DeadlineWarning[];
  /** Concrete alternatives: for vague deadlines, or when a warning proposes another time. */
  choices: { label: string; replacement: string }[];
}

/** Tunables of the deadline policy (DEADLINES.md: "configurable"). */
export interface DeadlinePolicyOptions {
  /** Fewer working hours than this between now and the deadline is "too little notice". Default 2. */
  minNoticeHours?: number;
}
