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

function isV2(row: object): row is WeeklyDraftV2 {
  return (row as { schema?: unknown }).schema === 2 && typeof (row as { sections?: unknown }).sections === 'object';
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
