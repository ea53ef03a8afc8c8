// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { HintsInput } from '@/lib/features/hints/input';

function make() {
  const card = { via: null, key: null, showing: () => true, openMark: vi.fn(), cycle: vi.fn(), close: vi.fn() };
  const focusEditor = vi.fn();
  const boxes = (): DOMRect[] => [{ left: 10, right: 50, top: 10, bottom: 20 } as DOMRect];
  const target = { marks: () => [{ key: 'm' }] as never, card: card as never, boxes, focusIsInCard: () => false, focusEditor, disposed: () => false };
  return { input: new HintsInput(target), card, focusEditor };
}

/** A KeyboardEvent as the browser makes it for a real key (happy-dom's are untrusted, like a page's). */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

describe('the hints react to the user only (issue 16)', () => {
  const shortcut = () => new KeyboardEvent('keydown', { key: 'J', code: 'KeyJ', altKey: true, shiftKey: true, cancelable: true });

  it("a page's synthetic Alt+Shift+J or Escape does nothing", () => {
    const { input, card } = make();
    input.onKeyDown(shortcut());
    input.onKeyDown(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(card.cycle).not.toHaveBeenCalled();
    expect(card.close).not.toHaveBeenCalled();
  });

  it("the user's own Alt+Shift+J cycles and Escape closes", () => {
    const { input, card } = make();
    input.onKeyDown(trusted(shortcut()));
    input.onKeyDown(trusted(new KeyboardEvent('keydown', { key: 'Escape' })));
    expect(card.cycle).toHaveBeenCalledOnce();
    expect(card.close).toHaveBeenCalledOnce();
  });

  it('a synthetic pointer move is not a hover', () => {
    const raf = vi.spyOn(window, 'requestAnimationFrame');
    const { input } = make();
    input.onPointerMove(new MouseEvent('mousemove', { clientX: 5, clientY: 5 }));
    expect(raf).not.toHaveBeenCalled();
    input.onPointerMove(trusted(new MouseEvent('mousemove', { clientX: 5, clientY: 5 })));
    expect(raf).toHaveBeenCalledOnce();
    raf.mockRestore();
  });
});

describe('a card closes from anywhere on the page, however it was opened (the count\'s card too)', () => {
  const pointer = (x: number, y: number) => trusted(new PointerEvent('pointerdown', { clientX: x, clientY: y }));

  it('a press outside the card closes it; a press on a marked word leaves it to the hover', () => {
    const { input, card } = make();
    input.onPointerDownOutside(pointer(30, 15));
    expect(card.close).not.toHaveBeenCalled();
    input.onPointerDownOutside(pointer(400, 300));
    expect(card.close).toHaveBeenCalledWith(false);
  });

  it("a page's synthetic press closes nothing", () => {
    const { input, card } = make();
    input.onPointerDownOutside(new PointerEvent('pointerdown', { clientX: 400, clientY: 300 }));
    expect(card.close).not.toHaveBeenCalled();
  });

  it("Esc with the keyboard on the page's body closes the card and gives the keyboard to the editor", () => {
    const { input, card, focusEditor } = make();
    input.onStrayKeyDown(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(card.close).not.toHaveBeenCalled();
    input.onStrayKeyDown(trusted(new KeyboardEvent('keydown', { key: 'a' })));
    expect(card.close).not.toHaveBeenCalled();
    input.onStrayKeyDown(trusted(new KeyboardEvent('keydown', { key: 'Escape', cancelable: true })));
    expect(card.close).toHaveBeenCalledOnce();
    expect(focusEditor).toHaveBeenCalledOnce();
  });
});
