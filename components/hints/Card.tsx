import { useEffect, useRef, useState } from 'preact/hooks';
import { DeadlineChip } from './DeadlineChip';
import { FixButtons, RewriteDiff } from './FixButtons';
import { ZonePicker } from './ZonePicker';
import type { CardActions, CardModel, Position } from './types';

/** Buttons keep the editor focused (and its caret) when clicked with a mouse. */
const keepFocus = (e: MouseEvent) => e.preventDefault();

/**
 * One card on the page at a time, whichever composer it belongs to: the card that opens closes
 * the one open before (each composer has its own session; they share this module).
 */
let openCard: { close(): void } | null = null;

/** Focuses the card's primary control: its first fix (or a fix's answer field), else its first button or field. */
function focusFirstControl(card: HTMLElement | null): void {
  (card?.querySelector<HTMLElement>('[data-part="fix"], [data-part="ask-input"]') ?? card?.querySelector<HTMLElement>('button, input'))?.focus();
}

export function Card(props: { model: CardModel; position: Position; focusFirst: boolean } & CardActions) {
  const { model } = props;
  const root = useRef<HTMLDivElement>(null);
  const [showRewrite, setShowRewrite] = useState(false);
  const onClose = useRef(props.onClose);
  onClose.current = props.onClose;
  useEffect(() => {
    const me = { close: () => onClose.current() };
    const before = openCard;
    openCard = me;
    if (before) before.close();
    return () => {
      if (openCard === me) openCard = null;
    };
  }, []);
  useEffect(() => {
    // Opened from the keyboard: the primary fix takes focus, so Enter applies it (or, for a fix that
    // asks, its field, so the answer is typed and Enter inserts it).
    if (!props.focusFirst) return;
    focusFirstControl(root.current);
  }, [model.key, props.focusFirst]);

  // A zone picked in the card's "Where is …?": the picker (and the focused option) goes once the
  // answer is in, and focus would fall to the page; it moves to the card's first fix instead, so Esc
  // and Enter still work from the keyboard.
  const focusAfterAnswer = useRef(false);
  const pickZone = (zone: string) => {
    focusAfterAnswer.current = true;
    props.onPickZone(zone);
  };
  useEffect(() => {
    if (!focusAfterAnswer.current || model.zoneQuestion) return;
    focusAfterAnswer.current = false;
    focusFirstControl(root.current);
  }, [model.zoneQuestion]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.isComposing) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      props.onClose();
    } else if (e.key === 'Tab' && root.current) {
      // Tab and Shift+Tab go round the card's controls instead of leaving it for the page.
      const controls = [...root.current.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href]')].filter((c) => !c.hasAttribute('disabled'));
      const active = (root.current.getRootNode() as Document | ShadowRoot).activeElement as HTMLElement | null;
      const at = active ? controls.indexOf(active) : -1;
      const next = e.shiftKey ? (at <= 0 ? controls.length - 1 : at - 1) : at < 0 || at === controls.length - 1 ? 0 : at + 1;
      if (controls[next]) {
        e.preventDefault();
        e.stopPropagation();
        controls[next].focus();
      }
    }
  };
  return (
    <div
      ref={root}
      class={showRewrite && model.rewrite ? 'card rewriting' : 'card'}
      role="dialog"
      aria-label={`Handoff: ${model.title}`}
      data-part="card"
      data-key={model.key}
      // A click on the card's words puts the keyboard in the card (not on the page's body), so Esc closes it.
      tabIndex={-1}
      style={{ top: `${props.position.top}px`, left: `${props.position.left}px` }}
      onKeyDown={onKeyDown}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
    >
      <header>
        <strong class="title">{model.title}</strong>
        {model.total > 0 && (
          <>
            <span class="count">
              {model.index + 1}/{model.total}
            </span>
            <button type="button" class="icon" aria-label="Next hint" onMouseDown={keepFocus} onClick={props.onNext}>
              ›
            </button>
          </>
        )}
        <button type="button" class="icon" aria-label="Close" onMouseDown={keepFocus} onClick={props.onClose}>
          ×
        </button>
      </header>
      <p class="message" data-part="message">
        {model.message}
      </p>
      {model.quote && (
        <q class="quote" data-part="quote">
          {model.quote}
        </q>
      )}
      {model.deadline && <DeadlineChip model={model.deadline} />}
      {model.reading && (
        <div class="reading" data-part="reading">
          <p>{model.reading.said}</p>
          {model.reading.others.map((other) => (
            <button type="button" class="link" key={other.zone} data-part="other-reading" onMouseDown={keepFocus} onClick={() => props.onChooseReading(other.abbreviation, other.zone)}>
              {other.label} instead
            </button>
          ))}
        </div>
      )}
      {model.zoneQuestion && (
        <ZonePicker key={model.zoneQuestion.who} model={model.zoneQuestion} onPick={pickZone} onDismiss={props.onDismissZone} />
      )}
      {model.saved && (
        <p class="zone-saved" role="status" data-part="zone-saved">
          {model.saved}
        </p>
      )}
      {model.fixes.length > 0 && <FixButtons fixes={model.fixes} onApply={props.onApply} onReadAnswer={props.onReadAnswer} />}
      {model.proposal && (
        <button type="button" class="fix" data-part="draft-proposal" onMouseDown={keepFocus} onClick={props.onDraftProposal}>
          Draft a decision proposal
        </button>
      )}
      {model.notice && (
        <p class="notice" role="status">
          {model.notice}
        </p>
      )}
      {model.rewrite && (
        <div class="rewrite">
          <button type="button" class="link" onMouseDown={keepFocus} onClick={() => setShowRewrite(!showRewrite)}>
            {showRewrite ? 'Hide the rewrite' : 'Rewrite the whole message…'}
          </button>
          {showRewrite && (
            <>
              <RewriteDiff diff={model.rewrite.diff} />
              {model.rewrite.warning && (
                <p class="rewrite-warning" data-part="rewrite-warning">
                  {model.rewrite.warning}
                </p>
              )}
              <button type="button" class="fix" data-part="apply-rewrite" onMouseDown={keepFocus} onClick={props.onApplyRewrite}>
                Replace my message with this
              </button>
            </>
          )}
        </div>
      )}
      <footer>
        {model.total > 0 && (
          <button type="button" class="link" data-part="ignore" onMouseDown={keepFocus} onClick={props.onIgnore}>
            Ignore here
          </button>
        )}
        {model.rule && (
          <button
            type="button"
            class="link"
            data-part="disable-rule"
            title={model.ruleName ? `Stop showing “${model.ruleName}” hints (you can undo this)` : undefined}
            onMouseDown={keepFocus}
            onClick={props.onDisableRule}
          >
            Turn this rule off
          </button>
        )}
      </footer>
    </div>
  );
}
