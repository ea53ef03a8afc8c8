import type { StoredRecordQueue } from '@/lib/storage/schema';

/**
 * Says when sent messages' commitments could not be saved yet (a full disk, a stopped worker), and
 * that Handoff retries. The page hands in the stored queue (lib/ui-hooks.ts `useRecordQueue`).
 */
export function UnsavedRecords({ queue }: { queue: StoredRecordQueue | null }) {
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
