/** Styles of the hint views; they live in our shadow root only. */
export const HINTS_CSS = `
* { box-sizing: border-box; }
.indicator, .card { position: fixed; z-index: 2147483000; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2937; }
.indicator { min-width: 22px; height: 22px; padding: 0 6px; border-radius: 11px; border: 1px solid rgba(217,119,6,.5); background: #fffbeb; color: #92400e; font-weight: 600; font-size: 12px; cursor: pointer; opacity: .9; }
.indicator.unavailable { border-color: #9ca3af; background: #f3f4f6; color: #374151; font-weight: 500; }
.indicator:hover, .indicator:focus-visible { opacity: 1; outline: 2px solid #f59e0b; }
.card { width: 320px; max-width: calc(100vw - 16px); padding: 10px 12px; border-radius: 8px; background: #fff; border: 1px solid #e5e7eb; box-shadow: 0 8px 24px rgba(0,0,0,.16); }
.card header { display: flex; align-items: center; gap: 6px; margin-bottom: 4px; }
.card .title { flex: 1; font-size: 13px; }
.card .count { color: #6b7280; font-size: 11px; }
.card .icon { border: 0; background: none; font-size: 16px; line-height: 1; cursor: pointer; color: #6b7280; padding: 2px 4px; }
.card .message { margin: 0 0 6px; }
.card .quote { display: block; margin: 0 0 8px; color: #6b7280; font-style: italic; overflow-wrap: anywhere; white-space: pre-wrap; max-height: 4.2em; overflow: hidden; }
.card .fixes { display: flex; flex-wrap: wrap; gap: 6px; margin: 6px 0; }
.card .fix { border: 1px solid #d97706; background: #fffbeb; color: #78350f; border-radius: 6px; padding: 4px 8px; cursor: pointer; font: inherit; text-align: left; }
.card .fix:hover, .card .fix:focus-visible { background: #fef3c7; }
.card .link { border: 0; background: none; color: #2563eb; cursor: pointer; padding: 2px 0; font: inherit; }
.card footer { display: flex; gap: 12px; margin-top: 6px; border-top: 1px solid #f3f4f6; padding-top: 6px; }
.card .notice { color: #92400e; margin: 6px 0 0; }
.card .preview { white-space: pre-wrap; font: inherit; background: #f9fafb; padding: 6px; border-radius: 6px; max-height: 180px; overflow: auto; }
.chip { background: #eff6ff; border: 1px solid #bfdbfe; border-radius: 6px; padding: 6px 8px; margin: 6px 0; }
.chip .times { list-style: none; margin: 0; padding: 0; }
.chip li { display: flex; justify-content: space-between; gap: 8px; }
.chip .who { color: #374151; overflow-wrap: anywhere; }
.chip .when { font-weight: 600; color: #1e3a8a; white-space: nowrap; }
.chip .when.unknown { font-weight: 400; color: #6b7280; }
.chip .warning { margin: 4px 0 0; color: #92400e; }
.chip .basis { margin: 4px 0 0; color: #4b5563; font-size: 12px; }
.zone-picker { margin: 6px 0; }
.zone-picker .prompt { display: block; font-weight: 600; margin-bottom: 4px; }
.zone-picker input { width: 100%; padding: 4px 6px; border: 1px solid #d1d5db; border-radius: 6px; font: inherit; }
.zone-picker .zones { list-style: none; margin: 4px 0; padding: 0; max-height: 160px; overflow: auto; }
.zone-picker .zones button { width: 100%; text-align: left; border: 0; background: none; padding: 3px 4px; cursor: pointer; font: inherit; }
.zone-picker .zones button:hover, .zone-picker .zones button:focus-visible { background: #eff6ff; }
.zone-picker small { color: #6b7280; }
`;
