/**
 * What the hints show beside one composer, drawn with Preact into our shadow root: the count in the
 * editor's corner, the "not available" note, and the open card (or a notice) next to its mark.
 */
import { h, render } from 'preact';
import { HintsView, type HintsViewProps } from '@/components/hints/HintsView';
import type { CardModel, ZoneQuestionModel } from '@/components/hints/types';
import type { CanvasUnavailable } from '@/lib/hosts/types';
import { guard } from '@/lib/log';
import { cardFor, markLabel } from './cards';
import { problemCount, type Mark } from './marks';
import { cardPosition, indicatorPosition, placeCard, type Box } from './position';
import { SHORTCUT_LABEL } from './shortcut';
import type { EditorSurface } from './surfaces';
import { UNAVAILABLE_MESSAGE } from './unavailable';

const CARD_SIZE = { width: 320, height: 220 };
/** Marks put in words for screen readers: the first ones only (a 200 KB paste has thousands). */
const MAX_LABELS = 30;
type Viewport = { width: number; height: number };

export interface ViewState {
  marks: readonly Mark[];
  /** The mark whose card is open, and whether the card takes the keyboard. */
  open: { mark: Mark; focusFirst: boolean; saved?: string } | null;
  /** A message shown in the card's place when no mark's card is open. */
  notice: string | null;
  unavailable: CanvasUnavailable | null;
  /** Said when only the first part of a very long text was checked (chunks.ts); null otherwise. */
  partial?: string | null;
  rewrite: string | null;
  /** The message has formatting the rewrite (plain text) would drop. */
  formatted?: boolean;
  /** Said with the rewrite: the readers its stated time is outside the hours of. */
  rewriteNotes?: readonly string[];
  /** The text the marks and the rewrite were made from. */
  analysed?: string;
  /** How the readers' zones were chosen, for a deadline card. */
  basis?: string;
  question(mark: Mark): ZoneQuestionModel | undefined;
}

export class HintsPanel {
  /** The drawn card, watched: a card that grows after it was placed (a zone search lists cities) is placed again. */
  private watched: Element | null = null;
  private lastMark: Mark | undefined;
  private readonly resize = new ResizeObserver(guard('hints: card resize', () => this.fitCard(this.lastMark, { width: window.innerWidth, height: window.innerHeight })));

  constructor(
    private readonly container: HTMLElement,
    private readonly editor: HTMLElement,
    private readonly surface: EditorSurface,
    /** The open card's words went out of sight (the page or the editor scrolled): close it. */
    private readonly outOfSight: () => void,
  ) {}

  draw(state: ViewState, actions: HintsViewProps['actions']): void {
    this.surface.place();
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    // The count is of problems only (issue 11): a deadline stated in full is information, marked and
    // explained in its card, but not counted.
    const problems = problemCount(state.marks);
    const indicator = problems || state.unavailable ? indicatorPosition(this.editor.getBoundingClientRect(), viewport) : null;
    render(
      h(HintsView, {
        count: problems,
        labels: state.marks.slice(0, MAX_LABELS).map(markLabel),
        indicator,
        card: this.card(state, viewport),
        shortcut: SHORTCUT_LABEL,
        unavailable: state.unavailable && UNAVAILABLE_MESSAGE[state.unavailable],
        partial: (indicator && state.partial) || null,
        actions,
      }),
      this.container,
    );
    this.fitCard(state.open?.mark, viewport);
  }

  private card(state: ViewState, viewport: Viewport): HintsViewProps['card'] {
    if (!state.open) {
      if (!state.notice) return null;
      const model: CardModel = { key: 'notice', title: 'Handoff', message: state.notice, quote: '', fixes: [], index: 0, total: 0 };
      return { model, position: cardPosition(this.editor.getBoundingClientRect(), viewport, CARD_SIZE), focusFirst: false };
    }
    const { mark, focusFirst, saved } = state.open;
    const model = cardFor(mark, {
      index: state.marks.indexOf(mark),
      total: state.marks.length,
      rewrite: state.rewrite,
      formatted: state.formatted,
      rewriteNotes: state.rewriteNotes,
      analysed: state.analysed,
      zoneQuestion: state.question(mark),
      saved,
      basis: mark.deadline ? state.basis : undefined,
    });
    return { model, position: cardPosition(this.anchorOf(mark), viewport, CARD_SIZE), focusFirst };
  }

  /** Places the card again with its real size, once it is drawn; closes it when its words are out of sight. */
  private fitCard(mark: Mark | undefined, viewport: Viewport): void {
    const card = this.container.querySelector<HTMLElement>('.card');
    this.lastMark = mark;
    if (card !== this.watched) {
      if (this.watched) this.resize.unobserve(this.watched);
      if (card) this.resize.observe(card);
      this.watched = card;
    }
    if (!card) return;
    const anchor = mark ? this.anchorOf(mark) : this.editor.getBoundingClientRect();
    // Words scrolled out of a scrolling editor's box are out of sight too.
    const clip = mark && this.surface.scrollsInEditor ? this.editor.getBoundingClientRect() : undefined;
    if (!placeCard(card, anchor, viewport, clip)) this.outOfSight();
  }

  private anchorOf(mark: Mark): Box {
    const rect = mark.range ? this.surface.anchor(mark.range) : undefined;
    return rect && (rect.right - rect.left || rect.bottom - rect.top) ? rect : this.editor.getBoundingClientRect();
  }

  dispose(): void {
    this.resize.disconnect();
    render(null, this.container);
    this.container.remove();
  }
}
