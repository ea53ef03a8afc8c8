/**
 * placeholder — a prompt-like placeholder left in the message ("[which report?]", "[TBD]",
 * "[insert link]", "{{name}}"): easy to send by mistake, and the reader cannot fill it in. The card
 * asks what goes there and puts the answer in its place. Not placeholders: Markdown links
 * ("[the deck](https://…)"), tags ("[EXTERNAL]", "[WIP]"), citations ("[1]"), task boxes ("[x]"),
 * editorial marks ("[sic]", "[…]").
 */
import type { Rule } from '../rule';
import { askFix, eachMatch, finding } from '../rule';
import type { Finding } from '../types';

const ID = 'placeholder';

const messages = {
  placeholder: '“{text}” is a placeholder: the reader cannot fill it in. Say what goes there, or remove it.',
};

const BRACKETED = /\[([^\[\]\n]{1,160})\]|\{\{\s*([^{}\n]{1,60}?)\s*\}\}/g;
/** Words that make bracketed text a prompt to fill in. */
const PROMPT =
  /^(?:insert|add|enter|fill(?: in)?|put|paste|your|their|his|her|name|link|url|date|day|time|deadline|when|what|which|who|whom|where|why|how|context|the ask|ask|topic|subject|tbd|tbc|todo|to do|placeholder|x+|y+|n|company|client|customer|project|product|number|amount|price|figure|cost|budget|e\.g\.|eg|something|anything|option|reason|details?|description|recipient|person|team|version|title|owner|location|place|address|email|phone|here|blank|\.\.\.|…)\b/i;
/** All-caps words that are placeholders rather than tags. */
const CAPS_PROMPT = /^(?:TBD|TBC|TODO|TK|XX+|NAME|DATE|TIME|LINK|URL|INSERT\b.*|ADD\b.*|PLACEHOLDER|FIRST NAME|LAST NAME|COMPANY|CLIENT|AMOUNT|NUMBER)$/;
const NOT_PLACEHOLDER = /^(?:\d+(?:\s*[,–-]\s*\d+)*|[xX ✓✔]|sic|…|\.\.\.|citation needed|\p{L}\d?|edit(?:ed)?|emphasis (?:added|mine)|laughs|sic\])$/iu;

export function isPlaceholder(inside: string, after: string): boolean {
  const body = inside.trim();
  if (body === '' || NOT_PLACEHOLDER.test(body)) return false;
  // A Markdown link or reference: "[text](url)", "[text][1]", "[1]: url".
  if (/^[([:]/.test(after)) return false;
  // "[EXTERNAL]", "[WIP]", "[PROJ-123]": a tag, unless the caps are themselves a prompt.
  if (!/\p{Ll}/u.test(body)) return CAPS_PROMPT.test(body);
  return /\?/.test(body) || /…|\.\.\./.test(body) || PROMPT.test(body) || /^[\p{Ll}][\p{Ll} /-]{0,30}$/u.test(body) && /\b(?:or|and)\b|\//.test(body);
}

const rule: Rule = {
  id: ID,
  description: 'A placeholder left in the message ([which report?], [TBD], {{name}}) that the reader cannot fill in.',
  messages,
  examples: {
    flagged: [
      'Please fix the report [which report? name or link] by Friday.',
      'The launch date is [TBD], I will confirm.',
      'Hi {{first_name}}, thanks for signing up.',
      'Can you send it to [insert email] today?',
      'We agreed on [date] for the review.',
      '[Context: what this is about] Can you review it by Friday?',
    ],
    ok: [
      'See [the Q3 deck](https://docs.example.com/q3) before Friday.',
      '[EXTERNAL] Invoice 2291 from Acme is attached.',
      'Revenue grew 12% last quarter [1], and churn fell [2].',
      '- [x] update the changelog\n- [ ] tag the release',
      'He said the plan "was [sic] approved" on Monday.',
      '[WIP] Draft of the onboarding email, comments welcome by Friday.',
      'The function returns arr[i] for each index.',
    ],
  },
  check(doc) {
    const findings: Finding[] = [];
    for (const m of eachMatch(BRACKETED, doc.prose)) {
      const inside = m[1] ?? m[2] ?? '';
      const start = m.index;
      const end = start + m[0].length;
      // "arr[i]": an index in code-like text, not a placeholder.
      if (m[1] !== undefined && /[\w)]$/.test(doc.prose.slice(Math.max(0, start - 1), start))) continue;
      // A template variable "{{name}}" is always one.
      if (m[2] === undefined && !isPlaceholder(inside, doc.text.slice(end, end + 1))) continue;
      findings.push(
        finding(ID, doc, start, end, 'warning', messages.placeholder.replace('{text}', m[0]), [
          askFix(doc, start, 'Fill it in', { question: 'What goes here?', hint: inside.trim().slice(0, 60), before: '', after: '' }, end),
        ]),
      );
    }
    return findings;
  },
};

export default rule;
