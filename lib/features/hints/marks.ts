/**
 * Marks: the findings and deadlines of one analysis, tied to live DOM Ranges over the words they
 * name. A Range moves with the text around it; a mark whose words changed is dropped at once, so a
 * stale mark never points at the wrong words while the next analysis is pending.
 */
import type { Finding } from '@/lib/analysis/types';
import { rangeAt, type TextMap } from '@/lib/editing';
import { ruleKind } from '@/lib/analysis/rule-names';
import type { Analysis, Deadline } from './contract';
import type { HighlightKind } from './highlights';

export interface Mark {
  /** Stable across re-analyses of the same words: keeps the open card open while the user types. */
  key: string;
  kind: 'finding' | 'deadline';
  start: number;
  end: number;
  text: string;
  /** Null in a <textarea>, which has no DOM to range over (an overlay draws those). */
  range: Range | null;
  finding?: Finding;
  deadline?: Deadline;
}

export interface MarkFilter {
  disabledRules: ReadonlySet<string>;
  /** "ignore here": `${rule}:${text}` keys the user dismissed in this composer. */
  ignored: ReadonlySet<string>;
}

export function ignoreKey(mark: Pick<Mark, 'kind' | 'finding' | 'text'>): string {
  return `${mark.finding?.rule ?? 'deadline'}:${mark.text.toLowerCase()}`;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Ranges over the editor's own text by default; a textarea's marks range over its mirror. */
export type RangeFor = (start: number, end: number) => Range | null;

/** The rules whose findings are about a deadline's words: their card shows the deadline's chip. */
const ABOUT_A_DEADLINE = new Set(['vague-deadline', 'deadline-warning']);

export function buildMarks(analysis: Analysis, map: TextMap, filter: MarkFilter, rangeFor: RangeFor = (s, e) => rangeAt(map, s, e)): Mark[] {
  const marks: Mark[] = [];
  const usedDeadlines = new Set<Deadline>();
  for (const finding of analysis.findings) {
    // Only a finding about a deadline carries it in its card; a deadline inside a sentence another
    // rule flags ("Should we move the launch to Tuesday?") keeps its own mark and chip.
    const deadline = ABOUT_A_DEADLINE.has(finding.rule) ? analysis.deadlines.find((d) => overlaps(d, finding)) : undefined;
    // A deadline whose rule the user turned off is not marked on its own either.
    if (deadline) usedDeadlines.add(deadline);
    if (filter.disabledRules.has(finding.rule) || finding.end <= finding.start) continue;
    marks.push(makeMark('finding', finding.start, finding.end, map, rangeFor, finding, deadline));
  }
  for (const deadline of analysis.deadlines) {
    if (usedDeadlines.has(deadline) || deadline.end <= deadline.start) continue;
    marks.push(makeMark('deadline', deadline.start, deadline.end, map, rangeFor, undefined, deadline));
  }
  const seen = new Map<string, number>();
  return marks
    .filter((mark) => !filter.ignored.has(ignoreKey(mark)))
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((mark) => {
      // The nth "EOD" of a rule keeps its key while text is typed before it: an open card stays open.
      const base = `${mark.finding?.rule ?? 'deadline'}:${mark.text}`;
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      return { ...mark, key: `${base}#${n}` };
    });
}

function makeMark(kind: Mark['kind'], start: number, end: number, map: TextMap, rangeFor: RangeFor, finding?: Finding, deadline?: Deadline): Mark {
  const text = map.text.slice(start, end);
  return {
    key: '',
    kind,
    start,
    end,
    text,
    range: rangeFor(start, end),
    finding,
    deadline,
  };
}

/** The problems among the marks: what the count shows (deadlines stated in full are information, not counted). */
export function problemCount(marks: readonly Pick<Mark, 'kind'>[]): number {
  let n = 0;
  for (const mark of marks) if (mark.kind === 'finding') n++;
  return n;
}

/** Whether a mark still covers its words; Range.toString() reads a no-break space as such. */
export function isCurrent(mark: Mark): boolean {
  if (!mark.range) return true;
  return mark.range.toString().replace(/\u00a0/g, ' ') === mark.text;
}

/** The underline a mark gets: a deadline's own, else its rule's kind (lib/analysis/rule-names.ts). */
export function highlightKindOf(mark: Pick<Mark, 'kind' | 'finding'>): Exclude<HighlightKind, 'active'> {
  return mark.kind === 'deadline' || !mark.finding ? 'deadline' : ruleKind(mark.finding.rule);
}
