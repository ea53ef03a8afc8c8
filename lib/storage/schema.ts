/**
 * Every shape Handoff stores, and every storage key, in one place: the IndexedDB rows (lib/storage/db.ts
 * declares their tables and versions) and the browser.storage.local keys. A change here is a change
 * to stored data: add a database version with a migration (lib/storage/migrations/), which keeps a
 * frozen copy of the shapes it migrates from. The settings' own shape lives beside its store and
 * its defaults, in ./settings.ts (key `SETTINGS_KEY`).
 */
import type { HostId, WorkingHours, ZoneSource } from '@/lib/analysis/types';

// ——— browser.storage.local keys ———

/** The running focus session (FocusState), mirrored so content scripts can read it. */
export const FOCUS_STATE_KEY = 'focusState';
/** The "Google Docs document body" switch (boolean), kept apart from the settings object. */
export const DOCS_BODY_HOOK_KEY = 'docsBodyHook';
/** Sent messages waiting to be recorded (RecordQueue, lib/background/record-queue.ts); the popup reads it to say what is unsaved. */
export const RECORD_QUEUE_KEY = 'recordQueue';

/** What a page may rely on in the value under RECORD_QUEUE_KEY (read defensively: a corrupt value shows nothing). */
export interface StoredRecordQueue {
  waiting?: { error?: string }[];
  dropped?: number;
}

// ——— IndexedDB rows ———

/** One person of the local directory (issue: deadlines). Emails are stored lower-cased. */
export interface PersonRow {
  id?: number;
  name?: string;
  emails: string[];
  slackIds: string[];
  timeZone?: string;
  zoneSource?: ZoneSource;
  /** When the zone was set, epoch ms. */
  zoneUpdatedAt?: number;
  workingHours?: WorkingHours;
}

/** The zones the user chose for a conversation whose readers the directory cannot key. */
export interface ChannelZonesRow {
  channelId: string;
  zones: string[];
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/** A row logged at an instant (epoch ms), keyed by an auto-incremented id. */
export interface LoggedRow {
  id?: number;
  at: number;
  [field: string]: unknown;
}

/** A win logged with the popup's "log it" box. */
export interface WinRow extends LoggedRow {
  at: number;
  text: string;
}

/**
 * Something found in a message the user sent: a commitment they made ("I'll send the deck by
 * Friday"), a deadline they asked of someone else, or a "blocked by / waiting on" phrase.
 */
export type RecordKind = 'commitment' | 'ask' | 'blocker';

export interface CommitmentRow extends LoggedRow {
  at: number;
  kind: RecordKind;
  /** The sentence as sent. */
  text: string;
  /** Epoch ms. */
  dueAt?: number;
  status: 'open' | 'done';
  /** Epoch ms. */
  doneAt?: number;
  host?: HostId;
  /** Who it was sent to, as the page showed them ("Ana Weber", "#launch"). */
  to?: string;
}

/** A focus (deep work) session as it is logged. */
export interface FocusSessionRow extends LoggedRow {
  /** Start, epoch ms. */
  at: number;
  /** Planned length; null means "until I stop". */
  plannedMinutes: number | null;
  plannedEnd: number | null;
  endedAt?: number;
  /** Stopped before its planned end. */
  interrupted?: boolean;
}

/** The running session, stored under FOCUS_STATE_KEY. */
export interface FocusState {
  sessionId: number;
  startedAt: number;
  plannedEnd: number | null;
}

/** 'made' (Decisions made, issue 15) is new in version 3: drafts stored before it may lack the key. */
export type SectionId = 'progress' | 'blockers' | 'next' | 'decisions' | 'made';

export type SourceKind = 'win' | 'commitment' | 'ask' | 'blocker' | 'focus' | 'decision';

export interface DraftSource {
  kind: SourceKind;
  /** Says where the line came from: "Win logged Tue, Nov 24". */
  label: string;
}

export interface DraftItem {
  /** Prefilled lines use their record's key ("win:3"), so reopening never adds them twice. */
  id: string;
  text: string;
  source?: DraftSource;
  /** The user changed a prefilled line: reopening the draft keeps their words. */
  edited?: boolean;
}

/**
 * A week's update draft (table weeklyDrafts, key `week`, an ISO week "2026-W48"); version 2's shape,
 * with section 'made' since version 3 (absent from drafts stored earlier: read it with `?? []`).
 */
export interface WeeklyDraft {
  week: string;
  schema: 2;
  createdAt: number;
  updatedAt: number;
  sections: Record<SectionId, DraftItem[]>;
  /** Keys of prefilled lines the user removed: never prefilled again. */
  dismissed: string[];
}

// ——— The ritual log (table rituals, database version 3; issue 15) ———

/** The kinds of ritual: a decision proposal, a kick-off brief, a retrospective. */
export type RitualKind = 'decision' | 'kickoff' | 'retro';

/** Where the ritual is posted: decides how readers are asked to answer. */
export type Channel = 'slack' | 'gmail' | 'docs';

/** A reader of a ritual. `timeZone` undefined (or not an IANA zone Intl knows) means unknown. */
export interface Reader {
  /** Stable key (the directory's id, an email or a typed name). */
  id: string;
  name: string;
  timeZone?: string;
  workingHours?: WorkingHours;
}

/**
 * How much of their own working time every reader gets: whole working days (each reader's own day
 * length, e.g. 8 h for 09:00–17:00, 6 h for 10:00–16:00) or working hours.
 */
export type Requirement = { unit: 'days'; amount: number } | { unit: 'hours'; amount: number };

export interface ProposalOption {
  name: string;
  /** What choosing it costs and gains, in the writer's words. */
  tradeoffs: string;
}

interface RitualBase {
  title: string;
  channel: Channel;
  readers: Reader[];
  /** Working time every reader gets before the window closes; defaults per kind in DEFAULT_REQUIREMENT. */
  requirement: Requirement;
}

export interface ProposalDraft extends RitualBase {
  kind: 'decision';
  context: string;
  options: ProposalOption[];
  recommendation: string;
  /** Who makes the call once the review closes ("Ana Weber", "me"). */
  decider: string;
}

export interface Role {
  who: string;
  role: string;
}

export interface Milestone {
  what: string;
  /** As the writer states it ("Dec 14", "end of Q1"); not resolved. */
  when: string;
}

export interface Link {
  label: string;
  url: string;
}

export interface KickoffDraft extends RitualBase {
  kind: 'kickoff';
  goal: string;
  scope: string[];
  nonGoals: string[];
  owner: string;
  roles: Role[];
  milestones: Milestone[];
  links: Link[];
}

export type RetroPrompt = 'wentWell' | 'didNot' | 'tryNext';

export interface RetroNote {
  text: string;
  /** Who said it, when the user noted it ("Kenji"). */
  by?: string;
}

export interface RetroDraft extends RitualBase {
  kind: 'retro';
  /** What the retro looks back on ("the launch", "Sprint 14"). */
  period: string;
  /** What the user collected from the replies, per prompt. */
  collected: Record<RetroPrompt, RetroNote[]>;
}

export type RitualDraft = ProposalDraft | KickoffDraft | RetroDraft;

/** A decision's life: open until the user records the outcome (Handoff reads no reactions or replies). */
export type DecisionStatus = 'open' | 'decided' | 'rejected' | 'superseded';
/** Kick-offs and retros are open while their window runs, closed once the user closes them. */
export type RitualStatus = DecisionStatus | 'closed';

/** One proposal, kick-off or retro as logged (table rituals, key `id`). */
export interface RitualRow {
  id?: number;
  kind: RitualKind;
  draft: RitualDraft;
  status: RitualStatus;
  /** Epoch ms. */
  createdAt: number;
  updatedAt: number;
  /** When the ritual was first copied, inserted or recorded as posted: its window opens then (epoch ms). */
  opensAt?: number;
  /** The window's close computed when posted (epoch ms); undefined while no reader's zone is known. */
  closesAt?: number;
  /** The decision as recorded ("HubSpot, on the annual plan"). */
  decision?: string;
  /** When the outcome was recorded (epoch ms). */
  decidedAt?: number;
  /** Where it was posted (a Slack permalink, a Gmail thread, a Docs URL). */
  link?: string;
  /** The id of the proposal that replaced this one. */
  supersededBy?: number;
}
