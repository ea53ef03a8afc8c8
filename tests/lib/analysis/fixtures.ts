/** Shared test context: Mon 2026-11-23 14:00 in New York (= 20:00 in Berlin), as in DEADLINES.md. */
import type { AnalysisContext } from '@/lib/analysis/types';

export const NOW = Date.UTC(2026, 10, 23, 19, 0);

export function context(overrides: Partial<AnalysisContext> = {}): AnalysisContext {
  return {
    now: NOW,
    sender: { name: 'Sam', timeZone: 'America/New_York', locale: 'en-US' },
    recipients: [{ name: 'Ana', timeZone: 'Europe/Berlin' }],
    host: 'slack',
    ...overrides,
  };
}
