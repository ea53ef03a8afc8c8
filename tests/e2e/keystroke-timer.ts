/**
 * The one instrument for "keystroke → marks": each key is timed from its keydown to the next
 * `data-hints-revision` of our element after `editor` (the view's revision moves once per analysis
 * painted). Used by the long-text e2e test and by `npm run bench:e2e`, so both measure the same thing.
 */
import type { Page } from 'playwright-core';

/** The hints revision of the view attached after `editor` (a CSS selector); 0 before the first paint. */
export function revision(page: Page, editor: string): Promise<number> {
  return page.evaluate((sel) => Number(document.querySelector(`${sel} + handoff-ui`)?.getAttribute('data-hints-revision') ?? 0), editor);
}

/**
 * Types `keys` keys into `editor` (already focused: "x", a space every fifth), one at a time, each
 * waited for. Returns each key's keydown → next revision in ms, and the longest main-thread task
 * seen meanwhile (ms; 0 when none was over 50 ms). Keys into a Docs body go to Docs' text-event
 * frame, whose keydown is the one timed. Throws when a revision does not come within `timeoutMs`.
 */
export async function timeKeys(page: Page, editor: string, keys: number, timeoutMs = 30_000): Promise<{ samples: number[]; longest: number }> {
  await page.evaluate((sel) => {
    const w = window as unknown as { __key: number; __marks: number[]; __long: number[] };
    w.__marks = [];
    w.__long = [];
    const keyTarget = document.querySelector<HTMLIFrameElement>('.docs-texteventtarget-iframe')?.contentDocument ?? window;
    keyTarget.addEventListener('keydown', () => (w.__key = performance.now()), true);
    new MutationObserver(() => w.__marks.push(performance.now() - w.__key)).observe(document.querySelector(`${sel} + handoff-ui`)!, {
      attributes: true,
      attributeFilter: ['data-hints-revision'],
    });
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask' });
  }, editor);
  const samples: number[] = [];
  for (let i = 0; i < keys; i++) {
    const before = await revision(page, editor);
    await page.keyboard.type(i % 5 === 4 ? ' ' : 'x');
    await page.waitForFunction(
      ([sel, before]) => Number(document.querySelector(`${sel} + handoff-ui`)?.getAttribute('data-hints-revision')) > before,
      [editor, before] as const,
      { timeout: timeoutMs },
    );
    samples.push(await page.evaluate(() => (window as unknown as { __marks: number[] }).__marks.at(-1)!));
  }
  const longest = await page.evaluate(() => Math.max(0, ...(window as unknown as { __long: number[] }).__long));
  return { samples, longest };
}
