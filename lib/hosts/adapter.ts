/**
 * What a host adapter (one file per site) tells the shared lifecycle: where the composers are on
 * the page right now, and which editors it passed over and why (Harper's getTextareaReasons).
 */
import type { HostId } from '@/lib/analysis/types';
import type { Composer, Surface } from './types';
import { browserLayout, reasonsToSkip, type Layout, type SkipReason } from './skip-reasons';

/** A composer as the adapter finds it: the Composer before the lifecycle mounts our UI beside it. */
export type FoundComposer = Pick<Composer, 'editor' | 'root' | 'surface' | 'recipients' | 'conversationId' | 'canvasText' | 'notProse'>;

export interface SkippedEditor {
  editor: HTMLElement;
  surface: Surface;
  reasons: SkipReason[];
}

export interface Discovery {
  found: FoundComposer[];
  skipped: SkippedEditor[];
}

export interface HostAdapter {
  id: HostId;
  /** Every composer under `root`; `layout` is injectable so tests without a layout engine can run. */
  findComposers(root: ParentNode, layout?: Layout): Discovery;
}

/** Splits an adapter's candidates into usable composers and skipped editors with their reasons. */
export function sortCandidates(candidates: FoundComposer[], layout: Layout = browserLayout): Discovery {
  const discovery: Discovery = { found: [], skipped: [] };
  const seen = new Set<HTMLElement>();
  for (const candidate of candidates) {
    if (seen.has(candidate.editor)) continue;
    seen.add(candidate.editor);
    const reasons = reasonsToSkip(candidate.editor, layout);
    if (reasons.length) discovery.skipped.push({ editor: candidate.editor, surface: candidate.surface, reasons });
    else discovery.found.push(candidate);
  }
  return discovery;
}
