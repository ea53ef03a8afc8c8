/**
 * deadline-warning — a deadline that is stated (explicit, or a shorthand such as EOD that resolves
 * per reader) is information, shown as a chip with each reader's time; it becomes a problem only
 * when a warning of the deadline layer applies: already passed for a reader, outside their working
 * hours, on their weekend, too little notice, calendars disagree on the day, a clock change, or an
 * ambiguous numeric date (../shared/ASYNC-WRITING.md, "Information is not a problem";
 * ../shared/DEADLINES.md for the warnings). Then the warning is the finding, and the fix is the
 * layer's proposed time in the reader's words. An unknown zone is not one: the chip asks for it.
 * A date that does not exist ("April 31") is always a problem, in a request or not, and has no fix:
 * only the writer knows which day they meant.
 */
import { phraseAt } from '../deadline-phrase';
import { problemWarnings } from '../deadline-problems';
import { withinSpans } from '../doc';
import type { Rule } from '../rule';
import { finding } from '../rule';
import type { Finding, Fix } from '../types';

const ID = 'deadline-warning';

const messages = {
  warning: '{warning}.',
};

const rule: Rule = {
  id: ID,
  description: 'A stated deadline that a reader cannot meet as written: already passed, outside their hours or on their weekend, too little notice.',
  messages,
  examples: {
    // The shared test context is Mon 2026-11-23 14:00 in New York, 20:00 for the reader in Berlin.
    flagged: ['I need the numbers by EOD.', 'Can you send the deck by 11pm tonight?', 'Please review it by Saturday 10am.', 'Can you send the deck by April 31?', "I'll have it ready on Feb 30."],
    ok: [
      'Can you send the deck by Thursday 3pm Berlin time?',
      'Please review the contract by Friday noon your time.',
      'Please fix the report by 3 PM Berlin time on Thursday, Dec 3.',
      'Thanks for the quick turnaround on Friday!',
      'I will send the deck tomorrow.',
      "I'll send the slides tonight.",
      'Lunch at 12:30 at the Thai place?',
      'Can you send the deck ASAP?',
    ],
  },
  check(doc) {
    const findings: Finding[] = [];
    // Only the deadline of a request for work: "I'll send the slides tonight" or "Lunch at 12:30?" sets the reader no deadline.
    const tasks = doc.requests.filter((r) => r.task);
    for (const d of doc.deadlines) {
      const invalid = d.kind === 'invalid' ? d.warnings.find((w) => w.code === 'invalid-date') : undefined;
      if (invalid) {
        findings.push(finding(ID, doc, d.start, d.end, 'warning', messages.warning.replace('{warning}', invalid.message)));
        continue;
      }
      if (d.kind !== 'resolved' || !withinSpans(tasks, d.start)) continue;
      const warnings = problemWarnings(d);
      const first = warnings[0];
      if (!first) continue;
      const fixes: Fix[] = [];
      const alternative = warnings.find((w) => w.alternative)?.alternative;
      // No time suits every reader: the proposal says so beside it, and is not called one that works for them.
      if (alternative) {
        fixes.push({
          label: alternative.note ? 'Use the nearest time' : 'Use a time that works for them',
          start: d.start,
          end: d.end,
          replacement: phraseAt(doc.text, d.start, alternative.phrase),
          ...(alternative.note ? { note: alternative.note } : {}),
        });
      }
      for (const c of d.choices) {
        const replacement = phraseAt(doc.text, d.start, c.replacement);
        if (!fixes.some((f) => f.replacement === replacement)) fixes.push({ label: c.label, start: d.start, end: d.end, replacement, ...(c.note ? { note: c.note } : {}) });
      }
      findings.push(finding(ID, doc, d.start, d.end, 'warning', messages.warning.replace('{warning}', first.message), fixes));
    }
    return findings;
  },
};

export default rule;
