/**
 * vague-deadline — "ASAP", "soon", "when you get a chance", "pretty urgent", "no rush": a request
 * whose time is no time at all. The fix offers the deadline layer's concrete choices in the
 * recipient's time.
 *
 * The business shorthands EOD/COB/EOW resolve per reader (DEADLINES.md): they are information (a
 * chip with each reader's time), not a problem; when a warning applies, deadline-warning raises it.
 */
import { findDeadlines } from '../deadlines/index';
import { phraseAt } from '../deadline-phrase';
import { needsTime, VAGUE_TIME } from '../requests';
import type { Rule } from '../rule';
import { eachMatch, finding, perSentence } from '../rule';
import type { Finding, Fix } from '../types';

/** Vague wordings in one paragraph's text (they never run across a paragraph break), read once per text. */
const vagueWordings = perSentence((t: string) => [...eachMatch(VAGUE_TIME, t)].map((m) => ({ index: m.index, text: m[0] })), 2000);


const ID = 'vague-deadline';

const messages = {
  vague: '“{text}” is not a time: the reader has to guess how urgent it is. Pick a day and hour.',
};


const rule: Rule = {
  id: ID,
  description: 'A deadline with no time in it (ASAP, soon) or a shorthand (EOD, COB, EOW) read differently by each reader.',
  messages,
  examples: {
    flagged: [
      'Can you send the deck ASAP?',
      'Please review the contract when you get a chance.',
      'Let me know soon.',
      'Can you send me the Q3 churn export as quick as you can?',
      'Need the signed SOW from Acme back, pretty urgent',
      'Could you review the privacy policy draft whenever works for you?',
      'Can you update the revenue table with the November actuals? No rush.',
      // A time the reader picks, in any of its shapes.
      'If you get a chance, could you review the pricing page for the Acme launch?',
      'Please review the Acme contract when time permits.',
      'Could you look over the Q3 deck at your leisure?',
    ],
    ok: [
      'Can you send the deck by 3pm Thursday?',
      'Please review the contract by Friday noon.',
      'I need the numbers by tomorrow at 10am.',
      'I need the numbers by EOD.',
      'Please fix the report by 3 PM Berlin time on Thursday, Dec 3.',
      'Sooner or later we will move to the new office.',
      'Thanks, that was fast!',
      'The urgent fix from yesterday is live; no rush on the follow-up ticket, it is in the backlog.',
      // An offer of help, not work asked for: there is no deadline to make vague.
      'If you have questions about the rollout, please ping me, no rush.',
      'Please don’t hesitate to ping me about the rollout, no rush.',
    ],
  },
  check(doc, ctx) {
    const findings: Finding[] = [];
    const spans: { start: number; end: number }[] = [];
    for (const d of doc.deadlines) {
      const replace = (label: string, replacement: string, note?: string): Fix => ({ label, start: d.start, end: d.end, replacement, ...(note ? { note } : {}) });
      if (d.kind === 'vague') {
        spans.push(d);
        findings.push(
          finding(ID, doc, d.start, d.end, 'warning', messages.vague.replace('{text}', d.text), d.choices.map((c) => replace(c.label, phraseAt(doc.text, d.start, c.replacement), c.note))),
        );
      }
    }
    // Wordings the layer does not read ("pretty urgent", "as quick as you can", "no rush"), when the message asks for work.
    if (doc.requests.some(needsTime)) {
      let choices: { label: string; replacement: string; note?: string }[] | undefined;
      for (const m of doc.paragraphs.flatMap((p) => vagueWordings(p.text).map((w) => ({ index: p.start + w.index, text: w.text })))) {
        const start = m.index;
        const end = start + m.text.length;
        if (spans.some((s) => s.start < end && start < s.end)) continue;
        // A stated time elsewhere wins ("no rush, by Friday is fine"); "sometime this week or so" stays vague.
        const overlapsResolved = doc.deadlines.some((d) => d.kind === 'resolved' && d.start < end + 12 && start - 12 < d.end);
        if (doc.deadlines.some((d) => d.kind === 'resolved') && !overlapsResolved) continue;
        choices ??= (doc.deadlinesIn?.('ASAP') ?? findDeadlines('ASAP', ctx)).flatMap((d) => d.choices);
        findings.push(
          finding(ID, doc, start, end, 'warning', messages.vague.replace('{text}', m.text), choices.map((c) => ({ label: c.label, start, end, replacement: c.replacement, ...(c.note ? { note: c.note } : {}) }))),
        );
        spans.push({ start, end });
      }
    }
    return findings;
  },
};

export default rule;
