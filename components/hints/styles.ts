/**
 * Styles of the hint views; they live in our shadow root only. Colours come from two palettes,
 * chosen by `<handoff-ui data-theme>` (see lib/hosts/theme.ts); every text/background pair in them
 * meets WCAG AA (4.5:1), checked by tests/components/hints/palette.test.ts.
 */
export const PALETTES = {
  light: {
    bg: '#ffffff',
    fg: '#1f2937',
    muted: '#4b5563',
    border: '#d1d5db',
    rule: '#e5e7eb',
    link: '#1d4ed8',
    fixBg: '#fffbeb',
    fixHover: '#fef3c7',
    fixBorder: '#b45309',
    fixFg: '#78350f',
    chipBg: '#eff6ff',
    chipBorder: '#bfdbfe',
    chipStrong: '#1e3a8a',
    warn: '#92400e',
    indicatorBg: '#fffbeb',
    indicatorFg: '#92400e',
    shadow: 'rgba(0,0,0,.18)',
    focus: '#b45309',
  },
  dark: {
    bg: '#1f2328',
    fg: '#e6edf3',
    muted: '#aab3bd',
    border: '#444c56',
    rule: '#373e47',
    link: '#8cbcff',
    fixBg: '#33270f',
    fixHover: '#47360f',
    fixBorder: '#d4a04a',
    fixFg: '#fcd89a',
    chipBg: '#172338',
    chipBorder: '#2f4a70',
    chipStrong: '#b3cfff',
    warn: '#f3bd6a',
    indicatorBg: '#33270f',
    indicatorFg: '#fcd89a',
    shadow: 'rgba(0,0,0,.55)',
    focus: '#f3bd6a',
  },
} as const;

export type PaletteName = keyof typeof PALETTES;

const vars = (p: Record<string, string>) =>
  Object.entries(p)
    .map(([k, v]) => `--h-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${v};`)
    .join(' ');

export const HINTS_CSS = `
:host { ${vars(PALETTES.light)} }
:host([data-theme="dark"]) { ${vars(PALETTES.dark)} }
* { box-sizing: border-box; }
.indicator, .card, .toast { position: fixed; z-index: 2147483000; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--h-fg); }
/* An open card stays above another composer's count and toast (found by a new-user test: a count drew over the card). */
.card { z-index: 2147483001; }
.indicator { min-width: 22px; height: 22px; padding: 0 6px; border-radius: 11px; border: 1px solid var(--h-fix-border); background: var(--h-indicator-bg); color: var(--h-indicator-fg); font-weight: 600; font-size: 12px; cursor: pointer; opacity: .92; }
.partial { position: fixed; z-index: 2147483000; margin: 0; max-width: 260px; padding: 4px 8px; border-radius: 6px; border: 1px solid var(--h-border); background: var(--h-bg); color: var(--h-muted); font: 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; transform: translateX(-100%); }
.indicator.unavailable { border-color: var(--h-border); background: var(--h-bg); color: var(--h-muted); font-weight: 500; }
.indicator:hover, .indicator:focus-visible { opacity: 1; outline: 2px solid var(--h-focus); }
.card { width: 320px; max-width: calc(100vw - 16px); max-height: calc(100vh - 16px); overflow: auto; overscroll-behavior: contain; padding: 10px 12px; border-radius: 8px; background: var(--h-bg); border: 1px solid var(--h-border); box-shadow: 0 8px 24px var(--h-shadow); }
.card[hidden] { display: none; }
.card:focus { outline: none; }
.card header { display: flex; align-items: center; gap: 6px; margin-bottom: 4px; }
.card .title { flex: 1; font-size: 14px; }
.card .count { color: var(--h-muted); font-size: 11px; }
.card .icon { border: 0; background: none; font-size: 16px; line-height: 1; cursor: pointer; color: var(--h-muted); padding: 2px 4px; }
.card .message { margin: 0 0 6px; }
.card .quote { display: block; margin: 0 0 8px; color: var(--h-muted); font-style: italic; overflow-wrap: anywhere; white-space: pre-wrap; max-height: 4.2em; overflow: hidden; }
.card .fixes { display: flex; flex-wrap: wrap; gap: 6px; margin: 6px 0; }
.card .fix { border: 1px solid var(--h-fix-border); background: var(--h-fix-bg); color: var(--h-fix-fg); border-radius: 6px; padding: 4px 8px; cursor: pointer; font: inherit; text-align: left; }
.card .fix:hover, .card .fix:focus-visible { background: var(--h-fix-hover); }
.card button:focus-visible, .toast button:focus-visible { outline: 2px solid var(--h-focus); outline-offset: 1px; }
.card .link, .toast .link { border: 0; background: none; color: var(--h-link); cursor: pointer; padding: 2px 0; font: inherit; text-decoration: underline; text-underline-offset: 2px; }
.card .reading { margin: 6px 0; font-size: 12px; }
.card .reading p { margin: 0 0 2px; }
.card .reading .link { margin-right: 10px; }
.card footer { display: flex; gap: 12px; margin-top: 6px; border-top: 1px solid var(--h-rule); padding-top: 6px; }
.card .notice { color: var(--h-warn); margin: 6px 0 0; }
.card .fix .insert { white-space: normal; }
.card .fix .note { display: block; margin-top: 2px; color: var(--h-warn); font-size: 12px; }
.card .ask { display: flex; flex-wrap: wrap; gap: 6px; align-items: flex-end; width: 100%; }
.card .ask label { display: flex; flex-direction: column; gap: 2px; flex: 1 1 180px; }
.card .ask .question { font-weight: 600; }
.card .ask input { font: inherit; padding: 4px 6px; border: 1px solid var(--h-border); border-radius: 6px; background: var(--h-bg); color: var(--h-fg); }
.card .fix[disabled] { opacity: .5; cursor: default; }
.card .answer-preview { flex: 1 1 100%; min-width: 0; }
.card .answer-reads { flex: 1 1 100%; margin: 0; font-size: 12px; color: var(--h-muted); overflow-wrap: anywhere; }
.card .answer-preview:empty { display: none; }
.card .answer-preview .note { margin: 2px 0; font-size: 12px; color: var(--h-muted); }
.card .answer-preview .note.warning { color: var(--h-warn); }
.card .answer-preview .fix { display: block; width: 100%; }
.card .insert-answer { flex: 1 1 100%; }
.card .diff ins { text-decoration: none; background: var(--h-fix-bg); outline: 1px solid var(--h-fix-border); border-radius: 2px; }
.card .diff del { color: var(--h-muted); }
.card .preview { white-space: pre-wrap; font: inherit; color: var(--h-fg); background: var(--h-chip-bg); padding: 6px; border-radius: 6px; max-height: 180px; overflow: auto; }
.card.rewriting { width: 480px; }
.card.rewriting .preview { max-height: min(50vh, 420px); }
.chip { background: var(--h-chip-bg); border: 1px solid var(--h-chip-border); border-radius: 6px; padding: 6px 8px; margin: 6px 0; }
.chip .times { list-style: none; margin: 0; padding: 0; }
.chip li { display: flex; justify-content: space-between; gap: 8px; }
.chip .who { color: var(--h-fg); overflow-wrap: anywhere; flex: 0 1 auto; min-width: 4em; }
.chip .when { font-weight: 600; color: var(--h-chip-strong); text-align: right; min-width: 0; }
.chip .when.unknown { font-weight: 400; color: var(--h-muted); }
.chip .warning { margin: 4px 0 0; color: var(--h-warn); }
.rewrite-warning { margin: 6px 0 0; color: var(--h-warn); font-size: 12px; }
.chip .basis { margin: 4px 0 0; color: var(--h-muted); font-size: 12px; }
.zone-picker { margin: 6px 0; }
.card .zone-saved { margin: 6px 0; padding: 4px 8px; border-radius: 6px; background: var(--h-chip-bg); color: var(--h-fg); font-size: 12px; overflow-wrap: anywhere; }
.zone-picker .prompt { display: block; font-weight: 600; margin-bottom: 4px; }
.zone-picker input { width: 100%; padding: 4px 6px; border: 1px solid var(--h-border); border-radius: 6px; font: inherit; color: var(--h-fg); background: var(--h-bg); }
.zone-picker .zone-hint { margin: 4px 0 0; color: var(--h-warn); font-size: 12px; }
.zone-picker .zones { list-style: none; margin: 4px 0; padding: 0; max-height: 160px; overflow: auto; }
.zone-picker .zones button { width: 100%; text-align: left; border: 0; background: none; color: var(--h-fg); padding: 3px 4px; cursor: pointer; font: inherit; }
.zone-picker .zones button:hover, .zone-picker .zones button:focus-visible { background: var(--h-chip-bg); }
.zone-picker small { color: var(--h-muted); }
.toast { display: flex; gap: 10px; align-items: center; padding: 6px 10px; border-radius: 8px; background: var(--h-bg); border: 1px solid var(--h-border); box-shadow: 0 4px 14px var(--h-shadow); max-width: calc(100vw - 16px); }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
`;
