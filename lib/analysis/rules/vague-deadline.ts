/**
 * vague-deadline — "ASAP", "soon", "when you get a chance", and the business shorthands
 * EOD/COB/EOW that mean a different hour to every reader. The deadline layer resolves them; the
 * fix offers its resolved phrase or its concrete choices in the recipient's time.
 */
import { phraseAt, preferredPhrase } from '../deadline-phrase';
import type { Rule } from '../rule';
import { finding } from '../rule';
import type { Finding, Fix } from '../types';

const ID = 'vague-deadline';

const messages = {
  vague: '“{text}” is not a time: the reader has to guess how urgent it is. Pick a day and hour.',
  shorthand: '“{text}” is a different hour for every reader: say it in their time.',
};

const SHORTHAND =
  /\b(?:eod|cob|eob|eow|eom|sod|end of (?:the |this )?(?:day|week|month|business)|close of (?:business|play)|first thing|end of play)\b/i;

const rule: Rule = {
  id: ID,
  description: 'A deadline with no time in it (ASAP, soon) or a shorthand (EOD, COB, EOW) read differently by each reader.',
  messages,
  examples: {
    flagged: [
      'Can you send the deck ASAP?',
      'Please review the contract when you get a chance.',
      'I need the numbers by EOD.',
      'Let me know soon.',
    ],
    ok: [
      'Can you send the deck by 3pm Thursday?',
      'Please review the contract by Friday noon.',
      'I need the numbers by tomorrow at 10am.',
      'Sooner or later we will move to the new office.',
      'Thanks, that was fast!',
    ],
  },
  check(doc) {
    const findings: Finding[] = [];
    for (const d of doc.deadlines) {
      const replace = (label: string, replacement: string): Fix => ({ label, start: d.start, end: d.end, replacement });
      if (d.kind === 'vague') {
        findings.push(
          finding(ID, doc, d.start, d.end, 'warning', messages.vague.replace('{text}', d.text), d.choices.map((c) => replace(c.label, phraseAt(doc.text, d.start, c.replacement)))),
        );
      } else if (SHORTHAND.test(d.text)) {
        const phrase = preferredPhrase(d);
        const fixes = [
          ...(phrase ? [replace('Say it in their time', phraseAt(doc.text, d.start, phrase))] : []),
          ...d.choices.filter((c) => c.replacement !== phrase).map((c) => replace(c.label, phraseAt(doc.text, d.start, c.replacement))),
        ];
        findings.push(finding(ID, doc, d.start, d.end, 'info', messages.shorthand.replace('{text}', d.text), fixes));
      }
    }
    return findings;
  },
};

export default rule;
