/**
 * The data that flows through Handoff: host page → adapter → analysis → components → adapter.
 * Everything here is plain, serialisable data: no DOM, no browser APIs, no clock.
 */

export type HostId = 'gmail' | 'slack' | 'docs' | 'playground' | 'cli';

/** ISO weekday numbers: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface WorkingHours {
  /** "09:00", 24-hour wall clock in the person's own zone. */
  start: string;
  /** "17:00"; the end of the working day. */
  end: string;
  days: IsoWeekday[];
}

export const DEFAULT_WORKING_HOURS: WorkingHours = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };

export type ZoneSource = 'user' | 'imported' | 'page' | 'guess';

export interface Person {
  /** Display name, when known ("Ana Weber"). */
  name?: string;
  email?: string;
  slackId?: string;
  /** IANA zone. Undefined means unknown: never guessed silently. */
  timeZone?: string;
  zoneSource?: ZoneSource;
  workingHours?: WorkingHours;
}

export interface Sender extends Person {
  timeZone: string;
  /** BCP 47 locale for rendering and numeric date order ("en-US", "en-GB"). */
  locale?: string;
  /** 12- or 24-hour clock; defaults to what the locale uses. */
  hourCycle?: 'h12' | 'h23';
}

export interface AnalysisContext {
  /** The reference instant, in epoch milliseconds. Analysis never reads the clock. */
  now: number;
  sender: Sender;
  recipients: Person[];
  host: HostId;
  /** Rule ids the user turned off. */
  disabledRules?: string[];
  /**
   * Ranges of the text that are not the writer's prose and that the host adapter knows from the
   * page's structure (Gmail's quote and signature containers, Slack code blocks), as UTF-16
   * offsets [start, end). The engine also finds quotes, signatures, code, links, addresses,
   * mentions and channels in plain text itself (prose.ts); nothing in either is judged or edited.
   */
  excluded?: Span[];
  /**
   * The meaning the writer chose for an ambiguous zone abbreviation in this composer, upper-cased
   * abbreviation → IANA zone (`{ IST: 'Asia/Jerusalem' }`): the card's one-click "other reading".
   */
  zoneChoices?: Record<string, string>;
}

export type Severity = 'info' | 'warning' | 'error';

/**
 * A replacement of text[start, end) by `replacement`; offsets index the analysed text. `edits` is
 * the same change as the smallest insertions/replacements (the engine fills it in): a fix is applied
 * through them, so the writer's own words — and a link or bold on them — are never retyped.
 */
export interface Fix {
  label: string;
  replacement: string;
  start: number;
  end: number;
  edits?: TextEdit[];
  /**
   * What the writer should know before choosing this fix, said beside it: the readers its time
   * still lands outside the working hours of, when no time suits them all.
   */
  note?: string;
  /**
   * Only the writer knows the answer ("which report?", "by when?", "what about?"): the card asks
   * this and puts `before + answer + after` in place of text[start, end) — an insertion when
   * start === end. Nothing is applied until the writer answers. Never a bracketed placeholder.
   */
  ask?: FixAsk;
}

export interface FixAsk {
  /** The card's question: "Which report?" */
  question: string;
  /** A hint inside the field: "a name, number or link". */
  hint: string;
  before: string;
  after: string;
  /** Ready answers to pick instead of typing (each a finished phrase). */
  choices?: string[];
  /**
   * The thing asked about ("the report"), when an answer that names it can go before its head word
   * instead of in brackets: "Q3" or "the Q3 report" → "the Q3 report". `at`: the head word's
   * UTF-16 offset in the text; `head`: the word, lower case. See answerEdit (rule.ts).
   */
  names?: { at: number; head: string };
  /**
   * The answer is a deadline ("By when?", a review period): the card reads it with the engine as it
   * is typed, shows each reader's time, refuses one already passed and names the zone on insert
   * (lib/features/hints/deadline-answer.ts).
   */
  deadline?: true;
}

/** Replace text[start, end) by `text` (an insertion when start === end). */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  rule: string;
  start: number;
  end: number;
  text: string;
  severity: Severity;
  message: string;
  fixes: Fix[];
  /**
   * What the finding is about, when a rule tells kinds apart and the card acts on it: channel-fit's
   * 'decision' (a decision asked for in a chat line) offers "Draft a decision proposal".
   */
  topic?: 'decision' | 'emergency' | 'brainstorm';
}

export interface Span {
  start: number;
  end: number;
}
