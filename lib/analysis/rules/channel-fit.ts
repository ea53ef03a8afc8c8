/**
 * channel-fit — some messages want another channel: an emergency wants a call (now), a decision
 * wants a written proposal with a review period, a long brainstorm wants a shared document.
 */
import type { Rule } from '../rule';
import { finding } from '../rule';
import type { Finding } from '../types';

const ID = 'channel-fit';

const messages = {
  emergency: 'This sounds like an emergency: call or page the person on call now, then post the written summary here.',
  decision: 'A decision in a chat thread gets lost: write a short proposal (options, your recommendation) and give a review period.',
  brainstorm: 'A long brainstorm is easier to build on in a shared document: paste it there and link it here.',
};

const EMERGENCY =
  /\b(?:(?:server|site|prod(?:uction)?|app|website|api|database|db|checkout|payments?|service|everything|system)s? (?:is |are |went |just went |seems |looks )?(?:down|offline|unreachable)|outage|security (?:incident|breach)|data (?:breach|leak)|(?:we(?:'ve| have)? (?:been|got|were) )hacked|compromised (?:account|credentials|server)|ransomware|sev ?[01]\b|p0\b|customers? (?:can'?t|cannot) (?:log ?in|pay|check ?out)|(?:throwing|returning|getting|serving) (?:http )?5\d\ds?\b)/i;
/** Past, resolved or hypothetical: a post-mortem or a plan is not an emergency. */
const NOT_NOW =
  /\b(?:was|were|resolved|fixed|postmortem|post-mortem|retro|last (?:week|month|night|year)|yesterday|drill|plan(?:ning)? for|in case of|if (?:the|there'?s an?)|prevent|avoid|back up|recovered|earlier today)\b/i;
const DECISION =
  /\b(?:we need to decide|(?:let'?s|we should|we have to|we must|need to) (?:decide|vote|make a (?:decision|call))|(?:should|shall) we (?:switch|move|migrate|adopt|go with|drop|replace|change|use|stop|start)|decision on|vote on|(?:which|what) (?:option|approach|vendor|tool|framework) should we)\b/i;
/** The writer already proposes something: the decision has its recommendation. */
const PROPOSED = /\b(?:proposal|i (?:lean|recommend|suggest|prefer|propose|vote for)|my (?:recommendation|vote|preference))\b/i;
const BRAINSTORM = /\b(?:brainstorm|ideas?|what if we|we could also|another idea|maybe we could|how about we)\b/gi;
const LIST_ITEM = /^\s*(?:[-*•]|\d+[.)])\s+/gm;

const rule: Rule = {
  id: ID,
  description: 'An emergency wants a call, a decision wants a written proposal, a long brainstorm wants a shared doc.',
  messages,
  examples: {
    flagged: [
      'The production server is down and customers cannot log in!',
      'We have a security incident: someone used a leaked API key.',
      'Can someone take a look? Prod is throwing 500s on checkout since the last deploy',
      'Should we switch from Jira to Linear?',
      [
        'Brainstorm for the offsite, some ideas in no order:',
        '- what if we held it somewhere with no wifi at all, to force real conversations',
        '- we could also invite two customers to the first afternoon and listen to them',
        '- another idea: each team demos one thing that failed this year and what it taught them',
        '- maybe we could swap the keynote for three short talks from people outside management',
        '- a hackday on the second day, with small prizes and a jury from other departments',
        '- a walk or a hike in the morning before the sessions start, weather permitting',
        '- what if the evening dinner is cooked by the teams themselves, in a cooking class',
        '- a quiz about the company history, with teams mixed across departments',
      ].join('\n'),
    ],
    ok: [
      'The outage last week is resolved; the postmortem is in the wiki.',
      'We should plan for an outage drill next quarter.',
      'Proposal: switch from Jira to Linear on Jan 10. Options and costs below. Please comment by Friday 5pm; if no objections, we go ahead.',
      'I have an idea for the team lunch: tacos?',
      'The server is back up after the restart this morning.',
      'Should we go with Postgres or Mongo for the new service? I lean Postgres.',
    ],
  },
  check(doc) {
    const text = doc.text;
    const findings: Finding[] = [];
    const emergency = doc.sentences.find((s) => EMERGENCY.test(s.text) && !NOT_NOW.test(s.text));
    if (emergency) findings.push(finding(ID, doc, emergency.start, emergency.end, 'warning', messages.emergency));

    const decision = doc.sentences.find((s) => DECISION.test(s.text));
    if (decision && doc.deadlines.length === 0 && !PROPOSED.test(text)) {
      findings.push(
        finding(ID, doc, decision.start, decision.end, 'info', messages.decision, [
          {
            label: 'Turn it into a proposal',
            start: decision.end,
            end: decision.end,
            replacement:
              '\n\nProposal: [the options, with one line on each] — I recommend [option], because [reason]. Please comment by [date, their time]; if there are no objections, we go ahead.',
          },
        ]),
      );
    }

    const ideas = text.match(BRAINSTORM)?.length ?? 0;
    const items = text.match(LIST_ITEM)?.length ?? 0;
    if (text.length > 600 && (ideas >= 3 || (ideas >= 1 && items >= 6))) {
      const first = doc.sentences[0];
      if (first) findings.push(finding(ID, doc, first.start, first.end, 'info', messages.brainstorm));
    }
    return findings;
  },
};

export default rule;
