/**
 * One editor kind as the hints session sees it. Each kind (a contenteditable, a <textarea>, a canvas
 * body such as the Google Docs document) lives in its own file behind this interface, so a change to
 * how one kind is read, drawn or edited touches one file. Offsets are UTF-16 units of the text `read`
 * returned; boxes are viewport (client) rectangles in CSS px.
 */
import type { CanvasUnavailable } from '@/lib/hosts/types';
import type { Replacement, ReplaceResult, TextMap } from '@/lib/editing';
import type { HighlightKind } from '../highlights';
import type { RangeFor } from '../marks';
import type { Box } from '../position';
import type { LiveSpan } from '../apply';

export interface EditorSurface {
  /** The text as it is now with its offsets; null when it cannot be read (a canvas the page did not share). */
  read(): Promise<TextMap | null>;
  /** True when a read goes through the page (slow): the session starts one on every change. */
  readonly readsThroughPage: boolean;
  /** Brings any copy of the text up to date at once, when that can be done (a textarea's mirror). */
  sync(): void;
  /** Live Ranges over the text of `map`, for the marks; they move with the text as it is edited. */
  rangeFor(map: TextMap): RangeFor;
  /** Where a mark's Range starts in `map` now and which words it covers; null when it cannot be found. */
  live(map: TextMap, range: Range): LiveSpan;
  /** Viewport boxes where the words of `range` are drawn now (empty when out of sight). */
  boxes(range: Range): DOMRect[];
  /** The box a card is anchored to for `range`; undefined when it has none. */
  anchor(range: Range): Box | undefined;
  /** Draws these marks from now on; `count` is how many marks there are in all. */
  paint(ranges: Record<HighlightKind, Range[]>, count: number): void;
  /** Lays what it draws over the editor again (after a scroll, a resize, new marks). */
  place(): void;
  /** Brings the words of `range` into view. */
  scrollTo(range: Range): void;
  /** Replaces [start, end) through the editor's own editing path, so the host's Ctrl+Z undoes it. */
  replace(change: Replacement): Promise<ReplaceResult>;
  /** Gives the keyboard back to the editor. */
  focus(): void;
  /** A second place the user's keys go (the Docs text-event frame); null when there is none. */
  readonly keyTarget: Document | null;
  /** Whether the marked words scroll inside the editor's own box (so outside that box is out of sight). */
  readonly scrollsInEditor: boolean;
  /** Whether a whole-message rewrite fits (a document body is not a message). */
  readonly wholeRewrite: boolean;
  /**
   * Whether the text carries formatting that a whole-message rewrite, which writes plain text,
   * would drop (links, bold, lists, images); the card says so before the user replaces anything.
   */
  formatted(): boolean;
  /** Why the text cannot be read right now, once that is worth saying; null when it can. */
  unavailable(): CanvasUnavailable | null;
  /** Removes everything it drew; it does nothing afterwards. */
  dispose(): void;
}

/** What a surface tells its session. */
export interface SurfaceHooks {
  /** Read again (a canvas that was not readable retries). */
  retry(): void;
  /** `unavailable()` changed. */
  unavailableChanged(): void;
}
