/**
 * Handoff's IndexedDB, owned by the background and extension pages (a content script would open the
 * host page's database instead). Every schema change is a new `version(n)` with an upgrade that keeps
 * the user's data; never edit a published version.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { ChannelZonesRow, CommitmentRow, FocusSessionRow, MetaRow, PersonRow, RitualRow, WeeklyDraft, WinRow } from './schema';
import { upgradeDraftToV2, type WeeklyDraftV1 } from './migrations/v2-draft-sections';

export const DB_NAME = 'handoff';

export type { ChannelZonesRow, LoggedRow, MetaRow, PersonRow } from './schema';

/** Rows owned by the popup's features (weekly update, wins, commitments, focus); shaped in ./schema.ts. */
export interface WeeklyDraftRow {
  week: string;
  [field: string]: unknown;
}

export class HandoffDb extends Dexie {
  declare meta: EntityTable<MetaRow, 'key'>;
  declare people: EntityTable<PersonRow, 'id'>;
  declare channelZones: EntityTable<ChannelZonesRow, 'channelId'>;
  declare weeklyDrafts: EntityTable<WeeklyDraft, 'week'>;
  declare wins: EntityTable<WinRow, 'id'>;
  declare commitments: EntityTable<CommitmentRow, 'id'>;
  declare focusSessions: EntityTable<FocusSessionRow, 'id'>;
  declare rituals: EntityTable<RitualRow, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      meta: 'key',
      people: '++id, *emails, *slackIds, name',
      channelZones: 'channelId',
      weeklyDrafts: 'week, updatedAt',
      wins: '++id, at',
      commitments: '++id, at, dueAt, status',
      focusSessions: '++id, at',
    });
    // v2: weekly drafts keep lines with their source instead of one text block per section.
    this.version(2)
      .stores({})
      .upgrade((tx) =>
        tx
          .table('weeklyDrafts')
          .toCollection()
          .modify((row: WeeklyDraftV1, ref: { value: unknown }) => {
            ref.value = upgradeDraftToV2(row);
          }),
      );
    // v3: the ritual log (issue 15) — decision proposals, kick-offs and retros. A new table: no row changes.
    this.version(3).stores({ rituals: '++id, kind, status, closesAt, updatedAt' });
    // v4: commitments indexed by when they were done, so the weekly update reads this week's, not every row ever kept.
    this.version(4).stores({ commitments: '++id, at, dueAt, status, doneAt' });
  }
}

let shared: HandoffDb | undefined;

/** The one database instance of this extension context. */
export function db(): HandoffDb {
  shared ??= new HandoffDb();
  return shared;
}
