/**
 * Only the writer's prose is judged and recorded (issue 11), in the Gmail replica with the built
 * extension: a reply whose body holds the writer's line with a link containing "asap", Gmail's
 * signature ("reply asap if urgent") and the quoted message ("Can you fix the report by EOD? I'll
 * send the numbers by Friday."). The UI is Spanish, so the attribution line is "… escribió:" and the
 * signature has no "-- ": the text alone does not say what is quoted, only Gmail's containers do
 * (the adapter's excluded ranges). Nothing in the link, the signature or the quote is marked; the
 * same word typed by the writer is; sending records the writer's commitment, never the quote's
 * commitment or its ask with a deadline.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { replicaDocument } from '@/lib/hosts/replicas/page';
import { gmailReplica, quotedReplyBody, withComposeBody } from '@/lib/hosts/replicas/gmail';
import { launchForSuite } from './suite';
import { openPopup, readStore } from './extension-apis';

const BODY = '[role="dialog"] [g_editable="true"]';
const WRITER = 'Thanks Tom, the form at <a href="https://forms.acme.io/asap-request">https://forms.acme.io/asap-request</a> looks right to me.';

/** Puts the caret at the end of the writer's first line (before the signature and the quote). */
function caretAfterWriterLine(page: Page): Promise<void> {
  return page.evaluate((sel) => {
    const body = document.querySelector<HTMLElement>(sel)!;
    body.focus();
    const line = body.firstElementChild!;
    const range = document.createRange();
    range.selectNodeContents(line);
    range.collapse(false);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, BODY);
}

const marked = (page: Page) => page.evaluate(() => ['handoff-hint', 'handoff-tone', 'handoff-ask', 'handoff-deadline'].flatMap((name) => [...((CSS.highlights.get(name) as unknown as Set<Range>) ?? [])].map(String)));

describe('only the writer’s prose, in a Gmail reply with a quote, a signature and a link', () => {
  const h = launchForSuite();

  it('marks nothing outside the writer’s words, and sending records no commitment from the quote', async () => {
    const html = replicaDocument({ ...gmailReplica, body: withComposeBody(gmailReplica.body, quotedReplyBody(WRITER, 'es')) });
    const page = await h.openHostPage(gmailReplica.url, html);
    const ui = page.locator(`${BODY} + handoff-ui`);
    await ui.waitFor({ state: 'attached' });

    await caretAfterWriterLine(page);
    await page.keyboard.type(" I'll send the signed copy to Priya.");
    // Analysed (a revision is set after each analysis) with nothing to show: the link's, the
    // signature's and the quote's "asap", "fix the report", "by EOD" and "by Friday" are not the writer's.
    await expect.poll(async () => Number(await ui.getAttribute('data-hints-revision'))).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate((sel) => document.querySelector(sel)!.firstElementChild!.textContent, BODY)).toMatch(/looks right to me\. I'll send the signed copy to Priya\.$/);
    await expect.poll(() => ui.getAttribute('data-hints-count')).toBe('0');
    expect(await marked(page)).toEqual([]);

    // The same word in the writer's own words is flagged: the analysis is live, and reads the line.
    await page.keyboard.type(' Please fix the report ASAP.');
    // Waited for, not read once: an analysis of the words typed so far ("Please fix the") can land
    // with one mark before the last one does (seen on a busy machine).
    await expect.poll(() => marked(page)).toEqual(['ASAP']);
    await expect.poll(() => ui.getAttribute('data-hints-count')).toBe('1');

    await page.locator('[role="dialog"] .btC [role="button"]').click();
    const popup = await openPopup(h);
    await expect.poll(async () => (await readStore<{ kind: string; text: string }>(popup, 'commitments')).map((r) => `${r.kind}: ${r.text}`).sort()).toEqual([
      "commitment: I'll send the signed copy to Priya.",
    ]);
    await popup.close();
    await page.close();
  });
});
