import { describe, expect, it } from 'vitest';
import { PALETTES } from '@/components/hints/styles';
import { MARK_STYLES } from '@/lib/features/hints/highlights';
import { contrastRatio } from '@/lib/hosts/theme';

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

describe('colours meet WCAG AA', () => {
  it.each(Object.entries(PALETTES))('%s card: every text colour on its background is at least 4.5:1', (_, p) => {
    const pairs: [string, string, string][] = [
      ['fg', p.fg, p.bg], ['muted', p.muted, p.bg], ['link', p.link, p.bg], ['warn', p.warn, p.bg],
      ['fix', p.fixFg, p.fixBg], ['fix hover', p.fixFg, p.fixHover], ['chip', p.chipStrong, p.chipBg], ['chip muted', p.muted, p.chipBg],
      ['chip text', p.fg, p.chipBg], ['indicator', p.indicatorFg, p.indicatorBg],
    ];
    for (const [name, fg, bg] of pairs) expect.soft(contrastRatio(rgb(fg), rgb(bg)), name).toBeGreaterThanOrEqual(4.5);
  });

  // White, Gmail's dark (#202124), Slack's dark (#1a1d21) and a dim grey theme.
  it.each(['#ffffff', '#202124', '#1a1d21', '#2c2c2c'])('underlines stand out (3:1, WCAG 1.4.11) on %s', (page) => {
    for (const [kind, { color }] of Object.entries(MARK_STYLES)) {
      expect.soft(contrastRatio(rgb(color), rgb(page)), kind).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives every kind of problem its own colour and line style', () => {
    const styles = Object.values(MARK_STYLES);
    expect(new Set(styles.map((s) => s.color)).size).toBe(styles.length);
    expect(new Set(styles.map((s) => s.line)).size).toBe(styles.length);
  });
});
