/**
 * The content-script half of the Docs body bridge: sends a request to the page-world script and
 * waits for its reply. No reply within the time limit means the page-world script is not there
 * (the setting was turned on after this tab opened, or the page blocked it).
 */
import { decode, encode, isWellFormedReply, REPLY_EVENT, REQUEST_EVENT, type BodyReply, type BodyRequest } from './protocol';

type Pending = (reply: BodyReply) => void;

const REPLY_TIMEOUT_MS = 1_500;

export class BridgeClient {
  private readonly pending = new Map<number, Pending>();
  /** Random, so an orphaned content script from before a reload never takes our replies. */
  private nextId = Math.floor(Math.random() * 1e9);

  constructor(private readonly doc: Document) {
    doc.addEventListener(REPLY_EVENT, (event) => {
      const reply = decode<BodyReply>((event as CustomEvent).detail);
      const settle = reply && this.pending.get(reply.id);
      if (!reply || !settle || !isWellFormedReply(reply)) return;
      this.pending.delete(reply.id);
      settle(reply);
    });
  }

  /** The page's reply, or null when none came in time. */
  request<R extends BodyReply['op']>(message: Omit<Extract<BodyRequest, { op: R }>, 'id'>, timeoutMs = REPLY_TIMEOUT_MS): Promise<Extract<BodyReply, { op: R }> | null> {
    const id = (this.nextId += 1);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        resolve(null);
      }, timeoutMs);
      this.pending.set(id, (reply) => {
        clearTimeout(timer);
        resolve(reply.op === message.op ? (reply as Extract<BodyReply, { op: R }>) : null);
      });
      this.doc.dispatchEvent(new CustomEvent(REQUEST_EVENT, { detail: encode({ ...message, id } as BodyRequest) }));
    });
  }
}

const clients = new WeakMap<Document, BridgeClient>();

/** One client (one listener) per document, however many times discovery asks. */
export function bridgeFor(doc: Document): BridgeClient {
  let client = clients.get(doc);
  if (!client) clients.set(doc, (client = new BridgeClient(doc)));
  return client;
}
