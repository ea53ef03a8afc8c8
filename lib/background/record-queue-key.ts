/** Where the queue of sent messages waiting to be recorded is kept (record-queue.ts), for pages that only read or delete it. */
export const RECORD_QUEUE_KEY = 'recordQueue';
