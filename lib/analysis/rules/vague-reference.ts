/**
 * vague-reference — "fix the report", "can you redo that", "the spreadsheet from the other call",
 * "the same glitch as before", "it's broken": a reference the reader cannot resolve without asking
 * back. It reads each request's object (requests.ts): a definite or demonstrative noun, or
 * "this/that/it" after any verb, that nothing pins down (a name, number, link, quote, an earlier
 * mention, a specific qualifier). Only requests are read, so a background clause in a status
 * update ("when I looked at it on Tuesday it still failed") stays quiet.
 */
import { GREETING_SENTENCE } from '../lexicon';
import { MEMORY } from '../requests';
import type { Rule } from '../rule';
import { askFix, finding, perParagraph, perSentence } from '../rule';
import type { Finding } from '../types';

/** The first shared-memory phrase in a sentence ("the thing we discussed"), read once per sentence text. */
const memoryIn = perSentence((t: string) => {
  const m = MEMORY.exec(t);
  return m ? { index: m.index, text: m[0] } : null;
});

const ID = 'vague-reference';

/** "It's broken", "this doesn't work" opening the message: a subject with nothing before it. */
const BROKEN_SUBJECT =
  /^(?:it|this|that)(?:'s|’s| is| isn'?t| is not| doesn'?t| does not| keeps?| seems| looks)? ?(?:broken|not working|working|work|failing|down|wrong|off|weird|messed up|crashing|acting up)\b/i;
/** Something in the message the reference may point at. */
const POINTER = /\battach(?:ed|ment)|\bbelow\b|\bhere(?:'s| is| are)\b|\bsee (?:the )?(?:link|screenshot)|\bscreenshot\b/i;
/** Whether a paragraph holds a POINTER (no match spans a line break: see perParagraph). */
const pointsIn = perParagraph((t: string) => POINTER.test(t));
/** A sentence that reports a problem: where "the same glitch as before" must say which. */
const PROBLEMISH = /\b(?:broken|acting up|failing|fails|failed|wrong|again|still|not working|down|glitch|bug|error|crash\w*)\b/i;
/** Something in brackets already follows ("fix the report [Q3 deck]"): the writer has said which; flagging again would stack. */
const followedByPlaceholder = (text: string, end: number) => /^\s*[[(]/.test(text.slice(end, end + 8));
/** The card asks which thing; the answer goes in brackets right after the words: "fix the report (the Q3 board deck)". */
const which = (question: string, hint: string) => ({ question, hint, before: ' (', after: ')' });

/** The thing's head word ends the words asked about ("the report"): a name can go before it (answerEdit). */
function namesAt(text: string, end: number, head: string): { names?: { at: number; head: string } } {
  const at = end - head.length;
  return /^\p{L}+$/u.test(head) && text.slice(at, end).toLowerCase() === head ? { names: { at, head } } : {};
}

const messages = {
  object: '“{text}” — which {thing}? The reader cannot ask back: name it or link it.',
  pronoun: '“{text}” — what is “{pronoun}”? Add the link or name the thing.',
  memory: '“{text}” — the reader may not remember it the way you do: say what it was.',
  broken: '“{text}” — what is broken, where, and what did you expect? Name it and add a link or the steps.',
};


const rule: Rule = {
  id: ID,
  description: 'A reference the reader cannot resolve without asking back: which report, which slide, which link?',
  messages,
  examples: {
    flagged: [
      'Please fix the report.',
      'Can you look at this?',
      'Did you get a chance to review the thing we discussed?',
      "It's broken.",
      'Hey, can you update the deck when you get a chance?',
      'can you redo that',
      'Could you take another look at the spreadsheet from the other call?',
      "We're seeing the same glitch as before, can you look into it today?",
      'Mind fixing that before you log off?',
    ],
    ok: [
      'Please fix the report for the Q3 board meeting — link below.',
      'I reviewed the Q3 revenue deck last night. Can you check the deck again after the update?',
      'Look at this: https://docs.example.com/d/123',
      'Can you review the proposal I shared yesterday?',
      'The build is broken on main since commit 4f2a; can you revert it?',
      'Thanks for the thing you sent me, it made my day.',
      'Please sign the contract attached to this email.',
      'The report is attached; see page 4.',
      "I'll send the slides tonight.",
      "Could you take a look at the PR? It's the one that fixes the login timeout.",
      'When I looked at it on Tuesday it still failed on the EU shard, so I patched the index.',
      'Yes, go ahead and ship it.',
      'Sure, happy to help! Send it over.',
      'Could you approve my PTO request for Dec 22–26 in Workday?',
      // Offers leave acting to the reader's own wish: nothing they must find.
      'Do feel free to edit the doc directly.',
      'Would you like to join the call?',
    ],
  },
  check(doc) {
    const text = doc.text;
    const prose = doc.prose;
    const findings: Finding[] = [];
    const pointed = doc.paragraphs.some((p) => pointsIn(p.text)) || doc.excluded.some((r) => r.kind === 'link');
    // Findings are made in reading order within each pass: overlap is checked against the spans so far, by binary search.
    const taken: { start: number; end: number }[] = [];
    const flagged = (start: number, end: number) => {
      let lo = 0;
      let hi = taken.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (taken[mid]!.end <= start) lo = mid + 1;
        else hi = mid;
      }
      return lo < taken.length && taken[lo]!.start < end;
    };
    const take = (start: number, end: number) => {
      let at = taken.length;
      while (at > 0 && taken[at - 1]!.start > start) at--;
      taken.splice(at, 0, { start, end });
    };

    for (const request of doc.requests) {
      const o = request.object;
      // An offer ("feel free to edit the doc", "would you like to join the call?") leaves acting to the reader's own wish: nothing they must find.
      if (!request.task || request.untimed === 'offer' || !o || o.pinned || !(o.kind === 'pronoun' || o.kind === 'definite' || o.kind === 'demonstrative')) continue;
      if (pointed && !o.memory) continue;
      const start = request.verb ? request.verb.start : o.start;
      const end = o.end;
      if (followedByPlaceholder(text, end) || flagged(start, end)) continue;
      take(start, end);
      const phrase = text.slice(start, end);
      if (o.kind === 'pronoun') {
        findings.push(
          finding(ID, doc, start, end, 'warning', messages.pronoun.replace('{text}', phrase).replace('{pronoun}', o.head), [
            askFix(doc, end, 'Say what it is', which(`What is “${o.head}”?`, 'a name or a link')),
          ]),
        );
      } else {
        const thing = ['one', 'thing', 'things', 'stuff'].includes(o.head) ? 'thing' : o.head;
        findings.push(
          finding(ID, doc, start, end, o.kind === 'definite' ? 'info' : 'warning', messages.object.replace('{text}', phrase).replace('{thing}', thing), [
            askFix(doc, end, `Add which ${thing}`, { ...which(`Which ${thing}?`, 'a name, number or link'), ...namesAt(text, end, o.head) }),
          ]),
        );
      }
    }

    // Shared memory anywhere in a request or a problem statement: "the thing we discussed", "same glitch as before".
    const requested = new Set(doc.requests.map((r) => r.sentence));
    doc.sentences.forEach((s, i) => {
      // Only where the reader must act on it or find it: a request, a question, a problem report.
      if (requested.size === 0 && !s.question && !PROBLEMISH.test(s.text)) return;
      const m = memoryIn(s.text);
      if (!m) return;
      const start = s.start + m.index;
      const end = start + m.text.length;
      if (followedByPlaceholder(text, end) || flagged(start, end)) return;
      // "we discussed the pricing in Q3" names it right after.
      if (/^\s*(?:about|on|regarding)?\s*(?:\p{Lu}|\d)/u.test(prose.slice(end, end + 20))) return;
      take(start, end);
      findings.push(
        finding(ID, doc, start, end, 'warning', messages.memory.replace('{text}', m.text), [
          askFix(doc, end, 'Say what it was', which('What was it?', 'one line of what it was, or a link')),
        ]),
      );
    });

    const opening = doc.sentences.find((s) => !GREETING_SENTENCE.test(s.text));
    if (opening && !pointed) {
      const m = BROKEN_SUBJECT.exec(opening.text);
      if (m && !followedByPlaceholder(text, opening.start + m[0].length)) {
        const start = opening.start;
        const end = start + m[0].length;
        findings.push(
          finding(ID, doc, start, end, 'warning', messages.broken.replace('{text}', m[0]), [
            askFix(doc, end, 'Say what is broken', which('What exactly is broken?', 'the page or feature, and what happens')),
          ]),
        );
      }
    }
    return findings;
  },
};

export default rule;
