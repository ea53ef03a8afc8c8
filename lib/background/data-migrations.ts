/**
 * Data migrations that need more than IndexedDB (the settings in chrome.storage): run by the
 * background each time its worker starts; each one records that it ran and is a no-op after.
 */
import { DB_NAME, db } from '@/lib/storage/db';
import { getSettings } from '@/lib/storage/settings';
import { migrateCommitmentDue } from '@/lib/storage/migrations/commitment-due';

/**
 * Runs every data migration not yet run. Resolves to the number of rows changed; rejects with a
 * storage error. A profile with no database yet has nothing to migrate: it is left unopened, so
 * the database is created by the first page that needs it (and an older one, if that is what a
 * restored profile brings, is upgraded by Dexie first and migrated at the next start).
 */
export async function migrateStoredData(): Promise<number> {
  const existing = await indexedDB.databases();
  if (!existing.some((d) => d.name === DB_NAME)) return 0;
  const settings = await getSettings();
  return migrateCommitmentDue(db(), { timeZone: settings.homeZone, workingHours: settings.workingHours });
}
