// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { backgroundBehind, contrastRatio, parseCssColor, themeFor } from '@/lib/hosts/theme';
import { shortcutLabel } from '@/lib/features/hints/shortcut';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.querySelector<HTMLElement>('#editor')!;
}

describe('theme', () => {
  it('reads computed colours', () => {
    expect(parseCssColor('rgb(26, 29, 33)')).toEqual([26, 29, 33, 1]);
    expect(parseCssColor('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseCssColor('rgb(26 29 33 / 50%)')).toEqual([26, 29, 33, 0.5]);
    expect(parseCssColor('transparent')).toBeNull();
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 0);
  });

  it('follows Slack’s and Gmail’s own theme from the background behind the composer, not the system', () => {
    const editor = page('<div style="background-color: rgb(26, 29, 33)"><div><div id="editor"></div></div></div>');
    expect(backgroundBehind(editor)).toEqual([26, 29, 33]);
    expect(themeFor('slack', editor, false)).toBe('dark');
    expect(themeFor('gmail', editor, false)).toBe('dark');
    const light = page('<div style="background-color: rgb(255, 255, 255)"><div id="editor"></div></div>');
    expect(themeFor('gmail', light, true)).toBe('light');
  });

  it('composites a translucent layer over the opaque one below', () => {
    const editor = page('<div style="background-color: rgb(255, 255, 255)"><div id="editor" style="background-color: rgba(0, 0, 0, 0.9)"></div></div>');
    expect(themeFor('slack', editor, false)).toBe('dark');
  });

  it('follows the system setting elsewhere, and where nothing behind the composer is painted', () => {
    const editor = page('<div style="background-color: rgb(26, 29, 33)"><div id="editor"></div></div>');
    expect(themeFor('docs', editor, false)).toBe('light');
    expect(themeFor('docs', editor, true)).toBe('dark');
    const bare = page('<div id="editor"></div>');
    expect(themeFor('gmail', bare, true)).toBe('dark');
    expect(themeFor('gmail', bare, false)).toBe('light');
  });

  it('writes the shortcut with macOS’s key symbols on a Mac', () => {
    expect(shortcutLabel('macOS')).toBe('⌥⇧J');
    expect(shortcutLabel('MacIntel')).toBe('⌥⇧J');
    expect(shortcutLabel('Win32')).toBe('Alt+Shift+J');
    expect(shortcutLabel('Linux x86_64')).toBe('Alt+Shift+J');
  });
});
