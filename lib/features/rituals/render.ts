/**
 * The rituals as text: Markdown (Docs, Gmail with a Markdown add-on, the decision log), Slack mrkdwn
 * and plain text. Each draft becomes a list of blocks once; each format renders the blocks. Pure.
 *
 * The review window gives every reader one unambiguous line in their own zone — clock, weekday and
 * date ("Ana Weber (Berlin): 4:00 PM Wednesday, Dec 2") — with the city named as DEADLINES.md names
 * zones. A reader whose zone is unknown gets the close in UTC, marked as such: nothing is guessed.
 */
import {
  DECISION_ASK,
  QUESTION_ASK,
  RETRO_ASK,
  RETRO_PROMPTS,
  summarizeRetro,
  titleOf,
  type KickoffDraft,
  type ProposalDraft,
  type RetroDraft,
  type RitualDraft,
} from './model';
import { cityName, civilDateAt, formatClock, formatLongDay, isValidZone, type RenderStyle } from './time';
import type { Requirement, ReviewWindow } from './window';

export type RitualFormat = 'markdown' | 'slack' | 'plain';

/** An inline piece: text, or a link. */
type Inline = string | { label: string; url: string };

type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; parts: Inline[]; gap?: boolean }
  | { kind: 'field'; label: string; parts: Inline[] }
  | { kind: 'list'; items: Inline[][]; numbered?: boolean };

function inline(parts: Inline[], format: RitualFormat): string {
  return parts
    .map((p) => {
      if (typeof p === 'string') return p;
      if (format === 'markdown') return `[${p.label || p.url}](${p.url})`;
      if (format === 'slack') return p.label ? `<${p.url}|${p.label}>` : `<${p.url}>`;
      return p.label && p.label !== p.url ? `${p.label}: ${p.url}` : p.url;
    })
    .join('');
}

function renderBlocks(blocks: Block[], format: RitualFormat): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        out.push(format === 'markdown' ? `## ${block.text}` : format === 'slack' ? `*${block.text}*` : block.text);
        break;
      case 'heading':
        out.push('', format === 'markdown' ? `**${block.text}**` : format === 'slack' ? `*${block.text}*` : `${block.text}:`);
        break;
      case 'paragraph':
        if (block.gap) out.push('');
        out.push(inline(block.parts, format));
        break;
      case 'field': {
        const label = format === 'markdown' ? `**${block.label}:**` : format === 'slack' ? `*${block.label}:*` : `${block.label}:`;
        out.push('', `${label} ${inline(block.parts, format)}`);
        break;
      }
      case 'list':
        block.items.forEach((item, i) => {
          const bullet = block.numbered ? `${i + 1}.` : format === 'slack' ? '•' : '-';
          out.push(`${bullet} ${inline(item, format)}`);
        });
        break;
    }
  }
  return out.join('\n');
}

function clean(text: string): string {
  return text.trim();
}

function lines(texts: string[]): Inline[][] {
  return texts.map(clean).filter(Boolean).map((t) => [t]);
}

/** "2 of your working days", "6 of your working hours", "1 working hour". */
export function describeRequirement(requirement: Requirement): string {
  const n = requirement.amount;
  const unit = requirement.unit === 'days' ? 'working day' : 'working hour';
  return n === 1 ? `1 ${unit} of your own` : `${n} of your ${unit}s`;
}

function whenIn(instant: number, zone: string, style: RenderStyle): string {
  return `${formatClock(instant, zone, style)} ${formatLongDay(instant, zone, style)}`;
}

function shortDate(instant: number, zone: string, style: RenderStyle): string {
  return new Intl.DateTimeFormat(style.locale, { timeZone: zone, month: 'short', day: 'numeric' }).format(instant);
}

/**
 * One line per reader with their own close time, weekday and date; unknown zones in UTC, marked.
 * Returns [] when nothing closes (no reader known): the caller says so instead.
 */
export function readerLines(window: ReviewWindow, style: RenderStyle): string[] {
  const { closesAt } = window;
  if (closesAt === undefined) return window.unknown.map(({ reader }) => `${reader.name}: your time zone is not set yet, so no close time can be given`);
  const out: string[] = [];
  for (const r of window.readers) {
    const notes: string[] = [];
    if (!r.inHours) notes.push(window.noCommonHours ? 'outside your working hours: no time within a day is inside everyone’s hours' : 'outside your working hours');
    if (r.clockChange !== undefined) notes.push(`clocks change in ${cityName(r.timeZone)} on ${shortDate(r.clockChange, r.timeZone, style)}`);
    out.push(`${r.reader.name} (${cityName(r.timeZone)}): ${whenIn(closesAt, r.timeZone, style)}${notes.length ? ` (${notes.join('; ')})` : ''}`);
  }
  for (const { reader } of window.unknown) out.push(`${reader.name}: ${whenIn(closesAt, 'UTC', style)} UTC (your time zone is not set yet)`);
  for (const reader of window.noHours) out.push(`${reader.name} (${reader.timeZone && isValidZone(reader.timeZone) ? cityName(reader.timeZone) : 'UTC'}): ${whenIn(closesAt, reader.timeZone && isValidZone(reader.timeZone) ? reader.timeZone : 'UTC', style)} (no working hours are set for you)`);
  return out;
}

function windowBlocks(heading: string, window: ReviewWindow | undefined, style: RenderStyle): Block[] {
  if (!window) return [];
  const lines = readerLines(window, style);
  if (lines.length === 0) return [];
  return [
    { kind: 'heading', text: `${heading} (at least ${describeRequirement(window.requirement)} each)` },
    { kind: 'list', items: lines.map((l) => [l]) },
  ];
}

function proposalBlocks(d: ProposalDraft, window: ReviewWindow | undefined, style: RenderStyle): Block[] {
  const blocks: Block[] = [{ kind: 'title', text: `Decision proposal: ${titleOf(d)}` }];
  if (clean(d.context)) blocks.push({ kind: 'heading', text: 'Context' }, { kind: 'paragraph', parts: [clean(d.context)] });
  const options = d.options.filter((o) => clean(o.name));
  if (options.length) {
    blocks.push(
      { kind: 'heading', text: 'Options' },
      { kind: 'list', numbered: true, items: options.map((o) => [clean(o.tradeoffs) ? `${clean(o.name)}: ${clean(o.tradeoffs)}` : clean(o.name)]) },
    );
  }
  if (clean(d.recommendation)) blocks.push({ kind: 'field', label: 'Recommendation', parts: [clean(d.recommendation)] });
  blocks.push({ kind: 'field', label: 'What I ask of you', parts: [`approve, object or comment before the review closes: ${DECISION_ASK[d.channel]}.`] });
  if (clean(d.decider)) blocks.push({ kind: 'field', label: 'Who decides', parts: [`${clean(d.decider)}, once the review closes.`] });
  blocks.push(...windowBlocks('Review closes', window, style));
  return blocks;
}

function kickoffBlocks(d: KickoffDraft, window: ReviewWindow | undefined, style: RenderStyle): Block[] {
  const blocks: Block[] = [{ kind: 'title', text: `Kick-off: ${titleOf(d)}` }];
  if (clean(d.goal)) blocks.push({ kind: 'field', label: 'Goal', parts: [clean(d.goal)] });
  const scope = lines(d.scope);
  if (scope.length) blocks.push({ kind: 'heading', text: 'In scope' }, { kind: 'list', items: scope });
  const nonGoals = lines(d.nonGoals);
  if (nonGoals.length) blocks.push({ kind: 'heading', text: 'Not in scope' }, { kind: 'list', items: nonGoals });
  if (clean(d.owner)) blocks.push({ kind: 'field', label: 'Owner', parts: [clean(d.owner)] });
  const roles = d.roles.filter((r) => clean(r.who));
  if (roles.length) blocks.push({ kind: 'heading', text: 'Roles' }, { kind: 'list', items: roles.map((r) => [clean(r.role) ? `${clean(r.who)}: ${clean(r.role)}` : clean(r.who)]) });
  const milestones = d.milestones.filter((m) => clean(m.what));
  if (milestones.length) blocks.push({ kind: 'heading', text: 'Milestones' }, { kind: 'list', items: milestones.map((m) => [clean(m.when) ? `${clean(m.when)}: ${clean(m.what)}` : clean(m.what)]) });
  const links = d.links.filter((l) => clean(l.url));
  if (links.length) blocks.push({ kind: 'heading', text: 'Links' }, { kind: 'list', items: links.map((l) => [{ label: clean(l.label), url: clean(l.url) }]) });
  blocks.push({ kind: 'field', label: 'Questions', parts: [`${QUESTION_ASK[d.channel]} before the Q&A window closes; every question gets an answer there.`] });
  blocks.push(...windowBlocks('Q&A closes', window, style));
  return blocks;
}

function retroBlocks(d: RetroDraft, window: ReviewWindow | undefined, style: RenderStyle): Block[] {
  const blocks: Block[] = [{ kind: 'title', text: titleOf(d) }];
  blocks.push({ kind: 'paragraph', gap: true, parts: [`Three prompts, answered in writing — ${RETRO_ASK[d.channel]}:`] });
  blocks.push({ kind: 'list', items: RETRO_PROMPTS.map((p) => [p.question]) });
  blocks.push(...windowBlocks('Notes close', window, style));
  return blocks;
}

/** Renders a draft with its review window (omit the window for a draft whose readers are not chosen). */
export function renderRitual(draft: RitualDraft, format: RitualFormat, window: ReviewWindow | undefined, style: RenderStyle): string {
  const blocks = draft.kind === 'decision' ? proposalBlocks(draft, window, style) : draft.kind === 'kickoff' ? kickoffBlocks(draft, window, style) : retroBlocks(draft, window, style);
  return renderBlocks(blocks, format);
}

/**
 * The retro's summary draft, from what the user collected. With the retro's window (once posted),
 * it says when the notes closed in each reader's own zone, as the retro itself did.
 */
export function renderRetroSummary(draft: RetroDraft, format: RitualFormat, window: ReviewWindow | undefined, style: RenderStyle): string {
  const summary = summarizeRetro(draft);
  const blocks: Block[] = [{ kind: 'title', text: summary.title }];
  const from = summary.people > 0 ? ` from ${summary.people} ${summary.people === 1 ? 'person' : 'people'}` : '';
  blocks.push({ kind: 'paragraph', gap: true, parts: [`${summary.notes} ${summary.notes === 1 ? 'note' : 'notes'}${from}.`] });
  for (const section of summary.sections) {
    blocks.push({ kind: 'heading', text: section.id === 'tryNext' ? 'What we will try next' : section.title });
    blocks.push({ kind: 'list', items: section.items.length ? section.items.map((i) => [`${i.text}${i.count > 1 ? ` (×${i.count})` : ''}`]) : [['Nothing noted']] });
  }
  const closed = window ? readerLines(window, style) : [];
  if (window?.closesAt !== undefined && closed.length) blocks.push({ kind: 'heading', text: 'Notes closed' }, { kind: 'list', items: closed.map((l) => [l]) });
  return renderBlocks(blocks, format);
}

/** "the review closed yesterday", "the review closes today", "the review closed 3 days ago" — in `zone`'s calendar. */
export function closedPhrase(closesAt: number, now: number, zone: string): string {
  const days = Math.round((dayIndex(now, zone) - dayIndex(closesAt, zone)));
  if (closesAt > now) return days === 0 ? 'the review closes today' : 'the review is open';
  if (days === 0) return 'the review closed today';
  if (days === 1) return 'the review closed yesterday';
  return `the review closed ${days} days ago`;
}

function dayIndex(instant: number, zone: string): number {
  const d = civilDateAt(instant, zone);
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}
