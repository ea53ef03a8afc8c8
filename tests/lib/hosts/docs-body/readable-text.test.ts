import { describe, expect, it } from 'vitest';
import { readableText } from '@/lib/hosts/docs-body/readable-text';

describe('Docs body text as the analysis reads it', () => {
  it('turns Docs’ control characters into a space or a newline, one for one', () => {
    const docs = '\u0003Plan\u000bnext\u001cAppendix\u00a0A';
    const readable = readableText(docs);
    expect(readable).toBe(' Plan\nnext Appendix A');
    expect(readable.length).toBe(docs.length);
  });

  it('leaves emoji, right-to-left text and markup-looking text as they are', () => {
    const text = 'مرحبا 👋🏽 <img src=x onerror=alert(1)>';
    expect(readableText(text)).toBe(text);
  });
});
