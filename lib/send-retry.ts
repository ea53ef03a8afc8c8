/**
 * Sending to the background when it may be stopping: Chrome stops an idle service worker, and a
 * message sent at that moment fails with "Could not establish connection" or "The message port
 * closed". Such a failure is retried a few times with growing pauses; a handler's own error
 * ("Handoff: …" or a refusal) and a stale script ("Extension context invalidated") are not.
 */
import { sendMessage, type Message, type MessageType, type Reply } from '@/lib/messaging';

/** Pauses before each retry, ms. */
const RETRY_DELAYS_MS = [250, 1_000, 4_000];

function retriable(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /Could not establish connection|message port closed|no handler answered|Receiving end does not exist/i.test(text);
}

export async function sendWithRetry<K extends MessageType>(message: Message<K>, delays: number[] = RETRY_DELAYS_MS): Promise<Reply<K>> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await sendMessage(message);
    } catch (error) {
      const delay = delays[attempt];
      if (delay === undefined || !retriable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
