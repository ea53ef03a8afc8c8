/**
 * How what is learnt about a person merges into their row: aliases accumulate, and a zone replaces
 * the stored one only when its source is at least as trusted (user > imported > page > guess).
 * Pure, so one upsert and a 50,000-line roster apply exactly the same rule.
 */
import type { WorkingHours, ZoneSource } from '@/lib/analysis/types';
import type { PersonRow } from './db';

/** A zone from a more trusted source is never overwritten by a less trusted one. */
export const ZONE_TRUST: Record<ZoneSource, number> = { user: 3, imported: 2, page: 1, guess: 0 };

export interface PersonFacts {
  name?: string;
  /** Already normalised (lower-cased, trimmed). */
  emails: string[];
  slackIds: string[];
  /** Already validated. */
  timeZone?: string;
  zoneSource?: ZoneSource;
  workingHours?: WorkingHours;
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** A new row: `existing` (not changed) with `facts` merged in at `at` (epoch ms). */
export function mergePerson(existing: PersonRow | undefined, facts: PersonFacts, at: number): PersonRow {
  const row: PersonRow = existing ? { ...existing } : { emails: [], slackIds: [] };
  row.emails = union(row.emails, facts.emails);
  row.slackIds = union(row.slackIds, facts.slackIds);
  if (facts.name && (!row.name || facts.zoneSource !== 'page')) row.name = facts.name;
  if (facts.workingHours) row.workingHours = facts.workingHours;
  if (facts.timeZone) {
    const source = facts.zoneSource ?? 'user';
    const current = row.zoneSource ? ZONE_TRUST[row.zoneSource] : -1;
    if (!row.timeZone || ZONE_TRUST[source] >= current) {
      row.timeZone = facts.timeZone;
      row.zoneSource = source;
      row.zoneUpdatedAt = at;
    }
  }
  return row;
}
