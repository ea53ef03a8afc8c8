/** A mark becomes a card: what is unclear and why, the one-click fixes, the deadline chip. */
import type { CardModel, DeadlineChipModel, ZoneQuestionModel, ZoneReadingModel } from '@/components/hints/types';
import { ruleName } from '@/lib/analysis/rule-names';
import { answerEdit, minimalEdits } from '@/lib/analysis/rule';
import { cityName } from '@/lib/analysis/deadlines/zones';
import type { Fix } from '@/lib/analysis/types';
import { wordDiff } from '@/lib/analysis/diff';
import type { Deadline } from './contract';
import type { Mark } from './marks';

/** A fix in the offsets of the analysed text: the engine's own `Fix` shape. */
export type FixAction = Fix;

/**
 * The fixes a card offers: the finding's, the deadline's choices and its phrase "in their time" —
 * never one that changes nothing (the words already say it) or names a time already passed.
 * `analysed` is the text the mark was found in (to tell what a fix would change).
 */
export function fixesFor(mark: Mark, analysed?: string): FixAction[] {
  const fixes: FixAction[] = (mark.finding?.fixes ?? []).map((f) => ({ ...f }));
  const d = mark.deadline;
  if (d) {
    // Another time is the fix of a finding (a deadline a reader cannot meet, a vague one), never of a
    // stated time that is only information: "The board meeting is on Thursday at 10am" is a fact.
    const passed = [...d.warnings, ...d.perRecipient.flatMap((r) => r.warnings)].some((w) => w.code === 'passed');
    // Only when some reader's zone is known: otherwise "their time" is unknown and the phrase would
    // only restate the deadline in the writer's time, dropping a zone the writer chose ("3 PM Berlin time").
    const someoneKnown = d.perRecipient.some((r) => r.zoneKnown);
    if (d.phrase && !passed && someoneKnown && /^by\b/i.test(d.text)) {
      // "by Friday" ends at each reader's own end of day; the phrase states one instant, the
      // earliest (DEADLINES.md), which is sooner than their own for the others: said beside it.
      const sooner = d.perRecipient.filter((r) => r.zoneKnown && r.due !== undefined && d.due !== undefined && r.due > d.due).map((r) => r.person.name ?? r.person.email ?? 'a reader');
      const note = [sooner.length > 0 ? `One time for everyone, the first of their ends of day: sooner than their own for ${listed(sooner)}` : '', d.phraseNote ?? ''].filter(Boolean).join('. ');
      fixes.push({ label: sooner.length > 0 ? 'Say one time for everyone' : 'Say it in their time', replacement: d.phrase, start: d.start, end: d.end, ...(note ? { note } : {}) });
    }
  }
  const seen = new Set<string>();
  return fixes.filter((f) => {
    const key = f.ask ? `ask:${f.ask.question}` : `${f.start}:${f.end}:${f.replacement}`;
    if (seen.has(key) || f.end < f.start) return false;
    // No fix that changes nothing: the text in place already reads as the fix would write it.
    if (!f.ask && (f.replacement === (analysed?.slice(f.start, f.end) ?? d?.text) || f.edits?.length === 0)) return false;
    seen.add(key);
    return true;
  });
}

/** "Ana", "Ana and Kenji", "Ana, Kenji and Priya". */
export function listed(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Inside a run of non-space characters: "3" + ":00" is one token on the button. */
const WORD = /\S/;

/**
 * What a fix button shows: the exact words it will put in the message ("5:00 PM … (Berlin)" for
 * "EOD", "(the Q3 board deck)"), or the whole replacement when those words would start or end inside
 * a word or a time ("3pm" → "3:00 PM" edits only ":00 PM", which reads as nonsense on a button);
 * of a fix that adds a paragraph, that paragraph.
 */
export function insertionOf(fix: FixAction, analysed: string): string {
  const edits = fix.edits ?? minimalEdits(analysed.slice(fix.start, fix.end), fix.replacement, fix.start);
  const [edit] = edits;
  if (edits.length !== 1 || !edit) return fix.replacement.trim();
  const text = edit.text;
  const splitsStart = WORD.test(analysed.charAt(edit.start - 1)) && WORD.test(text.charAt(0));
  const splitsEnd = WORD.test(analysed.charAt(edit.end)) && WORD.test(text.charAt(text.length - 1));
  const shown = (splitsStart || splitsEnd || !text.trim() ? fix.replacement : text).trim();
  // A fix that adds a paragraph ("Copy the ask to the top") shows that paragraph, not the capital
  // letter it also gives the words after it.
  return shown.includes('\n\n') ? shown.split(/\n\n+/).reduce((a, b) => (b.length > a.length ? b : a)) : shown;
}

/** "vague-reference" → "Unclear reference": the rule's plain name (lib/analysis/rule-names.ts). */
export function ruleTitle(rule: string): string {
  return ruleName(rule);
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The card's title: the question the reader would ask back ("Which report?", "By when?") or what
 * the deadline is for ("Deadline for Ana"); the rule's plain name when nothing better is known.
 */
export function cardTitle(mark: Pick<Mark, 'kind' | 'finding' | 'deadline'>): string {
  const f = mark.finding;
  if (!f) return deadlineTitle(mark.deadline);
  switch (f.rule) {
    case 'vague-reference': {
      const question = /— ((?:which|what is) [^?—]{1,28})\?/i.exec(f.message)?.[1];
      if (question) return `${capitalise(question)}?`;
      return /broken/i.test(f.message) ? 'What is broken?' : 'Will they know what you mean?';
    }
    case 'vague-deadline':
      return mark.deadline?.kind === 'vague' || !mark.deadline ? 'When exactly?' : 'In whose time?';
    case 'missing-deadline':
      return 'By when?';
    case 'deadline-warning':
      return mark.deadline?.kind === 'invalid' ? 'Which date?' : 'Can they make that time?';
    case 'missing-ask':
      return 'What should they do?';
    case 'buried-ask':
      return 'Put the ask first';
    case 'many-questions':
      return 'Number the questions';
    case 'no-hello':
      return 'Say why you’re writing';
    case 'cold-ack':
      return 'Might read as curt';
    default:
      return ruleName(f.rule);
  }
}

function deadlineTitle(d: Deadline | undefined): string {
  if (d?.role === 'promise') return 'Your promise';
  // A time to meet is not a deadline: "The board meeting is on Thursday at 10am".
  const what = d?.role === 'appointment' ? 'Time' : 'Deadline';
  const who = (d?.perRecipient ?? []).map((r) => r.person.name ?? r.person.email ?? r.person.slackId ?? 'a reader');
  if (who.length === 0) return what;
  if (who.length === 1) return `${what} for ${who[0]}`;
  if (who.length === 2 && who.join('').length <= 24) return `${what} for ${who[0]} and ${who[1]}`;
  return `${what} for ${who[0]} and ${who.length - 1} more`;
}

/** A mark in words, for readers who cannot see the underline: "“the report”: Which report?". */
export function markLabel(mark: Pick<Mark, 'kind' | 'finding' | 'deadline' | 'text'>): string {
  return `“${mark.text}”: ${cardTitle(mark)}`;
}

/**
 * The card's confirmation once "Where is …?" is answered: whom, the city (the one city-name function
 * the pickers show zones by) and the zone id, and where to change it.
 */
export function savedZoneLine(who: string, zone: string): string {
  const city = cityName(zone);
  return `Saved: ${who} — ${city === zone ? zone : `${city} (${zone})`}. Change it in Options.`;
}

export interface CardExtras {
  index: number;
  total: number;
  rewrite?: string | null;
  /** The message has formatting the rewrite, plain text, would drop: the card says so. */
  formatted?: boolean;
  /** Said with the rewrite: the readers the one time it states is outside the hours of (Analysis.rewriteNotes). */
  rewriteNotes?: readonly string[];
  /** The text the mark was found in (what a fix changes, what the rewrite is compared with). */
  analysed?: string;
  zoneQuestion?: ZoneQuestionModel;
  /** "Saved: Ana — Kolkata (Asia/Kolkata). …" once a zone was answered in this card. */
  saved?: string;
  /** How the recipients' zones were chosen, when not from the recipients themselves. */
  basis?: string;
  notice?: string;
}

export function cardFor(mark: Mark, extras: CardExtras): CardModel {
  const message = mark.finding?.message ?? deadlineMessage(mark.deadline!);
  return {
    key: mark.key,
    title: cardTitle(mark),
    message,
    // The flagged words are shown once: not again under a message that already quotes them.
    quote: message.includes(`“${mark.text}”`) ? '' : mark.text,
    fixes: fixesFor(mark, extras.analysed).map((fix) => ({
      label: fix.label,
      replacement: fix.replacement,
      insert: fix.ask ? '' : insertionOf(fix, extras.analysed ?? ''),
      ...(fix.note ? { note: fix.note } : {}),
      ...(fix.ask ? { ask: { question: fix.ask.question, hint: fix.ask.hint, choices: fix.ask.choices ?? [], ...(fix.ask.deadline ? { deadline: true } : { reads: (answer: string) => readsWith(mark, fix, extras.analysed, answer) }) } } : {}),
    })),
    deadline: mark.deadline ? withoutMessage(chipFor(mark.deadline, extras.basis), message) : undefined,
    zoneQuestion: extras.zoneQuestion,
    ...(extras.saved ? { saved: extras.saved } : {}),
    rule: mark.finding?.rule,
    ruleName: mark.finding ? ruleName(mark.finding.rule) : undefined,
    rewrite: extras.rewrite
      ? {
          text: extras.rewrite,
          diff: extras.analysed !== undefined ? wordDiff(extras.analysed, extras.rewrite) : [{ op: 'same', text: extras.rewrite }],
          ...rewriteWarning(extras),
        }
      : undefined,
    reading: mark.deadline ? readingFor(mark.deadline) : undefined,
    proposal: mark.finding?.topic === 'decision' || undefined,
    notice: extras.notice,
    index: extras.index,
    total: extras.total,
  };
}

/**
 * What the card says before the rewrite replaces anything: that it is plain text (when the message
 * has links or formatting), and that its one stated time is outside some readers' hours.
 */
function rewriteWarning(extras: CardExtras): { warning?: string } {
  const said: string[] = [];
  if (extras.formatted) said.push('Your message has links or formatting: the rewrite is plain text and replaces them. Ctrl+Z brings them back.');
  for (const note of extras.rewriteNotes ?? []) said.push(`The rewrite states one time for everyone. ${note}.`);
  return said.length > 0 ? { warning: said.join(' ') } : {};
}

/**
 * The flagged words with an answer in, as the card shows them before Insert: "fix the report" +
 * "Q3" → "fix the Q3 report"; "+ the Q3 board deck" → "fix the report (the Q3 board deck)".
 * Without the analysed text, the answer as it goes in.
 */
export function readsWith(mark: Pick<Mark, 'start' | 'end'>, fix: FixAction, analysed: string | undefined, answer: string): string {
  const edit = answerEdit(fix, answer);
  if (analysed === undefined || edit.start < mark.start || edit.end > Math.max(mark.end, fix.end)) return edit.text.trim();
  const to = Math.max(mark.end, edit.end);
  return `${analysed.slice(mark.start, edit.start)}${edit.text}${analysed.slice(edit.end, to)}`.trim();
}

const BECAUSE: Record<NonNullable<Deadline['zoneReading']>['because'], string> = {
  chosen: 'as you chose',
  sender: 'your zone',
  recipient: 'a reader’s zone',
  'most-common': 'its most common meaning',
};

/** How an ambiguous zone abbreviation was read and its other meanings; undefined when it has none. */
export function readingFor(d: Deadline): ZoneReadingModel | undefined {
  const read = d.zoneReading;
  if (!read || !d.alternatives?.length) return undefined;
  return {
    said: `“${read.abbreviation}” read as ${read.label} (${BECAUSE[read.because]}).`,
    others: d.alternatives.map(({ abbreviation, zone, label }) => ({ abbreviation, zone, label })),
  };
}

/** An ambiguous-zone warning is said once, by the card's reading line with its other meanings. */
function saidByReading(d: Deadline, w: { code: string }): boolean {
  return w.code === 'ambiguous-zone' && readingFor(d) !== undefined;
}

/** A day with no hour ("by Friday") ends at a different moment for each reader whose zone is known (their own end of day). */
function endsApart(d: Deadline): boolean {
  return new Set(d.perRecipient.filter((r) => r.zoneKnown && r.due !== undefined).map((r) => r.due)).size > 1;
}

function deadlineMessage(d: Deadline): string {
  if (d.kind === 'vague') return `“${d.text}” does not say when: give a time your reader can plan around.`;
  const firstWarning = [...d.warnings, ...d.perRecipient.flatMap((r) => r.warnings)].find((w) => w.code !== 'unknown-zone' && !saidByReading(d, w));
  if (firstWarning) return firstWarning.message;
  if (d.role === 'promise') return `“${d.text}” is your promise, by your own day; here it is in each reader’s time.`;
  return endsApart(d) ? `“${d.text}” ends at a different moment for each reader: here is each one’s end of day.` : `“${d.text}” is one moment; here it is in each reader’s own time.`;
}

/** The card's message is said once: not again among the chip's warnings ("already passed" was said twice). */
function withoutMessage(chip: DeadlineChipModel, message: string): DeadlineChipModel {
  const bare = message.replace(/\.$/, '');
  return { ...chip, warnings: chip.warnings.filter((w) => w.replace(/\.$/, '') !== bare) };
}

export function chipFor(d: Deadline, basis?: string): DeadlineChipModel {
  const warnings = new Set<string>();
  for (const w of [...d.warnings, ...d.perRecipient.flatMap((r) => r.warnings)]) {
    if (w.code !== 'unknown-zone' && !saidByReading(d, w)) warnings.add(w.message);
  }
  return {
    recipients: d.perRecipient.map((r) => {
      // A vague deadline has no time yet: a reader whose zone is known still shows where they are.
      const local = r.zoneKnown ? (r.local ?? (r.person.timeZone ? `(${cityName(r.person.timeZone)})` : undefined)) : undefined;
      const who = r.person.name ?? r.person.email ?? r.person.slackId ?? 'Recipient';
      // A channel's readers are named by their city ("Readers (Kolkata)"); the time says it already.
      const city = local && / \([^()]+\)$/.exec(local)?.[0];
      return { who: city && who.endsWith(city) ? who.slice(0, -city.length) : who, local };
    }),
    senderLocal: d.senderLocal,
    // Each reader's own end of day: the writer's row is the first of them, not "the" time.
    ...(endsApart(d) ? { senderLabel: 'First due, for you' } : {}),
    warnings: [...warnings],
    basis,
  };
}

/** The first recipient of a deadline whose zone is unknown and whom we have not asked yet. */
export function unknownRecipient(d: Deadline | undefined, dismissed: ReadonlySet<string>): { who: string; label: string; email?: string; slackId?: string; name?: string } | null {
  for (const r of d?.perRecipient ?? []) {
    if (r.zoneKnown) continue;
    const who = r.person.email ?? r.person.slackId ?? r.person.name;
    // `who` keys the answer and its dismissal; the question names the person as the page shows them.
    const label = r.person.name?.trim() || who;
    if (who && label && !dismissed.has(who)) return { who, label, email: r.person.email, slackId: r.person.slackId, name: r.person.name };
  }
  return null;
}
