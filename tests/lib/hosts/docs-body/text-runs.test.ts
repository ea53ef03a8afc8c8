// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { alignRuns, spanBoxes, type Measure } from '@/lib/hosts/docs-body/text-runs';

const box = (left: number, top: number, width: number, height = 20) => new DOMRect(left, top, width, height);
const round = (n: number) => Math.round(n * 1000) / 1000;
const plain = (rects: DOMRect[]) => rects.map((r) => ({ left: round(r.left), top: round(r.top), width: round(r.width), height: round(r.height) }));
/** Every character 10 px wide in a "mono" font; an unknown font cannot be measured. */
const mono: Measure = (text, font) => (font === 'mono' ? text.length * 10 : 0);

describe('Docs text runs', () => {
  it('places each drawn run in the text after the previous one', () => {
    const text = ' Thanks.\nThanks again.\nThanks.';
    const runs = alignRuns(text, [
      { label: 'Thanks again.', box: box(0, 20, 130), font: 'mono' },
      { label: 'Thanks.', box: box(0, 40, 70), font: 'mono' },
    ]);
    // The second "Thanks." on screen is the last line, not the first one (which is off screen).
    expect(runs.map((run) => [run.start, run.end])).toEqual([[9, 22], [23, 30]]);
  });

  it('leaves out a run it cannot find, and reads a no-break space as a space', () => {
    const runs = alignRuns('Ship it by noon', [
      { label: 'not in the text', box: box(0, 0, 10), font: null },
      { label: 'Ship\u00a0it', box: box(0, 0, 70), font: null },
      { label: '', box: box(0, 0, 0), font: null },
    ]);
    expect(runs.map((run) => run.label)).toEqual(['Ship it']);
  });

  it('cuts a run to the span, by measured width', () => {
    const runs = alignRuns('Please fix the report', [{ label: 'Please fix the report', box: box(100, 50, 210), font: 'mono' }]);
    expect(plain(spanBoxes(runs, 7, 21, mono))).toEqual(plain([box(170, 50, 140)]));
  });

  it('cuts in proportion to characters when the font is unknown', () => {
    const runs = alignRuns('abcdefghij', [{ label: 'abcdefghij', box: box(0, 0, 200), font: null }]);
    expect(plain(spanBoxes(runs, 5, 10, mono))).toEqual(plain([box(100, 0, 100)]));
  });

  it('gives one box per line a span crosses, and none for a span off screen', () => {
    const text = 'first line ends\nsecond line';
    const runs = alignRuns(text, [
      { label: 'first line ends', box: box(0, 0, 150), font: 'mono' },
      { label: 'second line', box: box(0, 20, 110), font: 'mono' },
    ]);
    expect(plain(spanBoxes(runs, 11, 22, mono))).toEqual(plain([box(110, 0, 40), box(0, 20, 60)]));
    expect(plain(spanBoxes(alignRuns('far below', []), 0, 3, mono))).toEqual(plain([]));
  });

  it('finds the run of a span among many', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `line ${i} ends here`);
    const text = lines.join('\n');
    const runs = alignRuns(text, lines.map((label, i) => ({ label, box: box(0, i * 20, label.length * 10), font: 'mono' })));
    const at = text.indexOf('line 157 ends');
    expect(plain(spanBoxes(runs, at + 9, at + 13, mono))).toEqual(plain([box(90, 157 * 20, 40)]));
    expect(spanBoxes(runs, text.length, text.length + 5, mono)).toEqual([]);
  });
});
