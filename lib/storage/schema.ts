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

export type SectionId = 'progress' | 'blockers' | 'next' | 'decisions';

export type SourceKind = 'win' | 'commitment' | 'ask' | 'blocker' | 'focus';

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

/** A week's update draft (table weeklyDrafts, key `week`, an ISO week "2026-W48"); version 2's shape. */
export interface WeeklyDraft {
  week: string;
  schema: 2;
  createdAt: number;
  updatedAt: number;
  sections: Record<SectionId, DraftItem[]>;
  /** Keys of prefilled lines the user removed: never prefilled again. */
  dismissed: string[];
}
