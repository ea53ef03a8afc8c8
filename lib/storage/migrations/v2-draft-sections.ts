/**
 * Version 2 reshapes weekly drafts. Version 1 kept each section as one block of text
 * (`{ week, updatedAt, progress, blockers, next, decisions }`); version 2 keeps lines, so each
 * prefilled line can say where it came from and be removed on its own.
 */

// ——— Frozen copies of the shapes this migration writes: version 2 as published. The live model
// (lib/features/weekly/draft.ts) may change in later versions; a migration to v2 must not. ———

/** A weekly draft as version 2 stores it. */
export interface WeeklyDraftV2 {
  week: string;
  schema: 2;
  createdAt: number;
  updatedAt: number;
  sections: Record<SectionIdV2, DraftItemV2[]>;
  dismissed: string[];
}

type SectionIdV2 = 'progress' | 'blockers' | 'next' | 'decisions';

interface DraftItemV2 {
  id: string;
  text: string;
  source?: { kind: 'win' | 'commitment' | 'ask' | 'blocker' | 'focus'; label: string };
  edited?: boolean;
}

/** The v2 sections, in order. */
const SECTIONS_V2: readonly SectionIdV2[] = ['progress', 'blockers', 'next', 'decisions'];

export interface WeeklyDraftV1 {
  week: string;
  updatedAt?: number;
  createdAt?: number;
  progress?: string;
  blockers?: string;
  next?: string;
  decisions?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isV2(row: object): row is WeeklyDraftV2 {
  const { schema, sections, dismissed } = row as { schema?: unknown; sections?: unknown; dismissed?: unknown };
  return schema === 2 && isRecord(sections) && SECTIONS_V2.every((id) => Array.isArray(sections[id])) && Array.isArray(dismissed);
}

/**
 * A row already marked `schema: 2` whose sections or dismissed list are missing or broken
 * (`sections: null`): the lines that are there are kept, the rest start empty.
 */
function repairV2(row: Record<string, unknown>): WeeklyDraftV2 {
  const stored = isRecord(row.sections) ? row.sections : {};
  const sections: WeeklyDraftV2['sections'] = { progress: [], blockers: [], next: [], decisions: [] };
  for (const id of SECTIONS_V2) {
    const lines = stored[id];
    if (Array.isArray(lines)) sections[id] = lines.filter((i): i is DraftItemV2 => isRecord(i) && typeof i.id === 'string' && typeof i.text === 'string');
  }
  const updatedAt = typeof row.updatedAt === 'number' ? row.updatedAt : 0;
  return {
    week: row.week as string,
    schema: 2,
    createdAt: typeof row.createdAt === 'number' ? row.createdAt : updatedAt,
    updatedAt,
    sections,
    dismissed: Array.isArray(row.dismissed) ? row.dismissed.filter((d): d is string => typeof d === 'string') : [],
  };
}

/** One text block → one line per non-empty line, bullets stripped. */
function linesOf(block: unknown): string[] {
  if (typeof block !== 'string') return [];
  return block
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim())
    .filter(Boolean);
}

export function upgradeDraftToV2(row: WeeklyDraftV1 | WeeklyDraftV2): WeeklyDraftV2 {
  if (isV2(row)) return row;
  if ((row as { schema?: unknown }).schema === 2) return repairV2(row as unknown as Record<string, unknown>);
  const v1 = row as WeeklyDraftV1;
  const sections: WeeklyDraftV2['sections'] = { progress: [], blockers: [], next: [], decisions: [] };
  for (const id of SECTIONS_V2) {
    sections[id] = linesOf(v1[id]).map((text, index) => ({ id: `v1:${id}:${index}`, text }));
  }
  const updatedAt = typeof v1.updatedAt === 'number' ? v1.updatedAt : 0;
  return {
    week: v1.week,
    schema: 2,
    createdAt: typeof v1.createdAt === 'number' ? v1.createdAt : updatedAt,
    updatedAt,
    sections,
    dismissed: [],
  };
}
