/**
 * What the hints need from the engine (branch `engine`: `analyze`) and the deadline layer, as the
 * shared contract states it; the real modules are wired in `lib/hints/index.ts`.
 */
import type { AnalysisContext, Finding, Span } from '@/lib/analysis/types';

export interface DeadlineWarning {
  code: string;
  message: string;
  alternative?: { due: number; phrase: string };
}

export interface RecipientDeadline {
  person: { name?: string; email?: string; slackId?: string; timeZone?: string };
  due?: number;
  local?: string;
  zoneKnown: boolean;
  warnings: DeadlineWarning[];
}

export interface Deadline {
  start: number;
  end: number;
  text: string;
  kind: 'resolved' | 'vague';
  due?: number;
  perRecipient: RecipientDeadline[];
  senderLocal?: string;
  phrase?: string;
  warnings: DeadlineWarning[];
  choices: { label: string; replacement: string }[];
}

export interface Analysis {
  findings: Finding[];
  asks: Span[];
  deadlines: Deadline[];
  rewrite: string | null;
}

export type Analyze = (text: string, ctx: AnalysisContext) => Analysis;
