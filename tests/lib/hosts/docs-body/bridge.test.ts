// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { BridgeClient } from '@/lib/hosts/docs-body/bridge-client';
import { PageBridge, selectionSpan, type AnnotatedText } from '@/lib/hosts/docs-body/page-bridge';
import { REPLY_EVENT, REQUEST_EVENT } from '@/lib/hosts/docs-body/protocol';

/**
 * A stand-in for Docs: its text (ETX first), its selection, and the editable in its text-event
 * frame. `takes` says which editing paths it honours.
 */
function fakeDocs(takes: { insertText?: boolean; paste?: boolean } = {}, initial = 'Please fix the report by EOD') {
  const model = { text: `\u0003${initial}`, start: initial.length + 1, end: initial.length + 1 };
  const insert = (text: string) => {
    model.text = model.text.slice(0, model.start) + text + model.text.slice(model.end);
    model.start = model.end = model.start + text.length;
  };
  const api: AnnotatedText = {
    getText: () => model.text,
    getSelection: () => [{ start: model.start, end: model.end }],
    setSelection: (start, end) => Object.assign(model, { start, end }),
  };
  const target = document.createElement('div');
  document.body.append(target);
  target.addEventListener('paste', (e) => {
    if (takes.paste) insert((e as ClipboardEvent).clipboardData!.getData('text/plain'));
  });
  const execCommand = (command: string, _ui: boolean, value: string) => {
    if (command === 'insertText' && takes.insertText) insert(value);
    return true;
  };
  const frameDoc = { activeElement: target, body: document.body, defaultView: window, querySelector: () => target, execCommand };
  // The page's document as far as the bridge's events go: its own, so no test hears another's.
  const channel = new EventTarget();
  const win = {
    document: {
      querySelector: () => ({ contentDocument: frameDoc }),
      addEventListener: channel.addEventListener.bind(channel),
      dispatchEvent: channel.dispatchEvent.bind(channel),
    },
    setTimeout: window.setTimeout.bind(window),
    _docs_annotate_getAnnotatedText: async () => api,
  } as unknown as Window;
  return { model, win, bridge: new PageBridge(win) };
}

const FIX = { start: 8, end: 22, expected: 'fix the report', replacement: 'fix the Q3 report' };

afterEach(() => {
  document.body.replaceChildren();
});

describe('the page-world bridge', () => {
  it('reads Docs’ text and selection', async () => {
    const { bridge } = fakeDocs();
    expect(await bridge.read()).toEqual({ available: true, text: '\u0003Please fix the report by EOD', total: 29, selection: { start: 29, end: 29 } });
  });

  it('reads the selection under each name Docs has used', () => {
    expect(selectionSpan({ anchor: 9, focus: 4 })).toEqual({ start: 4, end: 9 });
    expect(selectionSpan({ base: 1, extent: 2 })).toEqual({ start: 1, end: 2 });
    expect(selectionSpan({ start: 'x', end: 2 })).toBeNull();
    expect(selectionSpan(null)).toBeNull();
  });

  it('says the body is not available when Docs exposes no text access', async () => {
    const bridge = new PageBridge({ document } as unknown as Window);
    expect(await bridge.read()).toEqual({ available: false });
    expect(await bridge.replace(FIX)).toMatchObject({ ok: false, reason: 'not-editable' });
  });

  it('replaces through insertText and keeps the user’s caret with their words', async () => {
    const { bridge, model } = fakeDocs({ insertText: true, paste: true });
    expect(await bridge.replace(FIX)).toEqual({ ok: true, method: 'insertText', undoable: true });
    expect(model.text).toBe('\u0003Please fix the Q3 report by EOD');
    expect([model.start, model.end]).toEqual([32, 32]);
  });

  it('falls back to a paste when insertText changes nothing', async () => {
    const { bridge, model } = fakeDocs({ paste: true });
    expect(await bridge.replace(FIX)).toMatchObject({ ok: true, method: 'paste' });
    expect(model.text).toBe('\u0003Please fix the Q3 report by EOD');
  });

  it('changes nothing when the words are no longer there', async () => {
    const { bridge, model } = fakeDocs({ insertText: true });
    expect(await bridge.replace({ ...FIX, expected: 'fix the budget' })).toMatchObject({ ok: false, reason: 'stale' });
    expect(model.text).toBe('\u0003Please fix the report by EOD');
  });

  it('compares the text as the analysis read it (ETX as a space)', async () => {
    const { bridge, model } = fakeDocs({ insertText: true });
    expect(await bridge.replace({ start: 0, end: 7, expected: ' Please', replacement: '\u0003Kindly' })).toMatchObject({ ok: true });
    expect(model.text).toBe('\u0003Kindly fix the report by EOD');
  });

  it('says so when Docs takes neither path', async () => {
    const { bridge } = fakeDocs({});
    expect(await bridge.replace(FIX)).toMatchObject({ ok: false, reason: 'not-editable' });
  });
});

describe('the content-script client', () => {
  it('gets its answers from the page-world bridge over DOM events', async () => {
    const { bridge, win } = fakeDocs({ insertText: true });
    bridge.listen();
    const client = new BridgeClient(win.document as unknown as Document);
    expect(await client.request<'read'>({ op: 'read' })).toMatchObject({ op: 'read', read: { available: true, text: '\u0003Please fix the report by EOD' } });
    expect(await client.request<'replace'>({ op: 'replace', ...FIX })).toMatchObject({ op: 'replace', result: { ok: true } });
  });

  it('ignores forged and malformed events, and gives up when no page-world script answers', async () => {
    const client = new BridgeClient(document);
    const answer = client.request<'read'>({ op: 'read' }, 50);
    document.dispatchEvent(new CustomEvent(REPLY_EVENT, { detail: '{not json' }));
    document.dispatchEvent(new CustomEvent(REPLY_EVENT, { detail: { id: 1, op: 'read' } }));
    expect(await answer).toBeNull();
  });

  it('takes no forged reply whose fields are not what a read or replace returns (issue 16)', async () => {
    const seen: string[] = [];
    document.addEventListener(REQUEST_EVENT, (e) => seen.push((e as CustomEvent).detail as string), { once: true });
    const client = new BridgeClient(document);
    const answer = client.request<'read'>({ op: 'read' }, 50);
    // The page read our request's id from the event, and answers first with junk.
    const { id } = JSON.parse(seen[0]!) as { id: number };
    for (const read of [{ available: true, text: 42 }, { available: true, text: 'x', selection: { start: 'a' } }, { available: 'yes' }, null]) {
      document.dispatchEvent(new CustomEvent(REPLY_EVENT, { detail: JSON.stringify({ id, op: 'read', read }) }));
    }
    document.dispatchEvent(new CustomEvent(REPLY_EVENT, { detail: JSON.stringify({ id, op: 'read', read: { available: true, text: 'x'.repeat(11_000_000), selection: null } }) }));
    expect(await answer).toBeNull();
  });

  it('acts on no request that is not well formed', async () => {
    const { bridge, win, model } = fakeDocs({ insertText: true });
    bridge.listen();
    const replies: unknown[] = [];
    win.document.addEventListener(REPLY_EVENT, (e) => replies.push((e as CustomEvent).detail));
    for (const detail of [
      JSON.stringify({ id: 1, op: 'delete-everything' }),
      JSON.stringify({ id: 2, op: 'replace', start: 0, end: 'all', expected: '', replacement: 'x' }),
      JSON.stringify({ id: 3, op: 'replace', start: 5, end: 2, expected: '', replacement: 'x' }),
      { id: 4, op: 'read' },
    ]) {
      win.document.dispatchEvent(new CustomEvent(REQUEST_EVENT, { detail }));
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(replies).toEqual([]);
    expect(model.text).toBe('\u0003Please fix the report by EOD');
  });

  it('sends nothing but a JSON string to the page', async () => {
    const seen: unknown[] = [];
    document.addEventListener(REQUEST_EVENT, (e) => seen.push((e as CustomEvent).detail));
    await new BridgeClient(document).request<'read'>({ op: 'read' }, 10);
    expect(seen).toHaveLength(1);
    expect(JSON.parse(seen[0] as string)).toMatchObject({ op: 'read' });
  });
});
