/**
 * Proofs in Chromium that lib/editing replaces exactly a span through the editor's own editing path:
 * the text is right, Quill's model agrees, the caret stays where the user left it, Ctrl+Z restores.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { launchForSuite } from './suite';
import { editingBundle, editorsPage } from './hints-pages';

declare const HandoffEditing: typeof import('@/lib/editing');
declare const quill: { getText(): string; root: HTMLElement; history: { cutoff(): void } };

const ORIGINAL = 'Please fix the report by EOD';
const FIXED = 'Please fix the report by 5:00 PM Berlin time';
const EDITORS = [
  { name: 'a plain contenteditable', selector: '#plain' },
  { name: 'a textarea', selector: '#area' },
  { name: 'Quill 2', selector: '#quill .ql-editor' },
] as const;

describe('undo-safe replacement in Chromium', () => {
  const h = launchForSuite();
  let page: Page;
  beforeAll(async () => {
    page = await h.openHostPage('https://editing.handoff.test/', editorsPage());
    await page.addScriptTag({ content: await editingBundle() });
  });

  const textOf = (selector: string) =>
    page.evaluate((s) => HandoffEditing.readText(document.querySelector<HTMLElement>(s)!).text, selector);

  async function typeInto(selector: string, text: string) {
    await page.click(selector);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(text);
    await expect.poll(() => textOf(selector)).toBe(text);
    // Quill merges edits less than a second apart into one undo step; a user reading a card pauses
    // longer than that. cutoff() is that pause, without a sleep.
    if (selector.includes('ql-editor')) await page.evaluate(() => quill.history.cutoff());
  }

  function replaceEod(selector: string, methods?: string[]) {
    return page.evaluate(
      ({ s, methods, original }) => {
        const editor = document.querySelector<HTMLElement>(s)!;
        const start = original.indexOf('EOD');
        return HandoffEditing.replaceText(
          editor,
          { start, end: start + 3, expected: 'EOD', replacement: '5:00 PM Berlin time' },
          methods ? { methods: methods as never } : {},
        );
      },
      { s: selector, methods, original: ORIGINAL },
    );
  }

  for (const { name, selector } of EDITORS) {
    it(`${name}: replaces the span, keeps the caret, and Ctrl+Z restores the original`, async () => {
      await typeInto(selector, ORIGINAL);
      // The user's caret sits after "Please".
      await page.evaluate((s) => HandoffEditing.selectText(document.querySelector<HTMLElement>(s)!, 6, 6), selector);
      const result = await replaceEod(selector);
      expect(result).toMatchObject({ ok: true, undoable: true });
      expect(await textOf(selector)).toBe(FIXED);
      expect(await page.evaluate((s) => HandoffEditing.readSelection(document.querySelector<HTMLElement>(s)!), selector)).toEqual({ start: 6, end: 6 });
      if (selector.includes('ql-editor')) await expect.poll(() => page.evaluate(() => quill.getText())).toBe(`${FIXED}\n`);
      await page.keyboard.press('ControlOrMeta+Z');
      await expect.poll(() => textOf(selector)).toBe(ORIGINAL);
      if (selector.includes('ql-editor')) await expect.poll(() => page.evaluate(() => quill.getText())).toBe(`${ORIGINAL}\n`);
    });

    it(`${name}: refuses a stale span instead of replacing the wrong words`, async () => {
      await typeInto(selector, 'Please fix the report by Friday');
      const result = await replaceEod(selector);
      expect(result).toMatchObject({ ok: false, reason: 'stale' });
      expect(await textOf(selector)).toBe('Please fix the report by Friday');
    });

    it(`${name}: replaces the whole message with several lines`, async () => {
      await typeInto(selector, ORIGINAL);
      const rewrite = 'Could you fix the report?\nI need it by 5:00 PM your time.';
      const result = await page.evaluate(
        ({ s, rewrite, original }) =>
          HandoffEditing.replaceText(document.querySelector<HTMLElement>(s)!, {
            start: 0, end: original.length, expected: original, replacement: rewrite,
          }),
        { s: selector, rewrite, original: ORIGINAL },
      );
      expect(result).toMatchObject({ ok: true, undoable: true });
      expect(await textOf(selector)).toBe(rewrite);
      await page.keyboard.press('ControlOrMeta+Z');
      await expect.poll(() => textOf(selector)).toBe(ORIGINAL);
    });
  }

  it('Quill 2 takes a synthetic paste into its own model and history', async () => {
    const selector = '#quill .ql-editor';
    await typeInto(selector, ORIGINAL);
    const result = await replaceEod(selector, ['paste']);
    expect(result).toMatchObject({ ok: true, method: 'paste', undoable: true });
    await expect.poll(() => page.evaluate(() => quill.getText())).toBe(`${FIXED}\n`);
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(() => page.evaluate(() => quill.getText())).toBe(`${ORIGINAL}\n`);
  });

  for (const { name, selector } of EDITORS) {
    it(`${name}: a change applied right after typing is undone alone by one Ctrl+Z`, async () => {
      await typeInto(selector, 'Please fix the report');
      // No pause: typed just now, then the fix (Quill would merge both into one undo step).
      await page.keyboard.type(' by EOD');
      await expect.poll(() => textOf(selector)).toBe(ORIGINAL);
      const result = await replaceEod(selector);
      expect(result).toMatchObject({ ok: true, undoable: true });
      expect(await textOf(selector)).toBe(FIXED);
      await page.keyboard.press('ControlOrMeta+Z');
      await expect.poll(() => textOf(selector)).toBe(ORIGINAL);
    });
  }

  for (const { name, selector } of EDITORS) {
    it(`${name}: typing right after a change is undone alone, then the change`, async () => {
      await typeInto(selector, ORIGINAL);
      const result = await replaceEod(selector);
      expect(result).toMatchObject({ ok: true, undoable: true });
      // No pause: the user goes on typing at once (Quill would merge it into the change's undo step).
      await page.keyboard.type(', thanks');
      await expect.poll(() => textOf(selector)).toBe(`${FIXED}, thanks`);
      await page.keyboard.press('ControlOrMeta+Z');
      await expect.poll(() => textOf(selector)).toBe(FIXED);
      await page.keyboard.press('ControlOrMeta+Z');
      await expect.poll(() => textOf(selector)).toBe(ORIGINAL);
    });
  }

  it('an insertion after linked words leaves the link as it was and adds plain text', async () => {
    await page.evaluate(() => {
      const el = document.querySelector<HTMLElement>('#plain')!;
      el.innerHTML = 'Please fix the <a href="https://example.com/r">report</a> today';
    });
    const result = await page.evaluate(() => {
      const el = document.querySelector<HTMLElement>('#plain')!;
      const at = 'Please fix the report'.length;
      return HandoffEditing.replaceText(el, { start: at, end: at, expected: '', replacement: ' (the Q3 board deck)' });
    });
    expect(result).toMatchObject({ ok: true });
    expect(await page.evaluate(() => document.querySelector('#plain a')!.textContent)).toBe('report');
    expect(await textOf('#plain')).toBe('Please fix the report (the Q3 board deck) today');
  });

  it('a plain contenteditable falls back to a DOM edit and says undo is unavailable', async () => {
    await typeInto('#plain', ORIGINAL);
    const result = await replaceEod('#plain', ['paste', 'dom']);
    expect(result).toEqual({ ok: true, method: 'dom', undoable: false });
    expect(await textOf('#plain')).toBe(FIXED);
  });
});
