/** Alt+Shift+J cycles through the hints of the focused composer (by key position: any layout). */

/** How the shortcut is written on a platform: "⌥⇧J" on macOS (its own key symbols), else "Alt+Shift+J". */
export function shortcutLabel(platform: string): string {
  return /mac|iphone|ipad/i.test(platform) ? '⌥⇧J' : 'Alt+Shift+J';
}

/** The platform as the browser reports it ('' outside a browser). */
function currentPlatform(): string {
  if (typeof navigator === 'undefined') return '';
  const data = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData;
  return data?.platform || navigator.platform || '';
}

export const SHORTCUT_LABEL = shortcutLabel(currentPlatform());

export function isCycleShortcut(e: KeyboardEvent): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyJ';
}
