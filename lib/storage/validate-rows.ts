/**
 * The shape of every row of every table, as an export file or a stored row must have it. An import
 * is refused whole when one row fails, with a message naming the table, the item and the field.
 * A table added to `TABLES` (export.ts) must be given its shape here: the compiler demands it.
 */
import type { TableName } from './export';
import { ritualRowProblem } from '@/lib/features/rituals/log';
import {
  boolean,
  checkShape,
  instant,
  isRecord,
  listOf,
  nonEmptyString,
  nullable,
  number,
  oneOf,
  optional,
  rowId,
  shape,
  string,
  workingHours,
  zone,
  type Check,
  type Shape,
} from './validate';

/** The longest focus session Handoff accepts: one day, in minutes. */
export const MAX_FOCUS_MINUTES = 24 * 60;
/** The shortest: 0.6 s. Lengths are free-form in the protocol (tests run 3-second sessions); presets are the popup's offer. */
export const MIN_FOCUS_MINUTES = 0.01;

export const HOSTS = ['gmail', 'slack', 'docs', 'playground', 'cli'] as const;
export const ZONE_SOURCES = ['user', 'imported', 'page', 'guess'] as const;
export const RECORD_KINDS = ['commitment', 'ask', 'blocker'] as const;
export const SOURCE_KINDS = ['win', 'commitment', 'ask', 'blocker', 'focus', 'decision'] as const;
/** "2026-W48": an ISO week key (weeks 01–53). */
export const WEEK_KEY = /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/;

const weekKey: Check = (v) => (typeof v === 'string' && WEEK_KEY.test(v) ? null : 'must be an ISO week like "2026-W48"');

const draftItem = shape({
  id: nonEmptyString(200),
  text: string(10_000),
  source: optional(shape({ kind: oneOf(SOURCE_KINDS), label: string(500) })),
  edited: optional(boolean),
});
const draftLines = listOf(draftItem, 1_000);

export interface TableSpec {
  /** The primary key every row must carry. */
  key: string;
  fields: Shape;
  /** What the fields alone cannot say (a person needs an email or a Slack id). */
  row?(row: Record<string, unknown>): string | null;
}

export const TABLE_SPECS: Record<TableName, TableSpec> = {
  meta: { key: 'key', fields: { key: nonEmptyString(200) } },
  people: {
    key: 'id',
    fields: {
      id: rowId,
      name: optional(string(500)),
      emails: listOf(nonEmptyString(320), 100),
      slackIds: listOf(nonEmptyString(100), 100),
      timeZone: optional(zone),
      zoneSource: optional(oneOf(ZONE_SOURCES)),
      zoneUpdatedAt: optional(instant),
      workingHours: optional(workingHours),
    },
    row: (r) => ((r.emails as unknown[]).length + (r.slackIds as unknown[]).length > 0 ? null : 'has neither an email nor a Slack member id'),
  },
  channelZones: { key: 'channelId', fields: { channelId: nonEmptyString(500), zones: listOf(zone, 100) } },
  weeklyDrafts: {
    key: 'week',
    fields: {
      week: weekKey,
      schema: (v) => (v === 2 ? null : 'must be 2'),
      createdAt: number(0, Number.MAX_SAFE_INTEGER),
      updatedAt: number(0, Number.MAX_SAFE_INTEGER),
      sections: shape({ progress: draftLines, blockers: draftLines, next: draftLines, decisions: draftLines, made: optional(draftLines) }),
      dismissed: listOf(string(200)),
    },
  },
  wins: { key: 'id', fields: { id: rowId, at: instant, text: string(10_000) } },
  commitments: {
    key: 'id',
    fields: {
      id: rowId,
      at: instant,
      kind: oneOf(RECORD_KINDS),
      text: string(10_000),
      status: oneOf(['open', 'done'] as const),
      dueAt: optional(instant),
      doneAt: optional(instant),
      host: optional(oneOf(HOSTS)),
      to: optional(string(2_000)),
    },
  },
  focusSessions: {
    key: 'id',
    fields: {
      id: rowId,
      at: instant,
      plannedMinutes: nullable(number(MIN_FOCUS_MINUTES, MAX_FOCUS_MINUTES)),
      plannedEnd: nullable(instant),
      endedAt: optional(instant),
      interrupted: optional(boolean),
    },
  },
  rituals: { key: 'id', fields: { id: rowId }, row: (r) => ritualRowProblem(r) ?? null },
};

/** What is wrong with one row of `table`, as `has "emails" that must be a list`; null when it is fine. */
export function rowProblem(table: TableName, row: unknown): string | null {
  if (!isRecord(row)) return 'is not an object';
  const spec = TABLE_SPECS[table];
  if (row[spec.key] === undefined) return `has no "${spec.key}"`;
  const problem = checkShape(row, spec.fields);
  if (problem) return `has ${problem}`;
  return spec.row?.(row) ?? null;
}

/** True when the row is as the table expects: lets readers skip a corrupt stored row instead of breaking. */
export function isValidRow(table: TableName, row: unknown): boolean {
  return rowProblem(table, row) === null;
}

