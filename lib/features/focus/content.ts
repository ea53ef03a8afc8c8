/**
 * Focus inside the host pages: while a session runs, unread counts leave the tab title, and the
 * composer offers to tell the reader when the user will reply. Content scripts read the running
 * session and the settings from browser.storage.local; the background owns them.
 */
import { browser } from 'wxt/browser';
import type { ComposerFeature } from '@/lib/hosts/types';
import { guard, logError } from '@/lib/log';
import { getSettings, siteOn, withDefaults, SETTINGS_KEY, type Settings, type SiteId } from '@/lib/storage/settings';
import { FOCUS_STATE_KEY, type FocusState } from './model';
import { appendText } from '@/lib/editing/append';

export interface FocusView {
  state: FocusState | null;
  settings: Settings;
}

/** Calls `cb` now and whenever the session or the settings change, until `signal` aborts. */
export function watchFocus(cb: (view: FocusView) => void, signal: AbortSignal): void {
  let view: FocusView | undefined;
  Promise.all([browser.storage.local.get(FOCUS_STATE_KEY), getSettings()])
    .then(([stored, settings]) => {
      if (signal.aborted) return;
      view = { state: (stored[FOCUS_STATE_KEY] as FocusState | undefined) ?? null, settings };
      cb(view);
    })
    .catch((error) => logError('reading the focus state', error));
  const listener = guard('focus state change', (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !view) return;
    if (FOCUS_STATE_KEY in changes) view = { ...view, state: (changes[FOCUS_STATE_KEY]?.newValue as FocusState | undefined) ?? null };
    else if (SETTINGS_KEY in changes) view = { ...view, settings: withDefaults(changes[SETTINGS_KEY]?.newValue) };
    else return;
    cb(view);
  });
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', guard('forgetting the focus state', () => browser.storage.onChanged.removeListener(listener)), { once: true });
}

/** "Inbox (3) - Gmail" → "Inbox - Gmail"; "(12) Slack | general" → "Slack | general"; "* general - Slack" → "general - Slack". */
export function stripUnreadCount(title: string): string {
  return title
    .replace(/^\s*(?:\(\d+\+?\)|[*!])\s+/, '')
    .replace(/\s\(\d[\d,]*\+?\)(?=\s|$)/g, '')
    .trim();
}

/** Keeps unread counts out of the tab title while focused (a setting, on by default). */
export function hideUnreadWhileFocused(signal: AbortSignal, site: SiteId, doc: Document = document): void {
  let active = false;
  let hostTitle: string | null = null;
  let ourTitle: string | null = null;
  const apply = guard('hiding unread counts', () => {
    const title = doc.title;
    if (!active || signal.aborted || title === ourTitle) return;
    const stripped = stripUnreadCount(title);
    if (stripped === title) return;
    hostTitle = title;
    ourTitle = stripped;
    doc.title = stripped;
  });
  const observer = new MutationObserver(apply);
  observer.observe(doc.head ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      // Orphaned or switched off: give the page its own title back if ours still shows.
      if (hostTitle !== null && doc.title === ourTitle) doc.title = hostTitle;
    },
    { once: true },
  );
  watchFocus(({ state, settings }) => {
    const was = active;
    active = state !== null && settings.focus.hideUnreadCounts && siteOn(settings, site);
    if (was && !active && hostTitle !== null && doc.title === ourTitle) doc.title = hostTitle;
    if (!active) hostTitle = ourTitle = null;
    apply();
  }, signal);
}

/** The line the composer offers while focused: "I'm in focus until 3:30 PM my time — I'll reply after." */
export function focusLine(plannedEnd: number | null, settings: Settings): string {
  if (plannedEnd === null) return "I'm in a focus block right now — I'll reply after.";
  const time = new Intl.DateTimeFormat('en-US', {
    timeZone: settings.homeZone,
    hour: 'numeric',
    minute: '2-digit',
    ...(settings.hourCycle === 'auto' ? {} : { hourCycle: settings.hourCycle }),
  }).format(plannedEnd);
  return `I'm in focus until ${time} my time — I'll reply after.`;
}

/**
 * One compact line just under the composer: our <handoff-ui> host is 0 px wide, so the chip sizes
 * to its own content (max-content) instead of its container, and never wraps word by word.
 * Colours follow `data-theme` (lib/hosts/theme.ts); both pairs meet WCAG AA.
 */
const CHIP_STYLE = `
.focus-chip { all: initial; position: absolute; top: 2px; left: 0; z-index: 2147482990; display: flex; gap: 8px; align-items: center;
  width: max-content; max-width: min(640px, calc(100vw - 24px)); white-space: nowrap; padding: 1px 8px; border-radius: 11px;
  background: #ede9fe; color: #4c1d95; font: 12px/1.6 system-ui, sans-serif; box-shadow: 0 1px 3px rgba(0,0,0,.12); }
:host([data-theme="dark"]) .focus-chip { background: #2e2451; color: #e4dbff; }
.focus-chip[hidden] { display: none; }
.focus-chip span { overflow: hidden; text-overflow: ellipsis; }
.focus-chip button { all: unset; cursor: pointer; text-decoration: underline; flex: none; }
.focus-chip button:focus-visible { outline: 2px solid currentColor; outline-offset: 1px; }
`;

/**
 * The composer in use: the one whose editor had focus last. Only its chip shows, so a page with
 * several composers (a Gmail thread, Slack's channel and thread) shows one chip, not one each.
 */
const composersInUse = new EventTarget();
let editorInUse: Element | null = null;
function useEditor(editor: Element): void {
  if (editorInUse === editor) return;
  editorInUse = editor;
  composersInUse.dispatchEvent(new Event('change'));
}

/** While focused, a small chip in our shadow root offers to append the focus line to the message. */
export const offerFocusLine: ComposerFeature = (composer) => {
  // Message composers only: declared in lib/features/index.ts.
  const style = composer.shadow.ownerDocument.createElement('style');
  style.textContent = CHIP_STYLE;
  const chip = composer.shadow.ownerDocument.createElement('div');
  chip.className = 'focus-chip';
  chip.dataset.handoff = 'focus-line';
  chip.hidden = true;
  const label = composer.shadow.ownerDocument.createElement('span');
  const button = composer.shadow.ownerDocument.createElement('button');
  button.type = 'button';
  button.textContent = 'Add to message';
  chip.append(label, button);
  composer.shadow.append(style, chip);
  composer.signal.addEventListener('abort', () => (style.remove(), chip.remove()), { once: true });

  let line = '';
  let show = false;
  const render = () => {
    const visible = show && editorInUse === composer.editor;
    chip.hidden = !visible;
    chip.style.display = visible ? '' : 'none';
  };
  const { editor, signal } = composer;
  if (editor.contains(editor.ownerDocument.activeElement)) useEditor(editor);
  editor.addEventListener('focusin', guard('focus chip', () => useEditor(editor)), { signal });
  composersInUse.addEventListener('change', guard('focus chip', render), { signal });
  signal.addEventListener('abort', () => editorInUse === editor && (editorInUse = null), { once: true });
  button.addEventListener(
    'click',
    guard('adding the focus line', () => {
      if (line && !appendText(composer.editor, line)) logError('adding the focus line', new Error('the editor did not take the text'));
    }),
    { signal: composer.signal },
  );
  watchFocus(({ state, settings }) => {
    show = state !== null && settings.focus.offerFocusLine && siteOn(settings, composer.host);
    line = show ? focusLine(state!.plannedEnd, settings) : '';
    label.textContent = line ? `In focus: “${line}”` : '';
    label.title = label.textContent;
    render();
  }, composer.signal);
};
