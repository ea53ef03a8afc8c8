import { Card } from './Card';
import { Indicator } from './Indicator';
import { Unavailable } from './Unavailable';
import type { CardActions, CardModel, Position } from './types';

export interface HintsViewProps {
  count: number;
  indicator: Position | null;
  card: { model: CardModel; position: Position; focusFirst: boolean } | null;
  actions: CardActions & { onOpenFirst(): void; onExplainUnavailable(): void };
  shortcut: string;
  /** Why the text cannot be read (a Docs body the page does not expose); null when it can. */
  unavailable: string | null;
}

/** Everything Handoff shows beside one composer: the count and, when open, one card. */
export function HintsView(props: HintsViewProps) {
  return (
    <>
      {props.indicator && props.count > 0 && (
        <Indicator count={props.count} position={props.indicator} onOpen={props.actions.onOpenFirst} shortcut={props.shortcut} />
      )}
      {props.indicator && props.unavailable && (
        <Unavailable message={props.unavailable} position={props.indicator} onOpen={props.actions.onExplainUnavailable} />
      )}
      {props.card && <Card {...props.card} {...props.actions} />}
    </>
  );
}
