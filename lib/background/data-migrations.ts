/**
 * Data migrations that need more than IndexedDB (the settings in chrome.storage): run by the
 * background each time its worker starts; each one records that it ran and is a no-op after.
 */
import { db } from '@/lib/storage/db';
import { getSettings } from '@/lib/storage/settings';
import { migrateCommitmentDue } from '@/lib/storage/migrations/commitment-due';

/** Runs every data migration not yet run. Resolves to the number of rows changed; rejects with a storage error. */
export async function migrateStoredData(): Promise<number> {
  const settings = await getSettings();
  return migrateCommitmentDue(db(), { timeZone: settings.homeZone, workingHours: settings.workingHours });
}
