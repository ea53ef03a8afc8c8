/**
 * What a person calls each rule, and the kind of problem it finds. The kind picks the underline
 * colour (as Grammarly and Harper colour by kind): `hint` = clarity (what the reader cannot
 * resolve: which report, which hour), `ask` = the request itself (missing, buried, too many
 * questions), `tone` = how it lands (a bare hello, a curt "ok", the wrong channel).
 * A rule missing here is shown by its id with the clarity colour; a test keeps the table complete.
 */
export type RuleKind = 'hint' | 'ask' | 'tone';

export interface RuleInfo {
  /** Plain name, for Options and for "… is off" (sentence case, no jargon). */
  name: string;
  kind: RuleKind;
}

export const RULE_INFO: Readonly<Record<string, RuleInfo>> = {
  'vague-reference': { name: 'Unclear reference', kind: 'hint' },
  'vague-deadline': { name: 'Vague deadline', kind: 'hint' },
  'missing-deadline': { name: 'Request without a deadline', kind: 'hint' },
  // A stated time the reader cannot meet as written (passed, outside their hours, …): a time problem, so the clarity colour.
  'deadline-warning': { name: 'Deadline a reader cannot meet', kind: 'hint' },
  'missing-ask': { name: 'No clear ask', kind: 'ask' },
  'buried-ask': { name: 'Ask buried in the middle', kind: 'ask' },
  'many-questions': { name: 'Many questions at once', kind: 'ask' },
  'no-hello': { name: 'Greeting on its own', kind: 'tone' },
  'cold-ack': { name: 'Curt reply', kind: 'tone' },
  'channel-fit': { name: 'Better in another channel', kind: 'tone' },
  placeholder: { name: 'Placeholder left in', kind: 'hint' },
};

/** "vague-reference" → "Unclear reference"; an unknown id → "Some new rule" from "some-new-rule". */
export function ruleName(id: string): string {
  const known = RULE_INFO[id]?.name;
  if (known) return known;
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function ruleKind(id: string): RuleKind {
  return RULE_INFO[id]?.kind ?? 'hint';
}
