/**
 * Pointer and keyboard for one composer's hints: hovering a mark opens its card (and leaving closes
 * a hover-opened card after a moment), Alt+Shift+J cycles through the marks, Escape closes the card.
 * While an input method composes (Japanese, Chinese, Korean, dead-key accents) the keys are the
 * IME's: the shortcut does nothing, and the text is analysed once the composition ends.
 * Only the user's own keys and pointer count: a page script's synthetic events (isTrusted false)
 * open, cycle and close nothing (issue 16).
 */
import { guard } from '@/lib/log';
import type { Mark } from './marks';
import type { OpenCard } from './open-card';
import { isCycleShortcut } from './shortcut';

export type OpenVia = 'hover' | 'keyboard' | 'click';
const HOVER_CLOSE_MS = 300;

/** What the input needs of its session. */
export interface InputTarget {
  marks(): readonly Mark[];
  /** Which card is open; the input opens, cycles and closes it. */
  readonly card: Pick<OpenCard, 'via' | 'key' | 'showing' | 'openMark' | 'cycle' | 'close'>;
  boxes(mark: Mark): DOMRect[];
  focusIsInCard(): boolean;
  /** Gives the keyboard back to the editor. */
  focusEditor(): void;
  disposed(): boolean;
}

export class HintsInput {
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private hoverFrame = 0;
  private pointer: { x: number; y: number } | null = null;
  /** True between compositionstart and compositionend in the editor (or Docs' text-event frame). */
  composing = false;

  constructor(private readonly target: InputTarget) {}

  onKeyDown(e: KeyboardEvent): void {
    // keyCode 229 is how Chromium marks a key the IME is processing (UI Events, "keyCode" legacy).
    if (!e.isTrusted || this.composing || e.isComposing || e.keyCode === 229) return;
    if (isCycleShortcut(e)) {
      e.preventDefault();
      e.stopPropagation();
      this.target.card.cycle(1, 'keyboard', true);
    } else if (e.key === 'Escape' && this.target.card.showing()) {
      e.preventDefault();
      e.stopPropagation();
      this.target.card.close(false);
    }
  }

  /**
   * Esc pressed with the keyboard nowhere in particular (the page's body: the user clicked a blank
   * spot, then the count): the open card closes and the keyboard goes back to the editor.
   */
  onStrayKeyDown(e: KeyboardEvent): void {
    if (!e.isTrusted || e.isComposing || e.key !== 'Escape' || !this.target.card.showing()) return;
    e.preventDefault();
    e.stopPropagation();
    this.target.card.close(false);
    this.target.focusEditor();
  }

  /**
   * A press anywhere on the page but our own UI (the card, the count) closes the open card, however it
   * was opened (the count's card stayed open before); a press on a marked word leaves the hover to it.
   * The keyboard goes where the press puts it: into the editor when it is there.
   */
  onPointerDownOutside(e: PointerEvent): void {
    if (!e.isTrusted || !this.target.card.showing()) return;
    if (this.markAt(e.clientX, e.clientY)) return;
    this.cancelHoverClose();
    this.target.card.close(false);
  }

  onPointerMove(e: MouseEvent): void {
    if (!e.isTrusted) return;
    this.pointer = { x: e.clientX, y: e.clientY };
    if (this.hoverFrame || this.target.marks().length === 0) return;
    this.hoverFrame = requestAnimationFrame(guard('hints: hover', () => {
      this.hoverFrame = 0;
      if (!this.pointer || this.target.disposed()) return;
      const mark = this.markAt(this.pointer.x, this.pointer.y);
      if (mark) {
        this.cancelHoverClose();
        if (this.target.card.key !== mark.key) this.target.card.openMark(mark, 'hover', false);
      } else if (this.target.card.via === 'hover') {
        this.scheduleHoverClose();
      }
    }));
  }

  private markAt(x: number, y: number): Mark | undefined {
    return this.target.marks().find((mark) =>
      this.target.boxes(mark).some((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1),
    );
  }

  /** A card opened by hovering closes a moment after the pointer left it and its mark. */
  scheduleHoverClose(): void {
    if (this.target.card.via !== 'hover') return;
    clearTimeout(this.hoverTimer);
    this.hoverTimer = setTimeout(guard('hints: hover-close', () => {
      if (this.target.card.via === 'hover' && !this.pointerInCard && !this.target.focusIsInCard()) this.target.card.close(false);
    }), HOVER_CLOSE_MS);
  }

  cancelHoverClose(): void {
    clearTimeout(this.hoverTimer);
  }

  /**
   * The pointer is over the card. Kept as state, not only as a cancelled timer: moving from the
   * editor onto the card fires the card's pointerenter before the editor's mouseleave (pointer
   * events come first), and that mouseleave schedules a close the pointer on the card must outlast.
   */
  private pointerInCard = false;

  /** A card is opening (under the pointer's mark, or from the keyboard): the pointer is not on it yet. */
  cardOpening(): void {
    this.pointerInCard = false;
    this.cancelHoverClose();
  }

  enterCard(): void {
    this.pointerInCard = true;
    this.cancelHoverClose();
  }

  leaveCard(): void {
    this.pointerInCard = false;
    this.scheduleHoverClose();
  }

  dispose(): void {
    clearTimeout(this.hoverTimer);
    cancelAnimationFrame(this.hoverFrame);
  }
}

/** What the session does when the page tells it something. */
export interface PageEvents {
  /** The text may have changed. */
  changed(): void;
  /** Something moved: lay the marks and the card over the editor again. */
  moved(): void;
  /** False once the session is gone or orphaned: the event is ignored. */
  alive(): boolean;
}

/**
 * Wires one composer's page events, each guarded and tied to `signal`: typing (into the editor and,
 * for a canvas body, the page's text-event frame), keys, the pointer, scrolls, resizes, and text that
 * changes without an input event (the host re-renders, a draft loads, a send clears it).
 */
export function listen(
  editor: HTMLElement,
  keyTarget: Document | null,
  shadow: ShadowRoot,
  signal: AbortSignal,
  input: HintsInput,
  page: PageEvents,
): void {
  const on = <E extends Event>(target: EventTarget, type: string, fn: (e: E) => void, options: AddEventListenerOptions = {}) =>
    target.addEventListener(type, guard(`hints: ${type}`, (e: Event) => (page.alive() ? fn(e as E) : undefined)), { ...options, signal });
  for (const keys of [editor, keyTarget]) {
    if (!keys) continue;
    on(keys, 'input', () => page.changed());
    on<KeyboardEvent>(keys, 'keydown', (e) => input.onKeyDown(e), { capture: true });
    on(keys, 'compositionstart', () => (input.composing = true), { capture: true });
    on(keys, 'compositionend', () => ((input.composing = false), page.changed()), { capture: true });
  }
  on<KeyboardEvent>(shadow, 'keydown', (e) => input.onKeyDown(e));
  const doc = editor.ownerDocument;
  // Esc with the keyboard on the page's body (not in one of the page's own fields).
  on<KeyboardEvent>(doc, 'keydown', (e) => (e.target === doc.body || e.target === doc.documentElement) && input.onStrayKeyDown(e));
  // A press outside our UI (the card and the count live in `shadow`) closes the card.
  on<PointerEvent>(doc, 'pointerdown', (e) => !e.composedPath().includes(shadow.host) && input.onPointerDownOutside(e), { capture: true, passive: true });
  on<MouseEvent>(editor, 'mousemove', (e) => input.onPointerMove(e), { passive: true });
  on(editor, 'mouseleave', () => input.scheduleHoverClose());
  on(window, 'scroll', () => page.moved(), { capture: true, passive: true });
  on(window, 'resize', () => page.moved(), { passive: true });

  const mutations = new MutationObserver(guard('hints: mutations', () => page.alive() && page.changed()));
  mutations.observe(editor, { characterData: true, childList: true, subtree: true });
  const resize = new ResizeObserver(guard('hints: resize', () => page.moved()));
  resize.observe(editor);
  signal.addEventListener('abort', () => {
    mutations.disconnect();
    resize.disconnect();
  });
}
