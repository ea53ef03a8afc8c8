/**
 * Which card is open beside one composer, if any: a mark's card (opened by hover, keyboard or click)
 * or a notice in its place. The marks and the drawing belong to the session; this only decides.
 */
import type { OpenVia } from './input';
import type { Mark } from './marks';

export interface OpenCardHost {
  marks(): readonly Mark[];
  /** Redraws after the open card changed. */
  show(): void;
  /** Brings a mark's words into view before its card opens. */
  scrollTo(mark: Mark): void;
  /** Gives the keyboard back to the editor. */
  focusEditor(): void;
  focusIsInCard(): boolean;
  /** A card is opening: a pending hover-close is off. */
  opening(): void;
}

export class OpenCard {
  private open: { key: string; via: OpenVia; focusFirst: boolean; saved?: string } | null = null;
  /** Shown in the card's place when no mark's card is open. */
  notice: string | null = null;

  constructor(private readonly host: OpenCardHost) {}

  get via(): OpenVia | null {
    return this.open?.via ?? null;
  }

  get key(): string | null {
    return this.open?.key ?? null;
  }

  get focusFirst(): boolean {
    return this.open?.focusFirst ?? false;
  }

  /** What was saved from the open card ("Saved: Ana — Kolkata …"), said in it until another card opens. */
  get saved(): string | undefined {
    return this.open?.saved;
  }

  /** A zone was answered in the open card: it says so, and keeps the keyboard (see keepKeyboard). */
  confirm(saved: string): void {
    if (this.open) this.open = { ...this.open, focusFirst: true, saved };
  }

  /** The open mark, while it is still among the marks. */
  mark(): Mark | undefined {
    return this.open ? this.host.marks().find((m) => m.key === this.open!.key) : undefined;
  }

  /** Forgets an open card whose mark is gone. */
  prune(): void {
    if (this.open && !this.mark()) this.open = null;
  }

  showing(): boolean {
    return !!(this.open || this.notice);
  }

  openMark(mark: Mark, via: OpenVia, focusFirst: boolean): void {
    this.host.opening();
    this.notice = null;
    this.open = { key: mark.key, via, focusFirst };
    this.host.show();
  }

  /** The open card takes the keyboard at its next drawing (a zone answered in it: focus stays in the card). */
  keepKeyboard(): void {
    if (this.open) this.open = { ...this.open, focusFirst: true };
  }

  /** Shows `text` in the card's place (the mark's card closes). */
  say(text: string | null): void {
    this.open = null;
    this.notice = text;
    this.host.show();
  }

  close(returnFocus: boolean): void {
    const hadFocus = this.host.focusIsInCard();
    this.say(null);
    if (returnFocus && hadFocus) this.host.focusEditor();
  }

  /** Opens the next (step 1) or previous (step −1) mark's card, wrapping around. */
  cycle(step: number, via: OpenVia, focusFirst: boolean): void {
    const marks = this.host.marks();
    if (marks.length === 0) return;
    const current = this.open ? marks.findIndex((m) => m.key === this.open!.key) : -1;
    // From nothing open, the first problem (the count's first), not a deadline shown as information.
    const firstProblem = Math.max(0, marks.findIndex((m) => m.kind === 'finding'));
    const next = current < 0 ? (step > 0 ? firstProblem : marks.length - 1) : (current + step + marks.length) % marks.length;
    const mark = marks[next]!;
    this.host.scrollTo(mark);
    this.openMark(mark, via, focusFirst);
  }
}
