// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { docsCanvasText } from '@/lib/hosts/docs-body/canvas-text';
import { decode, encode, REPLY_EVENT, REQUEST_EVENT, type BodyRead, type BodyRequest } from '@/lib/hosts/docs-body/protocol';

/** Answers every read request on this page as a page-world script would. */
function pageAnswers(read: BodyRead): () => void {
  const listener = (event: Event) => {
    const request = decode<BodyRequest>((event as CustomEvent).detail);
    if (request?.op === 'read') document.dispatchEvent(new CustomEvent(REPLY_EVENT, { detail: encode({ id: request.id, op: 'read', read }) }));
  };
  document.addEventListener(REQUEST_EVENT, listener);
  return () => document.removeEventListener(REQUEST_EVENT, listener);
}

const body = () => {
  const editor = document.createElement('div');
  editor.className = 'kix-appview-editor';
  document.body.append(editor);
  return docsCanvasText(editor);
};

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('the Docs body as a CanvasText', () => {
  it('reads the text through the page, control characters as spaces and newlines', async () => {
    const stop = pageAnswers({ available: true, text: '\u0003Plan\u000bnext', selection: null });
    expect(await body().read()).toEqual({ available: true, text: ' Plan\nnext' });
    stop();
  });

  it('says Docs withheld the text when the page-world script finds no text access', async () => {
    const stop = pageAnswers({ available: false });
    expect(await body().read()).toEqual({ available: false, why: 'no-api' });
    stop();
  });

  it('says the hook is missing when nothing in the page answers', async () => {
    vi.useFakeTimers();
    const read = body().read();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await read).toEqual({ available: false, why: 'no-hook' });
  });

  it('changes nothing when nothing in the page answers a replace', async () => {
    vi.useFakeTimers();
    const result = body().replace({ start: 0, end: 4, expected: 'Plan', replacement: 'Draft' });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await result).toMatchObject({ ok: false, reason: 'not-editable' });
  });
});
