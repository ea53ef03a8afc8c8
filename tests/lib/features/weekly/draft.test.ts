import { describe, expect, it } from 'vitest';
import { applyEdit, emptySections, newDraft, refreshDraft, type DraftItem, type SectionId } from '@/lib/features/weekly/draft';

const win = (id: number, text: string): DraftItem => ({ id: `win:${id}`, text, source: { kind: 'win', label: 'Win logged Mon' } });
const prefill = (parts: Partial<Record<SectionId, DraftItem[]>>) => ({ ...emptySections(), ...parts });

describe('editing a weekly draft', () => {
  const base = newDraft('2026-W48', prefill({ progress: [win(1, 'Shipped search')] }), 1);

  it('applies each edit to the draft as stored, so edits of different lines both survive', () => {
    const fromPopupA = applyEdit(base, { type: 'add', section: 'blockers', itemId: 'a', text: 'Waiting on legal' }, 2);
    const thenPopupB = applyEdit(fromPopupA, { type: 'set', section: 'progress', itemId: 'win:1', text: 'Shipped search v2' }, 3);
    expect(thenPopupB.sections.blockers.map((i) => i.text)).toEqual(['Waiting on legal']);
    expect(thenPopupB.sections.progress[0]).toMatchObject({ text: 'Shipped search v2', edited: true });
    expect(thenPopupB.updatedAt).toBe(3);
  });

  it('remembers a removed prefilled line so reopening does not bring it back', () => {
    const removed = applyEdit(base, { type: 'remove', itemId: 'win:1' }, 2);
    expect(removed.sections.progress).toEqual([]);
    expect(removed.dismissed).toEqual(['win:1']);
    const reopened = refreshDraft(removed, prefill({ progress: [win(1, 'Shipped search'), win(2, 'Hired Ana')] }), 3);
    expect(reopened.sections.progress.map((i) => i.id)).toEqual(['win:2']);
  });

  it('keeps the user’s own and edited lines, and lets untouched lines follow their record', () => {
    let draft = applyEdit(base, { type: 'add', section: 'next', itemId: 'mine', text: 'Plan Q1' }, 2);
    draft = applyEdit(draft, { type: 'set', section: 'progress', itemId: 'win:1', text: 'Shipped search (for real)' }, 3);
    draft = refreshDraft(
      { ...draft, sections: { ...draft.sections, next: [...draft.sections.next, { id: 'commitment:4', text: 'Send deck', source: { kind: 'commitment', label: 'x' } }] } },
      prefill({
        progress: [win(1, 'Shipped search'), { id: 'commitment:4', text: 'Done: Send deck', source: { kind: 'commitment', label: 'done' } }],
      }),
      4,
    );
    expect(draft.sections.progress.map((i) => i.text)).toEqual(['Shipped search (for real)', 'Done: Send deck']);
    expect(draft.sections.next.map((i) => i.text)).toEqual(['Plan Q1']);
  });

  it('leaves an unchanged draft untouched', () => {
    expect(refreshDraft(base, prefill({ progress: [win(1, 'Shipped search')] }), 9)).toBe(base);
  });
});
