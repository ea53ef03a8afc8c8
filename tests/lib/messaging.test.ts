import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listen, sendMessage, type Handlers } from '@/lib/messaging';

describe('typed messaging', () => {
  beforeEach(() => fakeBrowser.reset());

  it('delivers a request to its handler and returns the typed reply', async () => {
    listen({ ping: () => ({ version: '9.9.9' }) } as Partial<Handlers> as Handlers);
    await expect(sendMessage({ type: 'ping' })).resolves.toEqual({ version: '9.9.9' });
  });

  it('rethrows a handler error on the sending side with its message', async () => {
    listen({
      ping: () => {
        throw new Error('database closed');
      },
    } as Partial<Handlers> as Handlers);
    await expect(sendMessage({ type: 'ping' })).rejects.toThrow('database closed');
  });
});
