/**
 * Sent messages waiting to be recorded. The background first puts a sent message here (in
 * browser.storage.local), then records its commitments, then takes it off: a service worker
 * stopped mid-record or a full disk leaves it queued, and it is retried on the next message, on
 * the next start of the worker and every minute by an alarm until it is saved. The popup shows
 * what is still waiting and why. Each message carries an id, so a content script re-sending a
 * message whose reply it never got does not record it twice.
 */
import { browser } from 'wxt/browser';
import type { HostId } from '@/lib/analysis/types';
import { describeStorageError } from '@/lib/storage/errors';
import { recordSentMessage } from '@/lib/features/weekly/background';
import { MAX_RECORDED_TEXT } from '@/lib/features/weekly/records';

import { RECORD_QUEUE_KEY } from '@/lib/storage/schema';

export { RECORD_QUEUE_KEY };
export const RECORD_RETRY_ALARM = 'handoff-record-retry';
/** Messages kept waiting at most; beyond this the oldest is given up, and the popup says so. */
export const MAX_QUEUED = 200;
/** Ids of recently recorded messages remembered, to drop a repeat of one. */
const MAX_DONE_IDS = 500;

export interface QueuedRecord {
  id: string;
  host: HostId;
  text: string;
  to?: string;
  /** When the message was sent, epoch ms: its commitments are dated then, not when retried. */
  at: number;
  attempts: number;
  /** Why the last attempt failed, in words for the popup. */
  error?: string;
}

export interface RecordQueue {
  waiting: QueuedRecord[];
  /** Ids recorded recently. */
  done: string[];
  /** Messages given up because the queue was full. */
  dropped: number;
}

export async function readQueue(): Promise<RecordQueue> {
  const stored = (await browser.storage.local.get(RECORD_QUEUE_KEY))[RECORD_QUEUE_KEY] as Partial<RecordQueue> | undefined;
  return {
    waiting: Array.isArray(stored?.waiting) ? stored.waiting : [],
    done: Array.isArray(stored?.done) ? stored.done : [],
    dropped: typeof stored?.dropped === 'number' ? stored.dropped : 0,
  };
}

async function writeQueue(queue: RecordQueue): Promise<void> {
  await browser.storage.local.set({ [RECORD_QUEUE_KEY]: queue });
  if (queue.waiting.length) await browser.alarms.create(RECORD_RETRY_ALARM, { periodInMinutes: 1 });
  else await browser.alarms.clear(RECORD_RETRY_ALARM);
}

/** One queue update at a time in this worker: two sends at once must not write back each other's stale queue. */
let chain: Promise<unknown> = Promise.resolve();
function serial<T>(work: () => Promise<T>): Promise<T> {
  const next = chain.then(work, work);
  chain = next.catch(() => undefined);
  return next;
}

/** Records what is waiting, oldest first; keeps what fails, with the reason. Returns how many commitments were saved. */
export function drainQueue(): Promise<number> {
  return serial(async () => {
    const queue = await readQueue();
    let saved = 0;
    const left: QueuedRecord[] = [];
    for (const entry of queue.waiting) {
      try {
        saved += await recordSentMessage(entry, entry.at);
        queue.done = [...queue.done, entry.id].slice(-MAX_DONE_IDS);
      } catch (error) {
        left.push({ ...entry, attempts: entry.attempts + 1, error: describeStorageError(error, 'the commitments of a sent message') });
      }
    }
    await writeQueue({ ...queue, waiting: left });
    return saved;
  });
}

/**
 * Queues a sent message (its `id` from the content script, or a new one) and records the queue.
 * Never throws for a failed save: the message stays queued. Returns the commitments saved now.
 */
export async function recordQueued(message: { id?: string; host: HostId; text: string; to?: string }, now = Date.now()): Promise<number> {
  const id = message.id ?? `${now}-${Math.random().toString(36).slice(2)}`;
  const added = await serial(async () => {
    const queue = await readQueue();
    if (queue.done.includes(id) || queue.waiting.some((e) => e.id === id)) return false;
    // Only what will be read is kept: a queue of 200 messages of 1 MB would not fit in storage.local.
    const entry: QueuedRecord = { id, host: message.host, text: message.text.slice(0, MAX_RECORDED_TEXT), at: now, attempts: 0, ...(message.to ? { to: message.to } : {}) };
    const waiting = [...queue.waiting, entry];
    const dropped = Math.max(0, waiting.length - MAX_QUEUED);
    await writeQueue({ ...queue, waiting: waiting.slice(dropped), dropped: queue.dropped + dropped });
    return true;
  });
  if (!added) return 0;
  return drainQueue();
}
