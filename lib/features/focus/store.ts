/** Focus sessions in the extension's IndexedDB, for the pages (the background writes them: ./background.ts). */
import { db } from '@/lib/storage/db';
import type { FocusSessionRow } from './model';

/** Sessions that started after `since` (epoch ms), oldest first. */
export function focusSessionsSince(since: number): Promise<FocusSessionRow[]> {
  return db().focusSessions.where('at').above(since).toArray();
}
