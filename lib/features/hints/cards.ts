/** A mark becomes a card: what is unclear and why, the one-click fixes, the deadline chip. */
import type { CardModel, DeadlineChipModel, ZoneQuestionModel } from '@/components/hints/types';
import type { Deadline } from './contract';
import type { Mark } from './marks';

/** A fix in the offsets of the analysed text. */
export interface FixAction {
  label: string;
  replacement: string;
  start: number;
  end: number;
}

export function fixesFor(mark: Mark): FixAction[] {
  const fixes: FixAction[] = (mark.finding?.fixes ?? []).map((f) => ({ ...f }));
  const d = mark.deadline;
  if (d) {
    for (const choice of d.choices) fixes.push({ ...choice, start: d.start, end: d.end });
    if (d.phrase && /^by\b/i.test(d.text)) fixes.push({ label: `Use “${d.phrase}”`, replacement: d.phrase, start: d.start, end: d.end });
  }
  const seen = new Set<string>();
  return fixes.filter((f) => {
    const key = `${f.start}:${f.end}:${f.replacement}`;
    if (seen.has(key) || f.end < f.start) return false;
    seen.add(key);
    return true;
  });
}

/** "vague-reference" → "Vague reference". */
export function ruleTitle(rule: string): string {
  const words = rule.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface CardExtras {
  index: number;
  total: number;
  rewrite?: string | null;
  zoneQuestion?: ZoneQuestionModel;
  /** How the recipients' zones were chosen, when not from the recipients themselves. */
  basis?: string;
  notice?: string;
}

export function cardFor(mark: Mark, extras: CardExtras): CardModel {
  return {
    key: mark.key,
    title: mark.finding ? ruleTitle(mark.finding.rule) : 'Deadline',
    message: mark.finding?.message ?? deadlineMessage(mark.deadline!),
    quote: mark.text,
    fixes: fixesFor(mark).map(({ label, replacement }) => ({ label, replacement })),
    deadline: mark.deadline ? chipFor(mark.deadline, extras.basis) : undefined,
    zoneQuestion: extras.zoneQuestion,
    rule: mark.finding?.rule,
    rewrite: extras.rewrite ?? undefined,
    notice: extras.notice,
    index: extras.index,
    total: extras.total,
  };
}

function deadlineMessage(d: Deadline): string {
  if (d.kind === 'vague') return `“${d.text}” does not say when: give a time your reader can plan around.`;
  const firstWarning = d.warnings[0] ?? d.perRecipient.flatMap((r) => r.warnings).find((w) => w.code !== 'unknown-zone');
  return firstWarning?.message ?? `“${d.text}” in each reader’s own time.`;
}

export function chipFor(d: Deadline, basis?: string): DeadlineChipModel {
  const warnings = new Set<string>();
  for (const w of [...d.warnings, ...d.perRecipient.flatMap((r) => r.warnings)]) {
    if (w.code !== 'unknown-zone') warnings.add(w.message);
  }
  return {
    recipients: d.perRecipient.map((r) => ({
      who: r.person.name ?? r.person.email ?? r.person.slackId ?? 'Recipient',
      local: r.zoneKnown ? r.local : undefined,
    })),
    senderLocal: d.senderLocal,
    warnings: [...warnings],
    basis,
  };
}

/** The first recipient of a deadline whose zone is unknown and whom we have not asked yet. */
export function unknownRecipient(d: Deadline | undefined, dismissed: ReadonlySet<string>): { who: string; email?: string; slackId?: string; name?: string } | null {
  for (const r of d?.perRecipient ?? []) {
    if (r.zoneKnown) continue;
    const who = r.person.email ?? r.person.slackId ?? r.person.name;
    if (who && !dismissed.has(who)) return { who, email: r.person.email, slackId: r.person.slackId, name: r.person.name };
  }
  return null;
}
