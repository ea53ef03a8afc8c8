/**
 * The ritual log as plain data: the row kept for every proposal, kick-off and retro ("if it isn't
 * documented, it didn't happen"), the decision log's statuses and its Markdown export, and the
 * check an imported row must pass. Pure: store.ts does the Dexie work.
 */
import type { DecisionStatus, RitualRow } from '@/lib/storage/schema';
import { closedPhrase } from './render';

// The row is stored (table rituals): its shape lives in lib/storage/schema.ts.
export type { DecisionStatus, RitualRow, RitualStatus } from '@/lib/storage/schema';

export const DECISION_STATUSES: DecisionStatus[] = ['open', 'decided', 'rejected', 'superseded'];


/** What the log shows for a row: its title, or the kind's name. */
export function rowTitle(row: RitualRow): string {
  return row.draft.title.trim() || (row.kind === 'decision' ? 'Untitled proposal' : row.kind === 'kickoff' ? 'Untitled kick-off' : 'Untitled retro');
}

/** "Decide on the CRM vendor": a title that already says to decide is kept, anything else is prefixed. */
export function decideLabel(row: RitualRow): string {
  const title = rowTitle(row);
  return /^(decide|choose|settle|agree|vote|make a (call|decision)|which|what)\b/i.test(title) ? title : `Decide: ${title}`;
}

/**
 * Open proposals whose window has closed by `now`, oldest close first, each with the phrase the popup
 * shows: "Decide on the CRM vendor — the review closed yesterday" (days in `zone`'s calendar).
 */
export function overdueDecisions(rows: RitualRow[], now: number, zone: string): { row: RitualRow; text: string }[] {
  return rows
    .filter((r) => r.kind === 'decision' && r.status === 'open' && r.closesAt !== undefined && r.closesAt <= now)
    .sort((a, b) => a.closesAt! - b.closesAt!)
    .map((row) => ({ row, text: `${decideLabel(row)} — ${closedPhrase(row.closesAt!, now, zone)}` }));
}

/** Case-insensitive search over a decision's title, context, options, decision and link. */
export function matchesQuery(row: RitualRow, query: string): boolean {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return true;
  const d = row.draft;
  const fields = [d.title, row.decision ?? '', row.link ?? '', row.status];
  if (d.kind === 'decision') fields.push(d.context, d.recommendation, d.decider, ...d.options.flatMap((o) => [o.name, o.tradeoffs]));
  return fields.some((f) => f.toLocaleLowerCase().includes(q));
}

function isoDate(ms: number, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
  return parts;
}

/** The decision log as Markdown: one section per decision, newest first; dates as YYYY-MM-DD in `zone`. */
export function decisionLogMarkdown(rows: RitualRow[], zone: string): string {
  const decisions = rows.filter((r) => r.kind === 'decision').sort((a, b) => b.createdAt - a.createdAt);
  const out = ['# Decision log', ''];
  if (decisions.length === 0) out.push('No decisions recorded yet.');
  for (const row of decisions) {
    const d = row.draft;
    out.push(`## ${rowTitle(row)}`, '', `- Status: ${row.status}`, `- Proposed: ${isoDate(row.createdAt, zone)}`);
    if (row.closesAt !== undefined) out.push(`- Review closed: ${isoDate(row.closesAt, zone)}`);
    if (row.decision?.trim()) out.push(`- Decision: ${row.decision.trim()}`);
    if (row.decidedAt !== undefined) out.push(`- Decided: ${isoDate(row.decidedAt, zone)}`);
    if (d.kind === 'decision' && d.decider.trim()) out.push(`- Decided by: ${d.decider.trim()}`);
    if (row.link?.trim()) out.push(`- Posted: ${row.link.trim()}`);
    if (row.supersededBy !== undefined) out.push(`- Superseded by: #${row.supersededBy}`);
    if (d.kind === 'decision' && d.context.trim()) out.push('', d.context.trim());
    out.push('');
  }
  return out.join('\n').trimEnd() + '\n';
}

const KINDS = new Set(['decision', 'kickoff', 'retro']);
const STATUSES = new Set<string>([...DECISION_STATUSES, 'closed']);

/**
 * Why an imported row cannot be a ritual row, or undefined when it can. Checks the shape the app
 * relies on (kind, status, draft with a title and readers, numeric times), not every field.
 */
export function ritualRowProblem(row: Record<string, unknown>): string | undefined {
  if (!KINDS.has(row.kind as string)) return 'has no valid "kind" (decision, kickoff or retro)';
  if (!STATUSES.has(row.status as string)) return 'has no valid "status"';
  const draft = row.draft as Record<string, unknown> | undefined;
  if (typeof draft !== 'object' || draft === null || Array.isArray(draft)) return 'has no "draft"';
  if (draft.kind !== row.kind) return 'has a "draft" of another kind';
  if (typeof draft.title !== 'string' || !Array.isArray(draft.readers)) return 'has a "draft" without a title or readers';
  for (const key of ['createdAt', 'updatedAt']) if (typeof row[key] !== 'number' || !Number.isFinite(row[key])) return `has no numeric "${key}"`;
  for (const key of ['opensAt', 'closesAt', 'decidedAt']) if (row[key] !== undefined && (typeof row[key] !== 'number' || !Number.isFinite(row[key]))) return `has a "${key}" that is not a number`;
  return undefined;
}
