/** Alt+Shift+J cycles through the hints of the focused composer (by key position: any layout). */
export const SHORTCUT_LABEL = 'Alt+Shift+J';

export function isCycleShortcut(e: KeyboardEvent): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyJ';
}
