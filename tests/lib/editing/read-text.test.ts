// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readText, writerText } from '@/lib/editing/read-text';
import { offsetsOf, rangeAt } from '@/lib/editing/ranges';

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true" id="e">${html}</div>`;
  return document.getElementById('e')!;
}

describe('readText', () => {
  it.each([
    ['plain text', 'Please fix it', 'Please fix it'],
    ['Chrome lines as divs', 'one<div>two</div><div>three</div>', 'one\ntwo\nthree'],
    ['an empty line kept open by a <br>', '<div>a</div><div><br></div><div>b</div>', 'a\n\nb'],
    ['<br> inside a line', 'a<br>b', 'a\nb'],
    ['a trailing <br> in a block draws no line', '<div>a<br></div><div>b</div>', 'a\nb'],
    ['Quill paragraphs', '<p>Hello</p><p><br></p><p>world</p>', 'Hello\n\nworld'],
    ['inline formatting', 'by <b>EOD</b> <i>please</i>', 'by EOD please'],
    ['a no-break space reads as a space', 'a\u00a0b', 'a b'],
    ['source whitespace between blocks', '\n  <p>a</p>\n  <p>b</p>\n', 'a\nb'],
    ['an embed counts as one character', 'hi <span contenteditable="false">@ana</span> now', 'hi \ufffc now'],
  ])('%s', (_name, html, expected) => {
    expect(readText(editor(html)).text).toBe(expected);
  });

  it('reports what elements matching notProse hold as excluded ranges, once for nested matches', () => {
    const map = readText(editor('Ship it <code>rm -rf asap</code> now<pre>deploy --asap\nrollback</pre>Thanks'), 'code, pre');
    expect(map.text).toBe('Ship it rm -rf asap now\ndeploy --asap\nrollback\nThanks');
    expect(map.excluded?.map((r) => map.text.slice(r.start, r.end))).toEqual(['rm -rf asap', '\ndeploy --asap\nrollback']);
    const nested = readText(editor('Hi<div class="q">On Mon Tom wrote:<blockquote>Fix it by EOD</blockquote></div>'), '.q, blockquote');
    expect(nested.excluded).toEqual([{ start: 2, end: nested.text.length }]);
    expect(readText(editor('Please fix it'), 'code').excluded).toBeUndefined();
    expect(readText(editor('<code>x</code>')).excluded).toBeUndefined();
  });

  it('writerText keeps only the writer’s words', () => {
    const map = readText(editor('<div>I will send it Friday.</div><div class="q">On Mon Tom wrote:<blockquote>I will fix it by EOD</blockquote></div><div>Ana</div>'), '.q');
    expect(writerText(map)).toBe('I will send it Friday.\n\nAna');
  });

  it('reads a textarea value unchanged in length', () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const area = document.getElementById('t') as HTMLTextAreaElement;
    area.value = 'x\u00a0y\nz';
    expect(readText(area).text).toBe('x y\nz');
  });

  it('keeps emoji and right-to-left text at their UTF-16 offsets', () => {
    const map = readText(editor('שלום 👋🏽 <b>by EOD</b>'));
    const start = map.text.indexOf('EOD');
    expect(rangeAt(map, start, start + 3)!.toString()).toBe('EOD');
  });
});

describe('ranges', () => {
  it('maps offsets across blocks to the right words', () => {
    const map = readText(editor('<div>Please fix</div><div>the <b>report</b> by EOD</div>'));
    const start = map.text.indexOf('report by');
    const range = rangeAt(map, start, start + 'report by'.length)!;
    expect(range.toString()).toBe('report by');
    expect(offsetsOf(map, range)).toEqual({ start, end: start + 9 });
  });

  it('a range over a line break covers the newline', () => {
    const map = readText(editor('<p>ab</p><p>cd</p>'));
    const range = rangeAt(map, 1, 4)!;
    expect(range.toString()).toBe('bc');
    expect(offsetsOf(map, range)).toEqual({ start: 1, end: 4 });
  });

  it('finds the offset of an element position', () => {
    const el = editor('<p>ab</p><p>cd</p>');
    const map = readText(el);
    expect(offsetsOf(map, (() => { const r = document.createRange(); r.setStart(el, 1); r.setEnd(el, 2); return r; })())).toEqual({ start: 3, end: 5 });
  });

  it('a textarea has no DOM range', () => {
    document.body.innerHTML = '<textarea id="t">abc</textarea>';
    expect(rangeAt(readText(document.getElementById('t') as HTMLElement), 0, 1)).toBeNull();
  });
});
