/**
 * The three async rituals as plain data (issue 15): a decision proposal, a kick-off brief and a
 * retrospective, plus the retro's summary built from what the user collected. Pure: no clock, no
 * storage, no DOM. Rendering lives in render.ts, the review window in window.ts.
 */
import type { Channel, KickoffDraft, ProposalDraft, RetroDraft, RetroNote, RetroPrompt, RitualDraft, RitualKind } from '@/lib/storage/schema';
import { DEFAULT_REQUIREMENT } from './window';

// The drafts are stored (table rituals): their shapes live in lib/storage/schema.ts.
export type {
  Channel,
  KickoffDraft,
  Link,
  Milestone,
  ProposalDraft,
  ProposalOption,
  RetroDraft,
  RetroNote,
  RetroPrompt,
  RitualDraft,
  Role,
} from '@/lib/storage/schema';

export const RETRO_PROMPTS: { id: RetroPrompt; title: string; question: string }[] = [
  { id: 'wentWell', title: 'Went well', question: 'What went well?' },
  { id: 'didNot', title: 'Did not go well', question: 'What did not go well?' },
  { id: 'tryNext', title: 'Try next', question: 'What should we try next?' },
];

export function emptyProposal(channel: Channel = 'slack'): ProposalDraft {
  return { kind: 'decision', title: '', context: '', options: [], recommendation: '', decider: '', channel, readers: [], requirement: { ...DEFAULT_REQUIREMENT.decision } };
}

export function emptyKickoff(channel: Channel = 'slack'): KickoffDraft {
  return {
    kind: 'kickoff',
    title: '',
    goal: '',
    scope: [],
    nonGoals: [],
    owner: '',
    roles: [],
    milestones: [],
    links: [],
    channel,
    readers: [],
    requirement: { ...DEFAULT_REQUIREMENT.kickoff },
  };
}

export function emptyRetro(channel: Channel = 'slack'): RetroDraft {
  return { kind: 'retro', title: '', period: '', collected: { wentWell: [], didNot: [], tryNext: [] }, channel, readers: [], requirement: { ...DEFAULT_REQUIREMENT.retro } };
}

export function emptyDraft(kind: RitualKind, channel: Channel = 'slack'): RitualDraft {
  return kind === 'decision' ? emptyProposal(channel) : kind === 'kickoff' ? emptyKickoff(channel) : emptyRetro(channel);
}

/** How each reader answers a proposal on each host (Handoff does not read reactions or replies). */
export const DECISION_ASK: Record<Channel, string> = {
  slack: 'react 👍 to approve or 👎 to object, and reply in the thread with an objection or a comment',
  gmail: 'reply "Approve", or reply with your objection or a comment',
  docs: 'add a comment to this document: approve, object, or comment',
};

export const QUESTION_ASK: Record<Channel, string> = {
  slack: 'ask in the thread',
  gmail: 'reply to this email',
  docs: 'add a comment to this document',
};

export const RETRO_ASK: Record<Channel, string> = {
  slack: 'reply in the thread, one note per message, starting with the prompt it answers',
  gmail: 'reply with your notes under each prompt',
  docs: 'add your notes under each prompt',
};

/** A title for a draft that has none yet: the kind's name, so nothing is posted without a heading. */
export function titleOf(draft: RitualDraft): string {
  const title = draft.title.trim();
  if (title) return title;
  return draft.kind === 'decision' ? 'Decision proposal' : draft.kind === 'kickoff' ? 'Project kick-off' : draft.period.trim() ? `Retrospective: ${draft.period.trim()}` : 'Retrospective';
}

export interface SummaryItem {
  text: string;
  /** How many notes said the same thing (case and trailing punctuation ignored). */
  count: number;
  by: string[];
}

export interface RetroSummary {
  title: string;
  notes: number;
  people: number;
  sections: { id: RetroPrompt; title: string; items: SummaryItem[] }[];
}

function key(text: string): string {
  return text.trim().replace(/[.!…\s]+$/u, '').toLocaleLowerCase();
}

/**
 * The retro's summary draft from what the user collected: empty notes dropped, the same note said
 * twice merged with a count, the most-said first (ties keep the order collected).
 */
export function summarizeRetro(draft: RetroDraft): RetroSummary {
  const people = new Set<string>();
  let notes = 0;
  const sections = RETRO_PROMPTS.map(({ id, title }) => {
    const items = new Map<string, SummaryItem>();
    for (const note of draft.collected[id] ?? []) {
      const text = note.text.trim().replace(/[.!\s]+$/u, '');
      if (!text) continue;
      notes++;
      if (note.by?.trim()) people.add(note.by.trim());
      const k = key(text);
      const item = items.get(k) ?? { text, count: 0, by: [] };
      item.count++;
      if (note.by?.trim() && !item.by.includes(note.by.trim())) item.by.push(note.by.trim());
      items.set(k, item);
    }
    return { id, title, items: [...items.values()].sort((a, b) => b.count - a.count) };
  });
  return { title: `Retrospective summary: ${draft.period.trim() || titleOf(draft)}`, notes, people: people.size, sections };
}
