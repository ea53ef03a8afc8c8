import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { db } from '@/lib/storage/db';
import { drainQueue, readQueue, recordQueued, RECORD_RETRY_ALARM } from '@/lib/background/record-queue';
import { handlers } from '@/lib/background/handlers';
import { MAX_RECORDED_TEXT, MAX_ROWS_PER_MESSAGE } from '@/lib/features/weekly/records';

const SENT = { host: 'gmail' as const, text: "I'll send the deck by Friday.", to: 'Ana' };
const NOW = Date.UTC(2026, 10, 30, 10);

describe('sent messages are queued until their commitments are saved', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await db().commitments.clear();
  });

  it('records a message and leaves nothing waiting', async () => {
    expect(await recordQueued({ ...SENT, id: 'm1' }, NOW)).toBe(1);
    expect(await db().commitments.count()).toBe(1);
    expect((await readQueue()).waiting).toEqual([]);
    // The same message re-sent (its reply was lost) is not recorded twice.
    expect(await recordQueued({ ...SENT, id: 'm1' }, NOW + 5)).toBe(0);
    expect(await db().commitments.count()).toBe(1);
  });

  it('records at most MAX_ROWS_PER_MESSAGE rows from one giant message, and queues only what it reads (issue 16)', async () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `I'll send the deck ${i} by Friday.`).join('\n');
    expect(text.length).toBeGreaterThan(500_000);
    const saved = await recordQueued({ ...SENT, text, id: 'giant' }, NOW);
    expect(saved).toBe(MAX_ROWS_PER_MESSAGE);
    expect(await db().commitments.count()).toBe(MAX_ROWS_PER_MESSAGE);
    // Eight more of the same size cannot add more than eight times the cap.
    for (let i = 0; i < 8; i++) await recordQueued({ ...SENT, text: `${text} ${i}`, id: `giant-${i}` }, NOW);
    expect(await db().commitments.count()).toBe(9 * MAX_ROWS_PER_MESSAGE);
    expect(MAX_RECORDED_TEXT).toBeLessThanOrEqual(20_000);
  });

  it('keeps a message whose save failed on a full disk, says why in words, and records it on retry', async () => {
    const spy = vi.spyOn(db().commitments, 'bulkAdd').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    const reply = await handlers['records/sent']({ type: 'records/sent', ...SENT, id: 'm2' });
    expect(reply).toEqual({ recorded: 0 });
    spy.mockRestore();
    const queue = await readQueue();
    expect(queue.waiting).toHaveLength(1);
    expect(queue.waiting[0]).toMatchObject({ id: 'm2', text: SENT.text, attempts: 1 });
    expect(queue.waiting[0]!.error).toMatch(/^Could not save the commitments of a sent message: the browser's storage for Handoff is full/);
    expect(await browser.alarms.get(RECORD_RETRY_ALARM)).toBeDefined();
    expect(await db().commitments.count()).toBe(0);

    expect(await drainQueue()).toBe(1);
    expect(await db().commitments.toArray()).toEqual([expect.objectContaining({ text: SENT.text, to: 'Ana', status: 'open' })]);
    expect((await readQueue()).waiting).toEqual([]);
    expect(await browser.alarms.get(RECORD_RETRY_ALARM)).toBeUndefined();
  });

  it('a message queued by a worker that stopped before recording it is recorded on the next start, dated when it was sent', async () => {
    await browser.storage.local.set({ recordQueue: { waiting: [{ id: 'm3', ...SENT, at: NOW, attempts: 0 }], done: [], dropped: 0 } });
    expect(await drainQueue()).toBe(1);
    expect((await db().commitments.toArray())[0]).toMatchObject({ at: NOW });
  });
});
