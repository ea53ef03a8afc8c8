/**
 * Why an editor that matched a host's selectors is not worth attaching to (yet). The same editor
 * is looked at again on the next discovery (a mutation, a focus, a navigation), so a hidden
 * compose window that opens later gets its UI then.
 */
export type SkipReason = 'disabled' | 'read-only' | 'not visible' | 'too small';

/** The two layout questions we ask; a real browser answers them, tests may stub them. */
export interface Layout {
  isVisible(element: HTMLElement): boolean;
  size(element: HTMLElement): { width: number; height: number };
}

export const browserLayout: Layout = {
  isVisible: (element) =>
    typeof element.checkVisibility === 'function' ? element.checkVisibility() : element.getClientRects().length > 0,
  size: (element) => element.getBoundingClientRect(),
};

/** One line of text in the narrowest real composer (a Docs reply box) is well above this. */
const MIN_WIDTH = 40;
const MIN_HEIGHT = 10;

export function reasonsToSkip(editor: HTMLElement, layout: Layout): SkipReason[] {
  const reasons: SkipReason[] = [];
  const isField = editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement;
  if ((isField && editor.disabled) || editor.getAttribute('aria-disabled') === 'true') reasons.push('disabled');
  if (
    (isField && editor.readOnly) ||
    (!isField && editor.getAttribute('contenteditable') === 'false') ||
    editor.getAttribute('aria-readonly') === 'true'
  ) {
    reasons.push('read-only');
  }
  if (!layout.isVisible(editor)) {
    reasons.push('not visible');
  } else {
    const { width, height } = layout.size(editor);
    if (width < MIN_WIDTH || height < MIN_HEIGHT) reasons.push('too small');
  }
  return reasons;
}
