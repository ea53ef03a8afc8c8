// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { appendText } from '@/lib/editing/append';
import type { Replacement } from '@/lib/editing';

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true">${html}</div>`;
  return document.body.firstElementChild as HTMLElement;
}

describe('appending to a composer (the weekly update, the focus line)', () => {
  it('writes through the same path as a hint fix: one replacement of an empty span at the end', () => {
    const calls: Replacement[] = [];
    const el = editor('Hi Ana,');
    const landed = appendText(el, 'Weekly update', (_, change, options) => {
      calls.push(change);
      expect(options.caret).toBe('after');
      return { ok: true, method: 'insertText', undoable: true };
    });
    expect(landed).toBe(true);
    expect(calls).toEqual([{ start: 7, end: 7, expected: '', replacement: '\n\nWeekly update' }]);
  });

  it('adds no blank line to an empty composer, and reports a write that did not land', () => {
    const calls: Replacement[] = [];
    const landed = appendText(editor(''), 'Weekly update', (_, change) => {
      calls.push(change);
      return { ok: false, reason: 'not-editable' };
    });
    expect(calls).toEqual([{ start: 0, end: 0, expected: '', replacement: 'Weekly update' }]);
    expect(landed).toBe(false);
  });
});
