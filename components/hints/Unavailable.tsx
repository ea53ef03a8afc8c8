import type { Position } from './types';

/** Beside a document body Handoff cannot read: says so, and explains on click. */
export function Unavailable(props: { message: string; position: Position; onOpen(): void }) {
  return (
    <button
      type="button"
      class="indicator unavailable"
      data-part="unavailable"
      aria-label={`Handoff: ${props.message}`}
      title={props.message}
      style={{ top: `${props.position.top}px`, left: `${props.position.left}px` }}
      onMouseDown={(e) => e.preventDefault()}
      onClick={props.onOpen}
    >
      Document body not available
    </button>
  );
}
