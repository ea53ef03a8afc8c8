/** What the hints take from the engine and the deadline layer (see the shared deadline contract). */
import type { Analysis } from '@/lib/analysis';
import type { AnalysisContext } from '@/lib/analysis/types';

export type { Analysis } from '@/lib/analysis';
export type { Deadline, DeadlineWarning, RecipientDeadline } from '@/lib/analysis/deadlines/types';

export type Analyze = (text: string, ctx: AnalysisContext) => Analysis;
