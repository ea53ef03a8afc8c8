/**
 * What the hints show beside one composer, drawn with Preact into our shadow root: the count in the
 * editor's corner, the "not available" note, and the open card (or a notice) next to its mark.
 */
import { h, render } from 'preact';
import { HintsView, type HintsViewProps } from '@/components/hints/HintsView';
import type { CardModel, Position, ZoneQuestionModel } from '@/components/hints/types';
import type { CanvasUnavailable } from '@/lib/hosts/types';
import { cardFor } from './cards';
import type { Mark } from './marks';
import { cardPosition, indicatorPosition, type Box } from './position';
import { SHORTCUT_LABEL } from './shortcut';
import type { EditorSurface } from './surfaces';
import { UNAVAILABLE_MESSAGE } from './unavailable';

const CARD_SIZE = { width: 320, height: 220 };
type Viewport = { width: number; height: number };

export interface ViewState {
  marks: readonly Mark[];
  /** The mark whose card is open, and whether the card takes the keyboard. */
  open: { mark: Mark; focusFirst: boolean } | null;
  /** A message shown in the card's place when no mark's card is open. */
  notice: string | null;
  unavailable: CanvasUnavailable | null;
  rewrite: string | null;
  /** How the readers' zones were chosen, for a deadline card. */
  basis?: string;
  question(mark: Mark): ZoneQuestionModel | undefined;
}

export class HintsPanel {
  constructor(
    private readonly container: HTMLElement,
    private readonly editor: HTMLElement,
    private readonly surface: EditorSurface,
  ) {}

  draw(state: ViewState, actions: HintsViewProps['actions']): void {
    this.surface.place();
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const indicator = state.marks.length || state.unavailable ? indicatorPosition(this.editor.getBoundingClientRect(), viewport) : null;
    render(
      h(HintsView, {
        count: state.marks.length,
        indicator,
        card: this.card(state, viewport),
        shortcut: SHORTCUT_LABEL,
        unavailable: state.unavailable && UNAVAILABLE_MESSAGE[state.unavailable],
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
    const { mark, focusFirst } = state.open;
    const model = cardFor(mark, {
      index: state.marks.indexOf(mark),
      total: state.marks.length,
      rewrite: state.rewrite,
      zoneQuestion: state.question(mark),
      basis: mark.deadline ? state.basis : undefined,
    });
    return { model, position: cardPosition(this.anchorOf(mark), viewport, CARD_SIZE), focusFirst };
  }

  /** Places the card again with its real size, once it is drawn. */
  private fitCard(mark: Mark | undefined, viewport: Viewport): void {
    const card = this.container.querySelector<HTMLElement>('.card');
    if (!card) return;
    const anchor = mark ? this.anchorOf(mark) : this.editor.getBoundingClientRect();
    const position: Position = cardPosition(anchor, viewport, { width: card.offsetWidth, height: card.offsetHeight });
    card.style.top = `${position.top}px`;
    card.style.left = `${position.left}px`;
  }

  private anchorOf(mark: Mark): Box {
    const rect = mark.range ? this.surface.anchor(mark.range) : undefined;
    return rect && (rect.right - rect.left || rect.bottom - rect.top) ? rect : this.editor.getBoundingClientRect();
  }

  dispose(): void {
    render(null, this.container);
    this.container.remove();
  }
}
