// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { readText, writerText } from '@/lib/editing/read-text';
import { gmailAdapter } from '@/lib/hosts/gmail';
import { gmailSelectors } from '@/lib/hosts/selectors/gmail';
import { queryAll, type Selector } from '@/lib/hosts/selectors/query';
import { page, stubLayout } from '../layout-stub';
import * as pages from './fixtures/gmail';

const find = (body: string) => gmailAdapter.findComposers(page(body), stubLayout);

describe('Gmail selectors on dated pages', () => {
  it.each([
    ['replica 2026-11', pages.replica2026, { composeBody: 2, subject: 1, recipientChip: 4, composeId: 2, sendButton: 1 }],
    ['Spanish UI 2026-11', pages.spanish2026, { composeBody: 1, subject: 1, recipientChip: 3, composeId: 1, sendButton: 1 }],
    ['inline reply 2026-11', pages.inlineReplyOnly2026, { composeBody: 1, subject: 0, recipientChip: 1, composeId: 1, sendButton: 0 }],
    ['legacy 2020', pages.legacy2020, { composeBody: 1, subject: 1, recipientChip: 0, legacyRecipientInput: 2, sendButton: 0 }],
    ['read view 2026-11', pages.readView2026, { composeBody: 0, recipientChip: 0, sendButton: 0 }],
    ['reply with signature and quote 2026-11', pages.replyBodyWithQuote2026, { composeBody: 1, notProse: 3, sendButton: 1 }],
  ] as const)('%s: expected match counts', (_, body, counts) => {
    const doc = page(body);
    for (const [name, count] of Object.entries(counts)) {
      expect(queryAll(doc, gmailSelectors[name as keyof typeof gmailSelectors] as Selector).length, name).toBe(count);
    }
  });
});

describe('the Gmail adapter', () => {
  it('tells the engine which parts of a reply are not the writer’s: the signature and the quoted message', () => {
    const [compose] = find(pages.replyBodyWithQuote2026).found;
    const map = readText(compose!.editor, compose!.notProse);
    expect(map.excluded?.map((r) => map.text.slice(r.start, r.end).trim())).toEqual([
      '-- \nAna Weber | Finance | reply asap if urgent',
      "On Mon, Nov 23, 2026 at 9:14 AM Tom Ng <tom@acme.io> wrote:\nCan you fix the report by EOD? I'll send the numbers by Friday.",
    ]);
    expect(writerText(map)).toBe('Thanks Tom, the numbers look right to me.');
  });

  it('finds the pop-up compose and the inline reply with their surfaces', () => {
    const { found } = find(pages.replica2026);
    expect(found.map((composer) => composer.surface).sort()).toEqual(['compose', 'reply']);
    const compose = found.find((composer) => composer.surface === 'compose')!;
    expect(compose.root.getAttribute('role')).toBe('dialog');
    expect(compose.editor.id).toBe(':qf');
    expect(found.find((composer) => composer.surface === 'reply')!.root.matches('div.M9')).toBe(true);
  });

  it('reads To and Cc chips as recipients, and the compose id', () => {
    const compose = find(pages.replica2026).found.find((composer) => composer.surface === 'compose')!;
    expect(compose.recipients()).toEqual([
      { name: 'Ana Weber', email: 'ana@example.com' },
      { name: 'Kenji Sato', email: 'kenji@example.jp' },
      { name: 'Priya Nair', email: 'priya@example.in' },
    ]);
    expect(compose.conversationId()).toBe('compose-c5');
  });

  it('reads the inline reply recipients under div.aUy', () => {
    const [reply] = find(pages.inlineReplyOnly2026).found;
    expect(reply!.surface).toBe('reply');
    expect(reply!.recipients()).toEqual([{ name: 'Marta Silva', email: 'marta@example.com.br' }]);
    expect(reply!.conversationId()).toBe('reply-r7');
  });

  it('finds the compose body in a Spanish UI (aria-label is never keyed on)', () => {
    expect(find(pages.spanish2026).found).toHaveLength(1);
  });

  it('reads recipients from the 2020 hidden inputs', () => {
    const [compose] = find(pages.legacy2020).found;
    expect(compose!.recipients()).toEqual([{ name: 'Ana Weber', email: 'ana@example.com' }, { email: 'bo@example.com' }]);
    expect(compose!.conversationId()).toBe('legacy-1');
  });

  it('finds a pop-out compose window (body.xE.xp) as a compose', () => {
    const doc = page(pages.popOut2026);
    doc.body.className = pages.popOutBodyClasses;
    const [compose] = gmailAdapter.findComposers(doc, stubLayout).found;
    doc.body.className = '';
    expect(compose!.surface).toBe('compose');
    expect(compose!.root.getAttribute('role')).toBe('main');
    expect(compose!.recipients()).toEqual([{ name: 'Ana Weber', email: 'ana@example.com' }]);
    expect(compose!.conversationId()).toBe('popout-p2');
  });

  it('finds nothing in a read-only conversation', () => {
    expect(find(pages.readView2026)).toEqual({ found: [], skipped: [] });
  });

  it('skips a hidden compose and says why', () => {
    const { found, skipped } = find(pages.spanish2026.replace('role="dialog"', 'role="dialog" hidden'));
    expect(found).toEqual([]);
    expect(skipped.map((editor) => editor.reasons)).toEqual([['not visible']]);
  });

  it('logs a compose window whose body it cannot find, by name', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(find(pages.spanish2026.replace('g_editable="true"', 'g_editable="maybe"').replace(/ editable /, ' ')).found).toEqual([]);
    expect(warn).toHaveBeenCalledWith('[handoff] gmail: selector "composeBody" matched nothing');
    warn.mockRestore();
  });

  it('logs a body without a compose root by name, without throwing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { found } = find('<div g_editable="true" contenteditable="true" role="textbox"></div>');
    expect(found).toEqual([]);
    expect(warn).toHaveBeenCalledWith('[handoff] gmail: selector "composeRoot" matched nothing');
    warn.mockRestore();
  });
});
