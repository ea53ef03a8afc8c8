import { describe, expect, it } from 'vitest';
import { findDeadlines } from '@/lib/analysis/deadlines';
import { NOW, NY } from './helpers';

describe('vague', () => {
  it.each(['ASAP', 'when you get a chance', 'at your earliest convenience'])('"%s" is a vague deadline with choices', (text) => {
    const [d] = findDeadlines(`Please review it ${text}.`, { now: NOW, sender: { timeZone: NY }, recipients: [{ name: 'Ana', timeZone: 'Europe/Berlin' }], host: 'cli' });
    expect(d?.kind).toBe('vague');
    expect(d?.choices.length).toBeGreaterThan(0);
  });
});
