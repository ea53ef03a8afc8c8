/** What the hint views are handed: plain data and callbacks, never the engine or the browser. */
import type { ZoneOption } from '@/lib/analysis/deadlines/zones';

export interface Position {
  top: number;
  left: number;
  /** Set when the card had to be capped to fit beside its mark, px; it then scrolls inside. */
  maxHeight?: number;
}

export interface FixChoice {
  label: string;
  /** What the text becomes, shown so the user knows before clicking. */
  replacement: string;
  /** The exact words the fix puts in the message (empty for a question): what its button shows. */
  insert: string;
  /** Said beside the button before it is clicked: the readers its time is outside the hours of. */
  note?: string;
  /**
   * Only the writer knows: the card asks, and inserts the answer. `deadline`: the answer is a time,
   * read as it is typed (`CardActions.onReadAnswer`) and shown per reader before it goes in.
   */
  ask?: {
    question: string;
    hint: string;
    choices: string[];
    deadline?: boolean;
    /** The flagged words as they will read with `answer` in ("fix the Q3 report"), shown before Insert. */
    reads?(answer: string): string;
  };
}

/**
 * How a typed deadline answer reads, shown under the field before anything is inserted. Built by
 * lib/features/hints/deadline-answer.ts from the engine's reading of the message with the answer in place.
 */
export interface AnswerPreview {
  /** The answer (trimmed) this was read for: a preview of words since changed is not shown. */
  answer: string;
  /**
   * deadline: read as a time; passed: read, but already gone for a reader, so it is not inserted;
   * unread: not a time the engine reads (inserted as written if the writer wants); failed: the
   * engine could not be asked (inserted as written if the writer wants).
   */
  status: 'deadline' | 'passed' | 'unread' | 'failed';
  /** What Insert puts in the answer's place: the answer, or it with its time said in each reader's zone. Absent: refused. */
  fill?: string;
  /** The exact words Insert puts in the message (the question's sentence with `fill`), trimmed. Absent: refused. */
  insert?: string;
  /** Each reader's local time and the writer's, and the problems found; absent when not read as a time. */
  chip?: DeadlineChipModel;
  /** One sentence above the times: "Already passed …", "Not a time I can read — try 'Friday 3pm'". */
  note?: string;
  /** For a passed answer: the deadline layer's proposed time as a ready answer, and the exact words it inserts. */
  alternative?: { fill: string; insert: string };
}

/** The rewrite against the original, word by word: what stays, what goes, what comes in. */
export interface DiffPart {
  op: 'same' | 'add' | 'del';
  text: string;
}

export interface RecipientTime {
  who: string;
  /** "5:00 PM Thu, Nov 26 (Berlin)"; absent when the zone is unknown. */
  local?: string;
}

export interface DeadlineChipModel {
  recipients: RecipientTime[];
  /** "11:00 AM my time" */
  senderLocal?: string;
  /** What the writer's row is called: "You", or "First due, for you" when each reader's time ends apart and it shows the earliest. */
  senderLabel?: string;
  warnings: string[];
  /** Where the recipients' zones came from when it is not obvious ("your own zone: no zones set for this channel"). */
  basis?: string;
}

export interface ZoneQuestionModel {
  /** "ana@acme.com", or "#design" for a channel. */
  who: string;
  prompt: string;
  /** Every zone to pick from, with the city it is shown by. */
  zones: readonly ZoneOption[];
  /** Big cities and countries the zone ids do not name ("Mumbai", "India"), searched where their data is (the background). */
  places?(query: string): Promise<{ zone: string; place: string }[]>;
}

export interface ZoneReadingModel {
  /** "“IST” read as India Standard Time (Kolkata), the sender’s zone." */
  said: string;
  others: { abbreviation: string; zone: string; label: string }[];
}

export interface CardModel {
  key: string;
  /** What the reader would ask back ("Which report?", "Deadline for Ana"), never a rule id. */
  title: string;
  /** What is unclear and why, in one sentence. */
  message: string;
  quote: string;
  fixes: FixChoice[];
  deadline?: DeadlineChipModel;
  zoneQuestion?: ZoneQuestionModel;
  /** Said once "Where is …?" is answered: "Saved: Ana — Kolkata (Asia/Kolkata). Change it in Options." */
  saved?: string;
  /** The rule that can be turned off from here (none for a plain deadline chip). */
  rule?: string;
  /** Its plain name ("Unclear reference"), for "… is off". */
  ruleName?: string;
  /** The whole message rewritten, when the engine has one, with its diff against the original. */
  rewrite?: {
    text: string;
    diff: DiffPart[];
    /** Said before the user replaces anything: what the replacement loses ("links or formatting"). */
    warning?: string;
  };
  /** An ambiguous zone abbreviation: how it was read, and the other meanings one click away. */
  reading?: ZoneReadingModel;
  /** A decision asked for in a chat line: the card offers "Draft a decision proposal". */
  proposal?: boolean;
  /** A result to tell the user (e.g. "Undo is not available for that change"). */
  notice?: string;
  index: number;
  total: number;
}

export interface CardActions {
  /** Applies a fix; `answer` is the writer's answer to a fix that asks. */
  onApply(fixIndex: number, answer?: string): void;
  /** Reads a typed answer to a deadline ask with the engine (async: the engine may be in the background); never rejects. */
  onReadAnswer(fixIndex: number, answer: string): Promise<AnswerPreview>;
  onApplyRewrite(): void;
  /** Reads an ambiguous abbreviation with another of its meanings (analyses again). */
  onChooseReading(abbreviation: string, zone: string): void;
  /** Opens the decision proposal editor, prefilled from this message. */
  onDraftProposal(): void;
  onIgnore(): void;
  onDisableRule(): void;
  /** Turns a rule back on (the undo of onDisableRule). */
  onEnableRule(rule: string): void;
  onPickZone(zone: string): void;
  onDismissZone(): void;
  onClose(): void;
  onNext(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}
