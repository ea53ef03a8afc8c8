import type { Position } from './types';

export function Indicator(props: { count: number; position: Position; onOpen(): void; shortcut: string }) {
  const label = `${props.count} Handoff ${props.count === 1 ? 'hint' : 'hints'} (${props.shortcut})`;
  return (
    <button
      type="button"
      class="indicator"
      data-part="indicator"
      data-count={props.count}
      aria-label={label}
      title={label}
      style={{ top: `${props.position.top}px`, left: `${props.position.left}px` }}
      onMouseDown={(e) => e.preventDefault()}
      onClick={props.onOpen}
    >
      {props.count}
    </button>
  );
}
