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
  /**
   * A zone abbreviation with several meanings ("IST"): the other meanings, not used here. The
   * meaning used is the one whose zone is `ParseOptions.timeZone`'s, else the most common.
   */
  zoneAlternatives?: ZoneAlternative[];
  /** Said about the reading, e.g. an abbreviation out of season ("PST" in July read as Los Angeles time). */
  note?: string;
}

/** Another meaning of a zone abbreviation: "IST" → Irish Standard Time (Europe/Dublin). */
export interface ZoneAlternative {
  /** The abbreviation as written, upper-cased ("IST"). */
  abbreviation: string;
  /** IANA zone of this meaning. */
  zone: string;
  /** "Irish Standard Time" */
  label: string;
  /** For a deadline: when it falls due read this way (epoch ms), and its rewrite phrase. */
  due?: number;
  phrase?: string;
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
  | 'invalid-zone'
  /** "IST", "CST", "BST", "AST": an abbreviation with several meanings; `Deadline.alternatives` has the others. */
  | 'ambiguous-zone'
  /** "5pm PST" on a July date: read as the region's clock, which is on another offset then. */
  | 'out-of-season'
  /** "April 31": no such date. The deadline has no due time until the writer fixes it. */
  | 'invalid-date';

export interface DeadlineWarning {
  code: DeadlineWarningCode;
  message: string;
  /**
   * A concrete instant to propose instead (epoch ms), with its phrase ready for a rewrite. `note`:
   * the readers it still lands outside the working hours of, when no time suits them all
   * ("Outside working hours in Kolkata (8:30 PM Tue, Dec 1)").
   */
  alternative?: { due: number; phrase: string; note?: string };
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
  /** resolved: has `due`; vague: "ASAP", with `choices`; invalid: "April 31", with an `invalid-date` warning and no `due`. */
  kind: 'resolved' | 'vague' | 'invalid';
  /**
   * deadline (absent means deadline too): "by Friday 3pm". appointment: a time to meet ("Can we
   * meet at 3pm on Friday?") — its `phrase` says "at …", never "by …", and it gets no notice warning.
   * promise: a time the writer gives themselves ("I'll send it by Friday") — due by the writer's own
   * reading, shown in each reader's time, with no warning about the readers' hours and no phrase or
   * choices (nothing a fix could move).
   */
  role?: 'deadline' | 'appointment' | 'promise';
  /**
   * The zone abbreviation as read, when the phrase names one ("IST" → India Standard Time, Asia/Kolkata),
   * and why that meaning: the sender's or a recipient's zone, a choice passed in `zoneChoices`, or the most common meaning.
   */
  zoneReading?: { abbreviation: string; zone: string; label: string; because: 'chosen' | 'sender' | 'recipient' | 'most-common' };
  /**
   * The phrase says whose clock it is: a zone ("3pm CET", "9am Berlin time", "UTC+2"), "your time"
   * or "my time". Absent when the zone is implied (a bare "3pm" is the sender's, "EOD" each reader's).
   */
  zoneNamed?: true;
  /**
   * The other readings of an ambiguous zone abbreviation, each with its due time and phrase: the
   * data for a one-click "other reading". To apply one, call
   * `findDeadlines(text, ctx, { ...options, zoneChoices: { [alt.abbreviation]: alt.zone } })`
   * (or `rereadDeadline`), and remember the choice per person if wanted.
   */
  alternatives?: ZoneAlternative[];
  /** Epoch ms; with several recipients, the earliest. */
  due?: number;
  perRecipient: RecipientDeadline[];
  /** "11:00 AM my time" */
  senderLocal?: string;
  /** Ready for a rewrite: "by 5:00 PM Thu, Nov 26 your time (Berlin) — 11:00 AM my time". */
  phrase?: string;
  warnings: DeadlineWarning[];
  /**
   * Concrete alternatives: for vague deadlines, or when a warning proposes another time. `note` as
   * in DeadlineWarning.alternative: said beside a choice that is outside some reader's hours.
   */
  choices: { label: string; replacement: string; note?: string }[];
  /**
   * With several readers, `phrase` states one instant (`due`, the earliest): the readers it lands
   * outside the working hours of, said wherever the phrase is offered (the rewrite's card).
   */
  phraseNote?: string;
}

/** Tunables of the deadline policy (DEADLINES.md: "configurable"). */
export interface DeadlinePolicyOptions {
  /** Fewer working hours than this between now and the deadline is "too little notice". Default 2. */
  minNoticeHours?: number;
  /**
   * The meaning the user chose for an ambiguous abbreviation, upper-cased abbreviation → IANA zone
   * (`{ IST: 'Europe/Dublin' }`); it overrides the people-based choice. A zone that is not one of
   * the abbreviation's meanings is still used, and the deadline says so as "chosen".
   */
  zoneChoices?: Record<string, string>;
}
