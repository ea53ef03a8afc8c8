/**
 * The typed protocol between content scripts, the background and extension pages.
 * Add a message by adding an entry to `Protocol`; the compiler then demands a handler for it.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Analysis } from '@/lib/analysis';
import type { AnalysisContext, HostId, Person, WorkingHours, ZoneSource } from '@/lib/analysis/types';
import type { PageRecipient } from '@/lib/hosts/types';
import type { FocusState } from '@/lib/features/focus/model';

export interface Protocol {
  ping: { request: object; response: { version: string } };
  /** A composer's text analysed by the engine, which runs in the background, not in the host page (hints). */
  /**
   * `rewrite: false` when the page will not show the rewrite (a slice of a long message, a document
   * body): the background then does not make it and answers `rewrite: null`.
   */
  'analysis/run': { request: { text: string; ctx: AnalysisContext; rewrite?: boolean }; response: Analysis };
  /** The recipients a composer shows, as people with the zones the directory knows (hints). */
  'people/resolve': { request: { recipients: PageRecipient[] }; response: Person[] };
  /** The user answered "Where is ana@acme.com?" in a hint card. */
  'people/setZone': { request: { recipient: PageRecipient; timeZone: string }; response: object };
  /** Starts a focus session; `minutes: null` runs until stopped. */
  'focus/start': { request: { minutes: number | null }; response: FocusState };
  'focus/stop': { request: object; response: { ended: boolean } };
  /** A content script saw the user send a message: record its commitments, asks and blockers. */
  /** `id` lets a content script re-send a message whose reply it never got without recording it twice. */
  'records/sent': { request: { host: HostId; text: string; to?: string; id?: string }; response: { recorded: number } };
  /** Big cities and countries a zone question's search names ("Mumbai" → Asia/Kolkata): the data lives in the background only. */
  'zones/places': { request: { query: string }; response: { zone: string; place: string }[] };
  /** The zones the user set for a conversation whose readers the directory cannot key (Slack channel, DM by name, Docs document). */
  'channelZones/get': { request: { channelId: string }; response: string[] };
  'channelZones/set': { request: { channelId: string; zones: string[] }; response: object };
  /**
   * A hint card's "Draft a decision proposal": the background stores a proposal prefilled from the
   * message (the decision log's row `id`) and opens it for editing in a window of its own.
   */
  'rituals/propose': { request: { host: HostId; text: string; recipients: PageRecipient[] }; response: { id: number } };
}

export type MessageType = keyof Protocol;
export type Message<K extends MessageType = MessageType> = {
  [P in K]: { type: P } & Protocol[P]['request'];
}[K];
export type Reply<K extends MessageType> = Protocol[K]['response'];

type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

/** A handler gets the message and who sent it (a content script's `sender.tab` is its tab). */
export type Handlers = {
  [K in MessageType]: (message: Message<K>, sender?: Browser.runtime.MessageSender) => Promise<Reply<K>> | Reply<K>;
};

/** Sends a message to the background and returns its typed reply; a handler's error is rethrown here. */
export async function sendMessage<K extends MessageType>(message: Message<K>): Promise<Reply<K>> {
  const envelope = (await browser.runtime.sendMessage(message)) as Envelope<Reply<K>> | undefined;
  if (!envelope) throw new Error(`Handoff: no handler answered "${message.type}"`);
  if (!envelope.ok) throw new Error(envelope.error);
  return envelope.value;
}

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/**
 * Messages a page (the popup) sends to the content script of one tab. They are answered by the
 * content script itself, plainly (no envelope): a tab without our content script answers nothing.
 */
export interface TabProtocol {
  /**
   * Appends the text (the weekly update, a ritual) to the composer the user last focused in that
   * tab; with `replace`, it takes the composer's whole text instead (a proposal drafted from that
   * message, which it quotes as its context). Undoable with the host's Ctrl+Z either way.
   */
  'handoff/insert-into-composer': { request: { text: string; replace?: boolean }; response: { inserted: boolean } };
}

export type TabMessageType = keyof TabProtocol;
export type TabMessage<K extends TabMessageType = TabMessageType> = {
  [P in K]: { type: P } & TabProtocol[P]['request'];
}[K];

/** Sends a message to the content script of tab `tabId`; undefined when none answered. */
export async function sendTabMessage<K extends TabMessageType>(tabId: number, message: TabMessage<K>): Promise<TabProtocol[K]['response'] | undefined> {
  return (await browser.tabs.sendMessage(tabId, message)) as TabProtocol[K]['response'] | undefined;
}

/** In a content script: answers messages of `type` from pages; other messages are left alone. */
export function listenInTab<K extends TabMessageType>(type: K, handler: (message: TabMessage<K>) => TabProtocol[K]['response']): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { type?: unknown; text?: unknown } | null;
    if (m?.type !== type || typeof m.text !== 'string') return undefined;
    return Promise.resolve(handler(m as TabMessage<K>));
  });
}

/**
 * Wires `handlers` to runtime messages; every reply is an envelope so errors cross the boundary as
 * data. Only the handlers' own keys are message types ("constructor" is not). `refuse`, when given,
 * says why a message from this sender is not accepted (lib/background/message-guards.ts).
 */
export function listen(handlers: Handlers, refuse?: (message: unknown, sender: Browser.runtime.MessageSender) => string | null): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isMessage(message) || !Object.hasOwn(handlers, message.type)) return undefined;
    const refused = refuse?.(message, sender) ?? null;
    if (refused !== null) {
      console.warn('[handoff] refused a message', refused);
      return Promise.resolve<Envelope<unknown>>({ ok: false, error: refused });
    }
    const handler = handlers[message.type] as (m: Message, s: Browser.runtime.MessageSender) => unknown;
    return Promise.resolve()
      .then(() => handler(message, sender))
      .then(
        (value): Envelope<unknown> => ({ ok: true, value }),
        (error: unknown): Envelope<unknown> => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
  });
}
