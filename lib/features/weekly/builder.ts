/**
 * Prefills a week's update from what Handoff recorded locally that week. Pure: records, the week,
 * the zone and `now` in; sections of lines out, each line saying where it came from.
 */
import { emptySections, type DraftItem, type SectionId } from './draft';
import { isOverdue, type CommitmentRow, type WinRow } from './records';
import { weekBounds } from './week';
import { formatDuration } from '@/lib/features/focus/stats';
import type { FocusSessionRow } from '@/lib/features/focus/model';
import type { RitualRow } from '@/lib/features/rituals/log';
import { decisionLines } from '@/lib/features/rituals/weekly';
import { day } from './day';

export interface WeekRecords {
  wins: WinRow[];
  commitments: CommitmentRow[];
  focusSessions: FocusSessionRow[];
  /** The ritual log: open proposals and the week's decisions (issue 15). */
  rituals?: RitualRow[];
}

export interface BuildInput extends WeekRecords {
  week: string;
  zone: string;
  now: number;
}


/** How long an open item keeps showing up after it fell due (or, undated, after it was said). */
const CARRY_OVER_MS = 14 * 86_400_000;

function sentFrom(row: CommitmentRow): string {
  const where = row.host === 'gmail' ? 'Gmail' : row.host === 'slack' ? 'Slack' : row.host === 'docs' ? 'Docs' : 'a message';
  return row.to ? `${where} to ${row.to}` : where;
}

function withoutTrailingStop(text: string): string {
  return text.trim().replace(/[.!]+$/, '');
}

export function buildPrefill(input: BuildInput): Record<SectionId, DraftItem[]> {
  const { start, end } = weekBounds(input.week, input.zone);
  const inWeek = (ms: number | undefined) => ms !== undefined && ms >= start && ms < end;
  // For a past week, "now" is the end of that week: what was open then is reported as open.
  const asOf = Math.min(input.now, end);
  const sections = emptySections();

  for (const win of [...input.wins].sort((a, b) => a.at - b.at)) {
    if (!inWeek(win.at)) continue;
    sections.progress.push({
      id: `win:${win.id}`,
      text: withoutTrailingStop(win.text),
      source: { kind: 'win', label: `Win logged ${day(win.at, input.zone)}` },
    });
  }

  for (const row of [...input.commitments].sort((a, b) => (a.dueAt ?? a.at) - (b.dueAt ?? b.at))) {
    const id = `${row.kind}:${row.id}`;
    const made = day(row.at, input.zone);
    const text = withoutTrailingStop(row.text);
    if (row.kind === 'commitment') {
      if (row.status === 'done' && inWeek(row.doneAt)) {
        sections.progress.push({ id, text: `Done: ${text}`, source: { kind: 'commitment', label: `Commitment sent ${made} (${sentFrom(row)}), marked done` } });
      } else if (row.status === 'open' && row.at < end && (row.dueAt ?? row.at) >= start - CARRY_OVER_MS) {
        const overdue = isOverdue(row, asOf);
        const due = row.dueAt !== undefined ? ` (due ${day(row.dueAt, input.zone)}${overdue ? ', overdue' : ''})` : '';
        sections.next.push({ id, text: `${text}${due}`, source: { kind: 'commitment', label: `Commitment sent ${made} (${sentFrom(row)})${overdue ? ', overdue' : ''}` } });
      }
    } else if (row.kind === 'ask') {
      if (row.status === 'open' && row.at < end && (row.dueAt ?? row.at) >= start - CARRY_OVER_MS) {
        const overdue = isOverdue(row, asOf);
        const who = row.to ? `${row.to}: ` : '';
        const due = row.dueAt !== undefined ? ` (asked for ${day(row.dueAt, input.zone)})` : '';
        (overdue ? sections.blockers : sections.next).push({
          id,
          text: `${overdue ? 'Waiting on' : 'Follow up with'} ${who}${text}${due}`,
          source: { kind: 'ask', label: `Deadline asked ${made} (${sentFrom(row)})${overdue ? ', past due' : ''}` },
        });
      }
    } else if (row.status === 'open' && inWeek(row.at)) {
      sections.blockers.push({ id, text, source: { kind: 'blocker', label: `Blocker mentioned ${made} (${sentFrom(row)})` } });
    }
  }

  const sessions = input.focusSessions.filter((s) => s.at < end && (s.endedAt ?? asOf) > start);
  if (sessions.length > 0) {
    const focusedMs = sessions.reduce(
      (sum, s) => sum + Math.max(0, Math.min(s.endedAt ?? asOf, asOf, end) - Math.max(s.at, start)),
      0,
    );
    const count = sessions.length;
    // Less than a minute (a session just started) is not worth a line yet.
    if (focusedMs >= 60_000) sections.progress.push({
      id: 'focus:week',
      text: `${formatDuration(focusedMs)} of focused work in ${count} session${count === 1 ? '' : 's'}`,
      source: { kind: 'focus', label: 'Focus sessions logged this week' },
    });
  }
  const decided = decisionLines(input.rituals ?? [], start, end, input.zone, asOf);
  sections.decisions.push(...decided.decisions);
  sections.made.push(...decided.made);
  return sections;
}
