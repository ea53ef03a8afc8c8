/**
 * Google Docs replica: the canvas body (drawn, not DOM text), a new-comment box (contenteditable,
 * newer builds) and an anchored comment thread with its reply box (<textarea>, older builds), so
 * both historical shapes are exercised.
 */
import type { Replica } from './page';

export const docsReplica: Replica = {
  url: 'https://docs.google.com/document/d/1hAnDoFfRePl1cA/edit',
  title: 'Q3 launch plan - Google Docs',
  css: `
.handoff-docs { display: flex; gap: 12px; font: 14px/1.4 Roboto, Arial, sans-serif; color: #1f1f1f; }
.handoff-docs .kix-appview-editor { flex: 2; background: #f9fbfd; padding: 12px; }
.handoff-docs .kix-page-paginated { position: relative; width: 600px; height: 160px; }
.handoff-docs canvas { background: #fff; border: 1px solid #e0e0e0; box-sizing: border-box; width: 600px; height: 160px; }
.handoff-docs .kix-canvas-tile-content-svg { position: absolute; inset: 0; }
.handoff-docs .docs-texteventtarget-iframe { position: absolute; top: -10000px; width: 1px; height: 1px; border: 0; }
.handoff-docs .docos-stream-view { flex: 1; display: flex; flex-direction: column; gap: 8px; }
.handoff-docs .docos-docoview { border: 1px solid #dadce0; border-radius: 8px; padding: 8px; background: #fff; }
.handoff-docs .docos-author { font-weight: 500; }
.handoff-docs .docos-input-textarea, .handoff-docs .docos-replybox-textarea { display: block; box-sizing: border-box; width: 100%; min-height: 36px; border: 1px solid #747775; border-radius: 4px; padding: 6px; font: inherit; }
`,
  body: `
<div class="handoff-docs">
  <div class="kix-appview-editor" role="presentation"><div class="kix-page-paginated"><canvas class="kix-canvas-tile-content" width="600" height="160" aria-hidden="true"></canvas><svg class="kix-canvas-tile-content-svg" width="600" height="160" role="document" aria-label="Document content"></svg></div></div>
  <div class="docos-stream-view">
    <div class="docos-docoview docos-docoview-active" role="region" aria-label="New comment">
      <div class="docos-input-textarea" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Comment" tabindex="0"></div>
    </div>
    <div class="docos-docoview docos-anchoreddocoview" role="region" aria-label="Comment thread">
      <div class="docos-anchoreddocoview-content">
        <div class="docos-replyview docos-replyview-first"><span class="docos-author">Priya Nair</span>
          <div class="docos-replyview-body">Can we fix this section before the review?</div></div>
        <div class="docos-replyview"><span class="docos-author">Marta Silva</span>
          <div class="docos-replyview-body">Which part needs fixing?</div></div>
      </div>
      <div class="docos-anchoreddocoview-input-pane">
        <textarea class="docos-replybox-textarea" rows="1" aria-label="Reply" placeholder="Reply or add others with @"></textarea>
      </div>
    </div>
  </div>
</div>`,
};
