/**
 * The weekly update draft: four sections of lines; a prefilled line remembers where it came from.
 * Edits are operations applied to the draft as stored now, so two open popups editing different
 * lines never overwrite each other.
 */
import type { DraftItem, SectionId, WeeklyDraft } from '@/lib/storage/schema';

export type { DraftItem, DraftSource, SectionId, SourceKind, WeeklyDraft } from '@/lib/storage/schema';

export const SECTIONS: { id: SectionId; title: string; optional?: boolean }[] = [
  { id: 'progress', title: 'Progress' },
  { id: 'blockers', title: 'Blockers' },
  { id: 'next', title: "Next week's priorities" },
  { id: 'decisions', title: 'Decisions needed', optional: true },
  { id: 'made', title: 'Decisions made', optional: true },
];

export type DraftEdit =
  | { type: 'set'; section: SectionId; itemId: string; text: string }
  | { type: 'add'; section: SectionId; itemId: string; text: string }
  | { type: 'remove'; itemId: string };

export function emptySections(): Record<SectionId, DraftItem[]> {
  return { progress: [], blockers: [], next: [], decisions: [], made: [] };
}

export function applyEdit(draft: WeeklyDraft, edit: DraftEdit, now: number): WeeklyDraft {
  const sections = { ...draft.sections };
  let dismissed = draft.dismissed;
  if (edit.type === 'remove') {
    for (const { id } of SECTIONS) {
      const item = sections[id].find((i) => i.id === edit.itemId);
      if (item?.source) dismissed = [...dismissed, item.id];
      sections[id] = sections[id].filter((i) => i.id !== edit.itemId);
    }
  } else if (edit.type === 'add') {
    if (!sections[edit.section].some((i) => i.id === edit.itemId)) {
      sections[edit.section] = [...sections[edit.section], { id: edit.itemId, text: edit.text }];
    }
  } else {
    const items = sections[edit.section];
    const found = items.some((i) => i.id === edit.itemId);
    sections[edit.section] = found
      ? items.map((i) => (i.id === edit.itemId ? { ...i, text: edit.text, edited: i.source ? true : i.edited } : i))
      : [...items, { id: edit.itemId, text: edit.text }];
  }
  return { ...draft, sections, dismissed, updatedAt: now };
}

/**
 * Reopening a draft: the user's own and edited lines stay; untouched prefilled lines follow their
 * record (new text, another section, or gone); new records are added unless dismissed.
 */
export function refreshDraft(draft: WeeklyDraft, prefill: Record<SectionId, DraftItem[]>, now: number): WeeklyDraft {
  const fresh = new Map<string, { section: SectionId; item: DraftItem }>();
  for (const { id } of SECTIONS) for (const item of prefill[id]) fresh.set(item.id, { section: id, item });
  const sections = emptySections();
  const placed = new Set<string>();
  for (const { id } of SECTIONS) {
    for (const item of draft.sections[id] ?? []) {
      if (!item.source || item.edited) {
        sections[id].push(item);
        placed.add(item.id);
        continue;
      }
      const next = fresh.get(item.id);
      if (next && next.section === id) {
        sections[id].push(next.item);
        placed.add(item.id);
      }
    }
  }
  for (const { id } of SECTIONS) {
    for (const item of prefill[id]) {
      if (!placed.has(item.id) && !draft.dismissed.includes(item.id)) sections[id].push(item);
    }
  }
  const changed = JSON.stringify(sections) !== JSON.stringify(draft.sections);
  return changed ? { ...draft, sections, updatedAt: now } : draft;
}

export function newDraft(week: string, prefill: Record<SectionId, DraftItem[]>, now: number): WeeklyDraft {
  return { week, schema: 2, createdAt: now, updatedAt: now, sections: prefill, dismissed: [] };
}
