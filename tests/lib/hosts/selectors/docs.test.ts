// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createDocsAdapter, docsAdapter } from '@/lib/hosts/docs';
import { docsSelectors, documentIdFromPath } from '@/lib/hosts/selectors/docs';
import { queryAll, type Selector } from '@/lib/hosts/selectors/query';
import { page, stubLayout } from '../layout-stub';
import * as pages from './fixtures/docs';

const find = (body: string) => docsAdapter.findComposers(page(body), stubLayout);

describe('Docs selectors on dated pages', () => {
  it.each([
    ['replica 2026-11', pages.replica2026, { commentBox: 1, replyBox: 1, author: 2, bodyEditor: 1 }],
    ['textareas 2022', pages.textareas2022, { commentBox: 1, replyBox: 1, author: 2, bodyEditor: 0 }],
    ['class-less comment 2026-11', pages.classless2026, { commentBox: 1, replyBox: 0 }],
    ['body only 2026-11', pages.bodyOnly2026, { commentBox: 0, replyBox: 0, bodyEditor: 1 }],
  ] as const)('%s: expected match counts', (_, body, counts) => {
    const doc = page(body);
    for (const [name, count] of Object.entries(counts)) {
      expect(queryAll(doc, docsSelectors[name as keyof typeof docsSelectors] as Selector).length, name).toBe(count);
    }
  });

  it('reads the document id from the path', () => {
    expect(documentIdFromPath('/document/d/1hAnDoFfRePl1cA/edit')).toBe('1hAnDoFfRePl1cA');
    expect(documentIdFromPath('/document/u/1/d/abc-DEF_9/edit')).toBe('abc-DEF_9');
    expect(documentIdFromPath('/document/')).toBeUndefined();
  });
});

describe('the Docs adapter', () => {
  it('finds the comment box and the reply box, each in its thread', () => {
    const { found } = find(pages.replica2026);
    expect(found.map((composer) => composer.surface).sort()).toEqual(['comment', 'reply']);
    const reply = found.find((composer) => composer.surface === 'reply')!;
    expect(reply.editor.tagName).toBe('TEXTAREA');
    expect(reply.root.classList.contains('docos-anchoreddocoview')).toBe(true);
  });

  it('addresses a reply to the people in the thread, once each', () => {
    const reply = find(pages.textareas2022).found.find((composer) => composer.surface === 'reply')!;
    expect(reply.recipients()).toEqual([{ name: 'Ana Weber' }]);
    expect(find(pages.textareas2022).found.find((composer) => composer.surface === 'comment')!.recipients()).toEqual([]);
  });

  it('finds a class-less comment editor by its label', () => {
    expect(find(pages.classless2026).found.map((composer) => composer.surface)).toEqual(['comment']);
  });

  it('skips a disabled reply box and a tiny one, saying why', () => {
    const { skipped } = find(
      pages.textareas2022
        .replace('<textarea class="docos-replybox-textarea">', '<textarea class="docos-replybox-textarea" disabled>')
        .replace('<textarea class="docos-input-textarea"', '<textarea data-test-tiny class="docos-input-textarea"'),
    );
    expect(skipped.map((editor) => [editor.surface, editor.reasons])).toEqual([
      ['reply', ['disabled']],
      ['comment', ['too small']],
    ]);
  });

  it('leaves the canvas body alone unless the user turned body hints on', () => {
    expect(find(pages.bodyOnly2026).found).toEqual([]);
    const [body, ...rest] = createDocsAdapter({ body: true }).findComposers(page(pages.replica2026), stubLayout).found.filter((c) => c.surface === 'body');
    expect(rest).toEqual([]);
    expect(body!.editor.classList.contains('kix-appview-editor')).toBe(true);
    expect(body!.canvasText).toBeDefined();
    // Everyone the document is shared with reads the body: no single reader to name.
    expect(body!.recipients()).toEqual([]);
  });
});
