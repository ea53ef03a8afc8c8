/** What the hints take from the engine and the deadline layer (see the shared deadline contract). */
import type { Analysis } from '@/lib/analysis';
import type { AnalysisContext, HostId, WorkingHours } from '@/lib/analysis/types';
import type { ZoneOption } from '@/lib/analysis/deadlines/zones';
import type { PageRecipient } from '@/lib/hosts/types';
import type { Directory, Settings } from './directory';

export type { Analysis } from '@/lib/analysis';
export type { Deadline, DeadlineWarning, RecipientDeadline } from '@/lib/analysis/deadlines/types';

/**
 * The engine, in the page (tests, the playground) or behind a message to the background (content
 * scripts). `wants.rewrite` false: the caller will not show the rewrite, which may then be null.
 */
export type Analyze = (text: string, ctx: AnalysisContext, wants?: { rewrite: boolean }) => Analysis | Promise<Analysis>;

/** What a hints session is handed: the engine, the storage behind it, the clock and the sender's place. */
export interface HintsServices {
  analyze: Analyze;
  directory: Directory;
  settings: Settings;
  now(): number;
  senderZone(): string;
  senderLocale(): string;
  /** The 12/24-hour clock chosen in Options; undefined follows the locale. */
  senderHourCycle?(): 'h12' | 'h23' | undefined;
  /** The writer's working hours from Options (their "end of day"); undefined: the default, 09:00–17:00 Monday to Friday. */
  senderWorkingHours?(): WorkingHours | undefined;
  timeZones(): readonly ZoneOption[];
  /** Big cities and countries whose name starts with the query, each with its zone (the zone question's search). */
  places?(query: string): Promise<{ zone: string; place: string }[]>;
  /** The pause after the last keystroke before analysing. */
  debounceMs: number;
  /** False once the extension was reloaded or removed under the open tab: the session then goes quiet. */
  alive(): boolean;
  /** Stores a decision proposal drafted from the message and opens it for editing (absent where there is no editor to open). */
  propose?(request: { host: HostId; text: string; recipients: PageRecipient[] }): Promise<void>;
}
