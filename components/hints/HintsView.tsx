import { useEffect, useRef, useState } from 'preact/hooks';
import { Card } from './Card';
import { Indicator } from './Indicator';
import { Unavailable } from './Unavailable';
import type { CardActions, CardModel, Position } from './types';

export interface HintsViewProps {
  count: number;
  /** Each mark in words ("“the report”: Which report?"), in text order: the marks' text equivalent. */
  labels?: string[];
  indicator: Position | null;
  card: { model: CardModel; position: Position; focusFirst: boolean } | null;
  actions: CardActions & { onOpenFirst(): void; onExplainUnavailable(): void };
  shortcut: string;
  /** Why the text cannot be read (a Docs body the page does not expose); null when it can. */
  unavailable: string | null;
  /** Which part of a very long text was checked, when not all of it was; shown under the count. */
  partial?: string | null;
}

/** How long "… is off. Undo" stays (ms) unless another card opens first. */
const UNDO_MS = 12_000;

/** "2 Handoff hints" */
export function hintsCount(count: number): string {
  return `${count} Handoff ${count === 1 ? 'hint' : 'hints'}`;
}

/** Everything Handoff shows beside one composer: the count and, when open, one card. */
export function HintsView(props: HintsViewProps) {
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef(0);
  const [undo, setUndo] = useState<{ rule: string; name: string; position: Position } | null>(null);

  // New hints are announced, politely, with the count (not on every keystroke: only when it grows).
  // Fewer hints empty the region without a word: a count left in it would be read later, stale.
  useEffect(() => {
    if (props.count > previous.current) {
      const text = `${hintsCount(props.count)}. Press ${props.shortcut} to read them.`;
      // The same words twice would not be read again: a no-break space makes them new.
      setAnnouncement((now) => (now === text ? `${text}\u00a0` : text));
    } else if (props.count < previous.current) {
      setAnnouncement('');
    }
    previous.current = props.count;
  }, [props.count, props.shortcut]);

  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [undo]);
  const cardKey = props.card?.model.key;
  useEffect(() => {
    if (cardKey) setUndo(null);
  }, [cardKey]);

  const actions: typeof props.actions = {
    ...props.actions,
    // The card closes when its rule goes off; "Undo" appears where it was.
    onDisableRule: (e?: unknown) => {
      const model = props.card?.model;
      const shown = ((e as Event | undefined)?.target as Element | null)?.closest?.('.card')?.getBoundingClientRect();
      const position = shown ? { top: shown.top, left: shown.left } : props.card?.position;
      if (model?.rule && position) setUndo({ rule: model.rule, name: model.ruleName ?? model.rule, position });
      props.actions.onDisableRule();
    },
  };

  return (
    <>
      <div class="sr-only" role="status" aria-live="polite" data-part="announcer">
        {announcement}
      </div>
      {props.labels && props.labels.length > 0 && (
        <ul class="sr-only" aria-label="Handoff hints in this message" data-part="mark-labels">
          {props.labels.map((label, i) => (
            <li key={`${i}:${label}`}>{label}</li>
          ))}
        </ul>
      )}
      {props.indicator && props.count > 0 && (
        <Indicator count={props.count} position={props.indicator} onOpen={props.actions.onOpenFirst} shortcut={props.shortcut} />
      )}
      {props.indicator && props.partial && (
        <p class="partial" role="note" data-part="partial" style={{ top: `${props.indicator.top + 26}px`, left: `${props.indicator.left}px` }}>
          {props.partial}
        </p>
      )}
      {props.indicator && props.unavailable && (
        <Unavailable message={props.unavailable} position={props.indicator} onOpen={props.actions.onExplainUnavailable} />
      )}
      {props.card && <Card {...props.card} {...actions} />}
      {undo && !props.card && (
        <div class="toast" role="status" data-part="rule-off" style={{ top: `${undo.position.top}px`, left: `${undo.position.left}px` }}>
          <span>“{undo.name}” is off everywhere.</span>
          <button
            type="button"
            class="link"
            data-part="undo-rule-off"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              setUndo(null);
              props.actions.onEnableRule(undo.rule);
            }}
          >
            Undo
          </button>
          <button type="button" class="link" aria-label="Dismiss" onMouseDown={(e) => e.preventDefault()} onClick={() => setUndo(null)}>
            ×
          </button>
        </div>
      )}
    </>
  );
}
