/**
 * Commitments recorded before "one meaning for a promise" (issue 12) carry the old due time: the
 * end of the named day, 11:59 PM. The hint card says the end of the sender's working day (5:00 PM
 * by default), and so does the popup since; this recomputes the stored rows once under that rule
 * (README, "One meaning for a promise"). It is a data migration, not a Dexie `version()` upgrade:
 * the rule needs the home zone and working hours, which live in the extension's settings
 * (chrome.storage), and an IndexedDB upgrade transaction cannot wait for another store.
 */
import type { WorkingHours } from '@/lib/analysis/types';
import { recomputeCommitmentDue } from '@/lib/analysis/commitments';
import type { HandoffDb } from '../db';

/** The `meta` row saying which due-time rule the stored commitments follow. */
export const COMMITMENT_DUE_RULE_KEY = 'commitmentDueRule';
/** 2: the end of the sender's working day (the hint card's rule). Rows without the key follow rule 1. */
export const COMMITMENT_DUE_RULE = 2;

/**
 * Recomputes every stored commitment's `dueAt` under rule 2, once: a `meta` row records that it
 * ran, in the same transaction, so a second call (or a second worker) changes nothing. `zone` is the
 * user's home IANA zone and working hours from settings. Returns how many rows changed. Rows with
 * no due time keep none; a sentence that no longer reads as a time keeps its old due time. Throws
 * what Dexie throws (the transaction is then rolled back whole).
 */
export async function migrateCommitmentDue(db: HandoffDb, zone: { timeZone: string; workingHours?: WorkingHours }): Promise<number> {
  return db.transaction('rw', db.meta, db.commitments, async () => {
    const rule = await db.meta.get(COMMITMENT_DUE_RULE_KEY);
    if (rule?.value === COMMITMENT_DUE_RULE) return 0;
    let changed = 0;
    await db.commitments.toCollection().modify((row) => {
      const due = recomputeCommitmentDue(row, zone);
      if (due !== undefined && due !== row.dueAt) {
        row.dueAt = due;
        changed += 1;
      }
    });
    await db.meta.put({ key: COMMITMENT_DUE_RULE_KEY, value: COMMITMENT_DUE_RULE });
    return changed;
  });
}
