import { describe, expect, it } from 'vitest';
import { OpenCard } from '@/lib/features/hints/open-card';
import type { Mark } from '@/lib/features/hints/marks';

const mark = (key: string, start: number): Mark => ({ key, kind: 'finding', start, end: start + 3, text: 'EOD', range: null });

function setup(initial: Mark[]) {
  let marks = initial;
  const log: string[] = [];
  let inCard = false;
  const card = new OpenCard({
    marks: () => marks,
    show: () => log.push(`show ${card.key ?? card.notice ?? '-'}`),
    scrollTo: (m) => log.push(`scroll ${m.key}`),
    focusEditor: () => log.push('focus editor'),
    focusIsInCard: () => inCard,
    opening: () => log.push('opening'),
  });
  return { card, log, setMarks: (m: Mark[]) => (marks = m), setInCard: (v: boolean) => (inCard = v) };
}

describe('the open card of one composer', () => {
  it('cycles through the marks in order and wraps around, scrolling each into view', () => {
    const { card, log } = setup([mark('a', 0), mark('b', 10), mark('c', 20)]);
    card.cycle(1, 'keyboard', true);
    expect(card.key).toBe('a');
    card.cycle(1, 'keyboard', true);
    card.cycle(1, 'keyboard', true);
    card.cycle(1, 'keyboard', true);
    expect(card.key).toBe('a');
    expect(card.via).toBe('keyboard');
    expect(card.focusFirst).toBe(true);
    expect(log.filter((l) => l.startsWith('scroll'))).toEqual(['scroll a', 'scroll b', 'scroll c', 'scroll a']);
    card.cycle(-1, 'click', false);
    expect(card.key).toBe('c');
  });

  it('opens the first problem first: a deadline before it is information, reached by going on', () => {
    const info: Mark = { ...mark('deadline', 0), kind: 'deadline' };
    const { card } = setup([info, mark('b', 10), mark('c', 20)]);
    card.cycle(1, 'click', false);
    expect(card.key).toBe('b');
    card.cycle(1, 'keyboard', true);
    card.cycle(1, 'keyboard', true);
    expect(card.key).toBe('deadline');
  });

  it('keeps the keyboard in a card opened by hover once a zone is answered in it; nothing when no card is open', () => {
    const { card } = setup([mark('a', 0)]);
    card.keepKeyboard();
    expect(card.focusFirst).toBe(false);
    card.openMark(mark('a', 0), 'hover', false);
    card.keepKeyboard();
    expect(card.focusFirst).toBe(true);
    expect(card.key).toBe('a');
  });

  it('does nothing without marks', () => {
    const { card, log } = setup([]);
    card.cycle(1, 'click', false);
    expect(card.key).toBeNull();
    expect(log).toEqual([]);
  });

  it('forgets a card whose mark went away', () => {
    const { card, setMarks } = setup([mark('a', 0)]);
    card.openMark(mark('a', 0), 'hover', false);
    expect(card.mark()?.key).toBe('a');
    setMarks([mark('b', 5)]);
    expect(card.mark()).toBeUndefined();
    card.prune();
    expect(card.key).toBeNull();
    expect(card.showing()).toBe(false);
  });

  it('shows a notice in the card’s place, and opening a mark drops it', () => {
    const { card } = setup([mark('a', 0)]);
    card.openMark(mark('a', 0), 'click', false);
    card.say('The text changed under this hint; it will update in a moment.');
    expect(card.key).toBeNull();
    expect(card.showing()).toBe(true);
    card.openMark(mark('a', 0), 'click', false);
    expect(card.notice).toBeNull();
  });

  it('gives the keyboard back to the editor on close only when the card had it', () => {
    const { card, log, setInCard } = setup([mark('a', 0)]);
    card.openMark(mark('a', 0), 'keyboard', true);
    card.close(true);
    expect(log).not.toContain('focus editor');
    card.openMark(mark('a', 0), 'keyboard', true);
    setInCard(true);
    card.close(true);
    expect(log).toContain('focus editor');
    expect(card.showing()).toBe(false);
  });
});

describe('what a card says once a zone is answered in it', () => {
  it('says what was saved and keeps the keyboard, until another card opens', () => {
    const { card } = setup([mark('a', 0), mark('b', 10)]);
    card.confirm('Saved: Ana — Kolkata (Asia/Kolkata). Change it in Options.');
    expect(card.saved).toBeUndefined();
    card.openMark(mark('a', 0), 'click', false);
    card.confirm('Saved: Ana — Kolkata (Asia/Kolkata). Change it in Options.');
    expect(card.saved).toBe('Saved: Ana — Kolkata (Asia/Kolkata). Change it in Options.');
    expect(card.focusFirst).toBe(true);
    card.cycle(1, 'click', false);
    expect(card.key).toBe('b');
    expect(card.saved).toBeUndefined();
  });
});
