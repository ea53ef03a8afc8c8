import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { RECORD_QUEUE_KEY } from '@/lib/background/record-queue-key';

interface StoredQueue {
  waiting?: { error?: string }[];
  dropped?: number;
}

/** Says when sent messages' commitments could not be saved yet (a full disk, a stopped worker), and that Handoff retries. */
export function UnsavedRecords() {
  const [queue, setQueue] = useState<StoredQueue | null>(null);
  useEffect(() => {
    void browser.storage.local.get(RECORD_QUEUE_KEY).then((s) => setQueue((s[RECORD_QUEUE_KEY] as StoredQueue | undefined) ?? null));
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && RECORD_QUEUE_KEY in changes) setQueue((changes[RECORD_QUEUE_KEY]?.newValue as StoredQueue | undefined) ?? null);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  const waiting = Array.isArray(queue?.waiting) ? queue.waiting : [];
  const failed = waiting.filter((w) => w.error);
  const dropped = typeof queue?.dropped === 'number' ? queue.dropped : 0;
  if (!failed.length && !dropped) return null;
  return (
    <p role="alert" class="error" data-testid="unsaved-records">
      {failed.length > 0 && (
        <>
          {failed.length === 1 ? 'A sent message’s commitments could not be saved yet' : `${failed.length} sent messages’ commitments could not be saved yet`}: {failed.at(-1)?.error} Handoff keeps them and retries every minute.
        </>
      )}
      {dropped > 0 && ` ${dropped} older ${dropped === 1 ? 'message was' : 'messages were'} given up because too many were waiting.`}
    </p>
  );
}
