// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { readText } from '@/lib/editing/read-text';
import { slackAdapter } from '@/lib/hosts/slack';
import { isDirectMessage, slackSelectors } from '@/lib/hosts/selectors/slack';
import { queryAll, type Selector } from '@/lib/hosts/selectors/query';
import { page, stubLayout } from '../layout-stub';
import * as pages from './fixtures/slack';

const find = (body: string) => slackAdapter.findComposers(page(body), stubLayout);

describe('Slack selectors on dated pages', () => {
  it.each([
    ['channel 2026-11', pages.channel2026, { messageInput: 2, editor: 2, threadsFlexpane: 1, channelName: 1, dmPartnerName: 0, sendButton: 2 }],
    ['DM 2026-11', pages.dm2026, { messageInput: 2, editor: 2, threadsFlexpane: 1, channelName: 0, dmPartnerName: 1, sendButton: 2 }],
    ['German UI 2026-11', pages.german2026, { messageInput: 1, editor: 1, threadsFlexpane: 0, channelName: 1, sendButton: 1 }],
  ] as const)('%s: expected match counts', (_, body, counts) => {
    const doc = page(body);
    for (const [name, count] of Object.entries(counts)) {
      expect(queryAll(doc, slackSelectors[name as keyof typeof slackSelectors] as Selector).length, name).toBe(count);
    }
  });

  it('tells DMs from channels by the conversation id', () => {
    expect(['D05KENJI', 'C04LAUNCH', 'G07PRIVATE', undefined].map(isDirectMessage)).toEqual([true, false, false, false]);
  });
});

describe('the Slack adapter', () => {
  it('tells the engine that code spans and blocks are not the writer’s prose', () => {
    const [composer] = find(pages.channel2026).found;
    composer!.editor.innerHTML = '<p>Please run <code>deploy --asap</code> today</p><pre>rm -rf build # by EOD</pre><div class="ql-code-block-container"><div class="ql-code-block">fix it asap</div></div><p>Thanks</p>';
    const map = readText(composer!.editor, composer!.notProse);
    expect(map.excluded?.map((r) => map.text.slice(r.start, r.end).trim())).toEqual(['deploy --asap', 'rm -rf build # by EOD', 'fix it asap']);
  });

  it('finds the channel composer and the thread composer', () => {
    const { found } = find(pages.channel2026);
    expect(found.map((composer) => composer.surface)).toEqual(['channel', 'thread']);
    expect(found.map((composer) => composer.conversationId())).toEqual(['C04LAUNCH', 'C04LAUNCH']);
    expect(found[1]!.root.getAttribute('data-qa')).toBe('threads_flexpane');
    expect(found[0]!.editor.classList.contains('ql-editor')).toBe(true);
  });

  it('names the DM partner as the recipient; a channel has none the page can tell', () => {
    expect(find(pages.dm2026).found[0]!.recipients()).toEqual([{ name: 'Kenji Sato' }]);
    expect(find(pages.channel2026).found[0]!.recipients()).toEqual([]);
  });

  it('finds the composer in a German UI and a private channel', () => {
    const { found } = find(pages.german2026);
    expect(found.map((composer) => [composer.surface, composer.conversationId()])).toEqual([['channel', 'G07PRIVATE']]);
  });

  it('logs a composer wrapper whose editor it cannot find, by name', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(find(pages.channel2026.replace(/ql-editor/g, 'new-editor')).found).toEqual([]);
    expect(warn).toHaveBeenCalledWith('[handoff] slack: selector "editor" matched nothing');
    warn.mockRestore();
  });

  it('skips a composer Quill has disabled, saying why', () => {
    const { found, skipped } = find(pages.sending2026);
    expect(found.map((composer) => composer.surface)).toEqual(['thread']);
    expect(skipped.map((editor) => [editor.surface, editor.reasons])).toEqual([['channel', ['read-only']]]);
  });
});
