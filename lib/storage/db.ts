/**
 * Handoff's IndexedDB, owned by the background and extension pages (a content script would open the
 * host page's database instead). Every schema change is a new `version(n)` with an upgrade that keeps
 * the user's data; never edit a published version.
 */
import Dexie, { type EntityTable } from 'dexie';

export const DB_NAME = 'handoff';

export class HandoffDb extends Dexie {
  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      // Later issues add their tables here as version(2), version(3), … with migrations.
      meta: 'key',
    });
  }
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export type Tables = { meta: EntityTable<MetaRow, 'key'> };

let shared: (HandoffDb & Tables) | undefined;

/** The one database instance of this extension context. */
export function db(): HandoffDb & Tables {
  shared ??= new HandoffDb() as HandoffDb & Tables;
  return shared;
}
