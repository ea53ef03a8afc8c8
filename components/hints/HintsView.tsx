import { Card } from './Card';
import { Indicator } from './Indicator';
import type { CardActions, CardModel, Position } from './types';

export interface HintsViewProps {
  count: number;
  indicator: Position | null;
  card: { model: CardModel; position: Position; focusFirst: boolean } | null;
  actions: CardActions & { onOpenFirst(): void };
  shortcut: string;
}

/** Everything Handoff shows beside one composer: the count and, when open, one card. */
export function HintsView(props: HintsViewProps) {
  return (
    <>
      {props.indicator && props.count > 0 && (
        <Indicator count={props.count} position={props.indicator} onOpen={props.actions.onOpenFirst} shortcut={props.shortcut} />
      )}
      {props.card && <Card {...props.card} {...props.actions} />}
    </>
  );
}
