/**
 * The decision log's lines in the weekly update: open proposals fill "Decisions needed", those
 * decided during the week fill "Decisions made". Pure: rows, the week's bounds and the zone in.
 */
import type { DraftItem } from '@/lib/features/weekly/draft';
import { rowTitle, type RitualRow } from './log';
import { day } from '@/lib/features/weekly/day';


/**
 * @param rows the ritual log (kick-offs and retros are ignored)
 * @param start the week's first instant, epoch ms (inclusive)
 * @param end the next week's first instant, epoch ms (exclusive)
 * @param asOf the instant the draft reports on (now, or the end of a past week)
 * Line ids are the row's key ("decision:3", "decided:3"): reopening the draft never adds one twice.
 */
export function decisionLines(rows: RitualRow[], start: number, end: number, zone: string, asOf: number): { decisions: DraftItem[]; made: DraftItem[] } {
  const decisions: DraftItem[] = [];
  const made: DraftItem[] = [];
  const decisionsOnly = rows.filter((r) => r.kind === 'decision').sort((a, b) => a.createdAt - b.createdAt);
  for (const row of decisionsOnly) {
    const title = rowTitle(row);
    const stillOpen = row.status === 'open' || (row.decidedAt !== undefined && row.decidedAt >= asOf);
    if (stillOpen && row.createdAt < end) {
      const closes = row.closesAt !== undefined ? ` (review ${row.closesAt <= asOf ? 'closed' : 'closes'} ${day(row.closesAt, zone)})` : '';
      decisions.push({ id: `decision:${row.id}`, text: `${title}${closes}`, source: { kind: 'decision', label: `Open proposal in the decision log, proposed ${day(row.createdAt, zone)}` } });
    } else if (row.status === 'decided' && row.decidedAt !== undefined && row.decidedAt >= start && row.decidedAt < end) {
      const decision = row.decision?.trim();
      made.push({ id: `decided:${row.id}`, text: decision ? `${title}: ${decision}` : title, source: { kind: 'decision', label: `Decided ${day(row.decidedAt, zone)}, from the decision log` } });
    }
  }
  return { decisions, made };
}
