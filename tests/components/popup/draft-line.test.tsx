// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { h, render } from 'preact';
import { DraftLine } from '@/components/popup/DraftLine';
import type { DraftItem } from '@/lib/features/weekly/draft';

/** Preact runs effects after the next paint; wait until it has. */
const afterPaint = () => new Promise((resolve) => setTimeout(resolve, 50));

function mount(item: DraftItem, saved: string[]) {
  const host = document.createElement('div');
  document.body.append(host);
  const draw = (next: DraftItem) =>
    render(h(DraftLine, { item: next, label: 'Blockers line', onChange: (t: string) => saved.push(t), onRemove: () => {} }), host);
  draw(item);
  const box = host.querySelector('textarea')!;
  const type = (value: string) => {
    box.value = value;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  };
  return { box, type, draw };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('a weekly-draft line', () => {
  it('keeps a key typed the moment a new line appears, before its first effects run', async () => {
    const saved: string[] = [];
    const line = mount({ id: 'a', text: '' }, saved);
    line.type('W'); // typed before Preact's after-paint effects of the mount
    await afterPaint();
    expect(line.box.value).toBe('W');
    expect(saved).toEqual(['W']);
  });

  it('keeps typing while its earlier saves echo back, and shows the stored text once the last one lands', async () => {
    const saved: string[] = [];
    const line = mount({ id: 'a', text: '' }, saved);
    await afterPaint();
    line.type('W');
    line.type('Wa');
    line.draw({ id: 'a', text: 'W' }); // the echo of the first save
    await afterPaint();
    expect(line.box.value).toBe('Wa');
    line.draw({ id: 'a', text: 'Wa' });
    await afterPaint();
    expect(line.box.value).toBe('Wa');
  });

  it("shows another popup's text at once", async () => {
    const line = mount({ id: 'a', text: 'draft' }, []);
    await afterPaint();
    line.draw({ id: 'a', text: 'Changed elsewhere' });
    await afterPaint();
    expect(line.box.value).toBe('Changed elsewhere');
  });
});
