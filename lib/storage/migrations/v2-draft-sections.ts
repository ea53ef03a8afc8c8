/**
 * Version 2 reshapes weekly drafts. Version 1 kept each section as one block of text
 * (`{ week, updatedAt, progress, blockers, next, decisions }`); version 2 keeps lines, so each
 * prefilled line can say where it came from and be removed on its own.
 */
import { emptySections, type WeeklyDraft } from '@/lib/weekly/draft';

export interface WeeklyDraftV1 {
  week: string;
  updatedAt?: number;
  createdAt?: number;
  progress?: string;
  blockers?: string;
  next?: string;
  decisions?: string;
}

function isV2(row: object): row is WeeklyDraft {
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

export function upgradeDraftToV2(row: WeeklyDraftV1 | WeeklyDraft): WeeklyDraft {
  if (isV2(row)) return row;
  const v1 = row as WeeklyDraftV1;
  const sections = emptySections();
  // Frozen: the sections version 1 had, whatever sections later versions add.
  for (const id of ['progress', 'blockers', 'next', 'decisions'] as const) {
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
