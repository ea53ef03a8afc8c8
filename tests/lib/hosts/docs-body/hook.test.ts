// @vitest-environment happy-dom
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { announceToDocs, HANDOFF_EXTENSION_ID } from '@/lib/hosts/docs-body/hook';

/** Chrome's id: the first 128 bits of SHA-256 over the public key, hex digits written a–p. */
function chromeIdOf(publicKeyBase64: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

describe('the Docs body hook', () => {
  it('announces the id that wxt.config.ts pins, never another extension’s', () => {
    const config = readFileSync(resolve(__dirname, '../../../../wxt.config.ts'), 'utf8');
    const key = /CHROME_PUBLIC_KEY =\s*'([^']+)'/.exec(config)![1]!;
    expect(chromeIdOf(key)).toBe(HANDOFF_EXTENSION_ID);
  });

  it('sets the global Docs looks for', () => {
    announceToDocs(window);
    expect(window._docs_annotate_canvas_by_ext).toBe(HANDOFF_EXTENSION_ID);
  });
});
