/**
 * A phrase family: one way people write a time ("EOD", "3pm", "next Friday"), read from text into
 * readings (reading.ts). Every family lives in families/<id>.ts, default-exports one `Family` and is
 * registered in families/index.ts; tests/lib/analysis/deadlines/families.meta.test.ts checks that
 * each is registered, named after its file, and matches (and does not match) its examples.
 */
import type { Reading } from './reading';

export interface FamilyReadOptions {
  /** BCP 47 locale of the writer: decides the day/month order of numeric dates. */
  locale?: string;
}

export interface Family {
  /** The file name without ".ts"; also the `family` of the readings it returns. */
  id: string;
  /** One sentence: what the family reads and what it resolves to (DEADLINES.md terms). */
  description: string;
  /**
   * Which family names a reading joined from pieces of several families: the lowest rank wins
   * ("EOD" + "Thursday" is end-of-day). Ranks are unique.
   */
  rank: number;
  /**
   * A phrase of this family is a deadline wherever it stands ("EOD", "ASAP"); the others need a
   * marker ("by", "before", "due") or a request around them (index.ts).
   */
  alwaysDeadline: boolean;
  /** Every piece of this family in `text`, with UTF-16 offsets into it. Pure, no clock. */
  read(text: string, options: FamilyReadOptions): Reading[];
  /**
   * Spans no reader may take as a time, this family's or chrono-node's: a day word inside a name
   * ("Dr. Friday", "Black Friday banner"). Optional.
   */
  blocks?(text: string): { start: number; end: number }[];
  /** `match`: each is read by this family; `noMatch`: none of it is. */
  examples: { match: string[]; noMatch: string[] };
}
