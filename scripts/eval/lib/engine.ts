/** The context every message of the evaluation set is analysed in, and the engine's answer for one message. */
import { analyze } from '../../../lib/analysis/index';
import type { AnalysisContext, HostId } from '../../../lib/analysis/types';

export function evalContext(host: HostId): AnalysisContext {
  return {
    now: Date.UTC(2026, 10, 23, 19, 0),
    sender: { timeZone: 'America/New_York', locale: 'en-US' },
    recipients: [{ name: 'Ana', timeZone: 'Europe/Berlin' }],
    host,
  };
}

/** The rule ids the instant pass raises on `text`. */
export function instantRules(text: string, host: HostId): string[] {
  return [...new Set(analyze(text, evalContext(host)).findings.map((f) => f.rule))].sort();
}
