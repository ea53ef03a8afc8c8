/**
 * many-questions — three or more questions in a row: async, the reader answers the first or the
 * last and the rest are lost. Numbering them lets the reply say "1. yes 2. Friday 3. no".
 */
import type { Rule } from '../rule';
import { finding } from '../rule';
import type { Sentence } from '../doc';

const ID = 'many-questions';

const messages = {
  many: '{count} questions in one go: number them so each one gets an answer.',
};

const SMALL_TALK = /^(?:how (?:are|is|was|were) (?:you|things|the|your)|what'?s up|how'?s it going|you ok)\b/i;
const LIST_MARKER = /^\s*(?:\d+[.)]|[-*•]|\(?[a-z]\))\s/;
const MIN_QUESTIONS = 3;

function isRealQuestion(s: Sentence): boolean {
  return s.question && !SMALL_TALK.test(s.text);
}

/** Where one question clause ends and the next starts inside a sentence: ", did …", "and who …", "— is …". */
const CLAUSE_BREAK = /(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*[—–;]\s*|:\s*)(?=(?:is|are|was|were|do|does|did|can|could|should|shall|will|would|has|have|had|who|whom|what|what's|whats|when|where|why|how|which)\b)/gi;
const QUESTION_START = /^(?:is|are|was|were|do|does|did|can|could|should|shall|will|would|has|have|had|who|whom|what|what's|whats|when|where|why|how|which)\b/i;

/** How many questions a question sentence packs: "is X, did Y, and who Z?" is three. */
function questionsIn(s: Sentence): number {
  if (!isRealQuestion(s)) return 0;
  const parts = s.text.split(CLAUSE_BREAK).filter((p) => p.trim().split(/\s+/).length >= 2);
  const asking = parts.filter((p, i) => i === 0 || QUESTION_START.test(p.trim()));
  return Math.max(1, asking.filter((p) => QUESTION_START.test(p.trim()) || p === parts[parts.length - 1]).length);
}

const rule: Rule = {
  id: ID,
  description: 'Three or more unnumbered questions in one message: number them so each gets an answer.',
  messages,
  examples: {
    flagged: [
      'Can you send the deck? Is the launch still on Thursday? Who is presenting?',
      'Hi Ana. Did legal sign off? Should we move the call? What did the client say about the price? Thanks!',
      'Where are the Q3 numbers? Are they final? Can I share them with the board? Do we need a disclaimer?',
      'Hi Kim, is the vendor call still on for Thursday, did legal look at the indemnity clause, and who from our side is joining?',
      "what's the budget, who signs off and when do we need it live?",
    ],
    ok: [
      'Can you send the deck? Thanks!',
      'How are you? How was the trip? Can you send the deck by Friday?',
      '1. Can you send the deck?\n2. Is the launch still on Thursday?\n3. Who is presenting?',
      'Is the launch on Thursday? If so, can you send the deck by Wednesday?',
      'The launch is on Thursday. The deck is ready. Sam presents.',
      'Is the Q3 deck the one in the Board folder or the one Sam shared?',
      'Revenue: ??? Cost: ??? Margin: ??? — I will fill these in after the call.',
    ],
  },
  check(doc) {
    const questions = doc.sentences.filter(isRealQuestion);
    const count = questions.reduce((n, q) => n + questionsIn(q), 0);
    if (count < MIN_QUESTIONS) return [];
    // A numbered or bulleted question is a list: its line starts with the marker, a few characters before it.
    const lineOf = (q: Sentence) => {
      const from = Math.max(0, q.start - 8);
      const before = doc.prose.slice(from, q.start);
      const nl = before.lastIndexOf('\n');
      return nl >= 0 || from === 0 ? doc.prose.slice(nl >= 0 ? from + nl + 1 : 0, q.end) : '';
    };
    if (questions.some((q) => LIST_MARKER.test(lineOf(q)))) return [];
    const first = questions[0]!;
    const last = questions[questions.length - 1]!;
    const region = doc.sentences.filter((s) => s.start >= first.start && s.end <= last.end);
    let n = 0;
    const numbered = region.map((s) => (isRealQuestion(s) ? `${++n}. ${s.text}` : s.text)).join('\n');
    return [
      finding(ID, doc, first.start, last.end, 'info', messages.many.replace('{count}', String(count)), questions.length < MIN_QUESTIONS ? [] : [
        { label: 'Number the questions', start: first.start, end: last.end, replacement: `${first.start > 0 ? '\n' : ''}${numbered}${last.end < doc.text.trimEnd().length ? '\n' : ''}` },
      ]),
    ];
  },
};

export default rule;
