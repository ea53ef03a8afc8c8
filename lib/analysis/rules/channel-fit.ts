/**
 * channel-fit — some messages want another channel: an emergency wants a call (now), a decision
 * wants a written proposal with a review period, a long brainstorm wants a shared document.
 */
import type { Rule } from '../rule';
import { askFix, finding, perParagraph, perSentence } from '../rule';
import type { HostId } from '../types';
import type { Finding } from '../types';

const ID = 'channel-fit';

const messages = {
  emergency: 'This sounds like an emergency: call or page the person on call now, then post the written summary here.',
  decision: 'A decision asked for in one line {where} gets lost: write a short proposal (options, your recommendation) and give a review period.',
  brainstorm: 'A long brainstorm is easier to build on in a shared document: paste it there and link it here.',
};

/** Where the decision is asked, in the host's own words: no "chat thread" in an email. */
const WHERE: Record<HostId, string> = { slack: 'in a chat thread', gmail: 'in an email', docs: 'in a comment', playground: 'in a message', cli: 'in a message' };

const EMERGENCY =
  /\b(?:(?:server|site|prod(?:uction)?|app|website|api|database|db|checkout|payments?|service|everything|system)s? (?:is |are |went |just went |seems |looks )?(?:down|offline|unreachable)|(?:there(?:'s| is) an?|we(?:'re| are) (?:having|in) an?|ongoing|major|full|total) outage|outage (?:right )?now|security (?:incident|breach)|data (?:breach|leak)|(?:we(?:'ve| have)? (?:been|got|were) )hacked|compromised (?:account|credentials|server)|ransomware|sev ?[01]\b|p0\b|customers? (?:can'?t|cannot) (?:log ?in|pay|check ?out)|(?:throwing|returning|getting|serving) (?:http )?5\d\ds?\b)/i;
/**
 * An emergency told by its effect: a failure that reaches everyone ("checkout is erroring for every
 * customer", "nobody can log into the admin console", "card payments are bouncing for every UK
 * customer"), data seen by the wrong people ("users are seeing each other's invoices"), a secret
 * made public ("the prod key is in our public GitHub repo"), nothing being stored ("nothing is
 * saving, the disk is full"), money not moving ("payroll didn't transmit").
 */
const BREADTH =
  /\b(?:every(?:one|body)?|all (?:\w+ )?(?:customers|users|clients|tenants|payments|orders|requests|regions|accounts|logins)|all (?:our|the) \w+|any(?:one|body)|no ?(?:one|body)|nothing|whole|entire|(?:for|to) (?:all|every)|100%|site-?wide|globally|at all|each other['’]?s|other (?:users|customers|tenants|people)['’]?s?)\b/i;
const FAILURE =
  /\b(?:erroring|errors?|failing|fails|failed|bouncing|bounced|rejecting|rejected|declin(?:ed|ing)|down|broken|crash(?:ing|ed|es)|timing out|timeouts?|blank|(?:can'?t|cannot|unable to|isn'?t|aren'?t|not) (?:log ?in|login|sign in|pay|check ?out|save|load|access|being (?:written|saved|processed|sent))|(?:4|5)\d\ds?\b|returning (?:a |an )?(?:blank|error|empty)|not (?:saving|loading|working)|(?:didn'?t|did not|won'?t) (?:transmit|go through|send|process)|climbing|seeing (?:each other|other)|showing (?:each other|other))/i;
const EXPOSURE =
  /\b(?:(?:committed|pushed|posted|leaked|pasted|published|exposed)\b[^.!?]{0,60}\b(?:secret|key|password|credentials?|token)s?|(?:secret|key|password|credentials?|token)s?\b[^.!?]{0,40}\b(?:public|leaked|exposed|gist|pastebin|github)|disk[^.!?]{0,30}\b(?:full|100%)|(?:seeing|showing|see|shows?)\b[^.!?]{0,30}\b(?:each other['’]?s|other (?:users|customers|tenants|people)['’]?s?|other tenants['’]?)|salar(?:y|ies)[^.!?]{0,60}\b(?:due|fail|didn['’]?t|reject))/i;
/** A live report, not a plan: "right now", "since the deploy", "for the last 15 min", "!!". */
const LIVE = /\b(?:right now|now|since|for the last|currently|at the moment|keeps?|still|again|just (?:noticed|saw))\b|!!|\b(?:is|are|has been|have been) \w+ing\b|\bclimbing\b/i;

/** Past, resolved or hypothetical: a post-mortem or a plan is not an emergency. */
const NOT_NOW =
  /\b(?:was|were|resolved|fixed|postmortem|post-mortem|retro|last (?:week|month|night|year)|yesterday|drill|plan(?:ning)? for|in case of|if (?:the|there'?s an?)|prevent|avoid|back up|recovered|earlier today|mitigated|rolled back|already|no customer|write-up|if it|when it|in the future|make sure)\b/i;
const DECISION =
  /\b(?:we need to decide|(?:let'?s|we should|we have to|we must|need to) (?:decide|vote|make a (?:decision|call))|(?:should|shall) we (?:switch|move|migrate|adopt|go with|drop|replace|change|use|stop|start)|decision on|vote on|(?:which|what) (?:option|approach|vendor|tool|framework) should we)\b/i;
/**
 * A wh-question ("Which revenue figure should we use for EMEA?") asks for a fact or a pick among
 * known values; it is a decision only when what is picked is a course to take (an option, an
 * approach, a vendor, a tool …).
 */
const WH_QUESTION = /^\W*(?:(?:so|and|ok(?:ay)?|hey|hi)\W+)?(?:which|what|where|when|who|how)\b/i;
const WH_DECISION =
  /\b(?:which|what) (?:\w+ )?(?:option|approach|vendor|supplier|tool|framework|platform|provider|library|stack|strategy|plan|direction|architecture|design|path|route)s? (?:should|shall|do) we\b/i;
/**
 * A sweeping change asked for in one chat line: "(should|can|could) we (just) kill/drop/switch…",
 * "are we ok switching…", "do we want to move…", "thinking we drop…, yes/no?" — with something that
 * makes it significant (all/whole/entire/every…, the company, customers, prices, a next quarter/year).
 */
const LOOSE_DECISION =
  /\b(?:(?:should|shall|can|could|do|must) we (?:just |now |all |really )?|are we (?:ok|okay|good|fine|happy) (?:with |to )?|do we want to |(?:i'?m )?thinking (?:we|of|about) (?:just )?|what if we |how about we |time to |why don'?t we )(?:switch(?:ing)?|mov(?:e|ing)|migrat(?:e|ing)|adopt(?:ing)?|drop(?:ping)?|replac(?:e|ing)|kill(?:ing)?|stop(?:ping)?|sunset(?:ting)?|deprecat(?:e|ing)|rais(?:e|ing)|cut(?:ting)?|go(?:ing)?|mak(?:e|ing)|requir(?:e|ing)|remov(?:e|ing)|outsourc(?:e|ing)|scrap(?:ping)?|ditch(?:ing)?|consolidat(?:e|ing)|rewrit(?:e|ing)|shut(?:ting)? down|end(?:ing)?|cancel(?:ling|ing)?|reorg(?:anis|aniz)?(?:e|ing)?|hir(?:e|ing)|lay(?:ing)? off)\b/i;
const SIGNIFICANT =
  /\b(?:all|whole|entire|every(?:one|body)?|across|company|org|organi[sz]ation|customers?|existing|prices?|pricing|entirely|completely|tier|product|products|platform|stack|hosting|office|only|next (?:quarter|year)|this year|from (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|q[1-4])\b|%|-only\b/i;
/** A review period is given: "comments by Friday", "objections by Wednesday EOD". */
const REVIEW_PERIOD = /\b(?:comment|object|objection|feedback|review|vote|decide|input|thoughts)\w*\b[^.?!]{0,40}\b(?:by|before|until)\b/i;
const YES_NO = /\b(?:yes\/no|y\/n|👍 or 👎|thumbs up or down)/i;
/** The writer already proposes something: the decision has its recommendation. */
const PROPOSED = /\b(?:proposal|rfc|adr|i (?:lean|recommend|suggest|prefer|propose|vote for)|my (?:recommendation|vote|preference))\b/i;
const BRAINSTORM = /\b(?:brainstorm|ideas?|what if we|we could also|another idea|maybe we could|how about we)\b/gi;
const LIST_ITEM = /^\s*(?:[-*•]|\d+[.)])\s+/gm;

/** How many brainstorm words a paragraph holds (no match spans a line break: see perParagraph). */
const brainstormWords = perParagraph((t: string) => t.match(BRAINSTORM)?.length ?? 0);

/** What one sentence says towards an emergency or a decision (read once per sentence text). */
const readSentence = perSentence((t: string) => {
  const live = !NOT_NOW.test(t);
  return {
    emergency: live && (EMERGENCY.test(t) || EXPOSURE.test(t)),
    effect: live && BREADTH.test(t) && FAILURE.test(t),
    liveNow: LIVE.test(t),
    decision: DECISION.test(t) && (!WH_QUESTION.test(t) || WH_DECISION.test(t)),
    looseDecision: LOOSE_DECISION.test(t) && SIGNIFICANT.test(t),
    yesNo: YES_NO.test(t),
  };
});

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
      'Which vendor should we use for the new CRM?',
      'checkout is erroring for every customer right now',
      'Nothing is saving, the disk on db-primary is 100% full',
      "Someone committed the prod Stripe secret key to our public GitHub repo",
      "Users are seeing each other's invoices in the billing page!!",
      'Can we kill the Android app and go PWA-only next year?',
      'thinking we drop the free tier entirely, yes/no?',
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
      'Can you add the Nov 12 outage to the incident timeline in the Q4 review deck by Monday?',
      'We had a 10-minute blip on checkout around 14:00 UTC, already rolled back, no customer tickets.',
      'Should we order pizza for the release party tonight?',
      'Should I use the blue or the grey button for the secondary action?',
      'Which revenue figure should we use for EMEA?',
    ],
  },
  check(doc, ctx) {
    const text = doc.prose;
    const findings: Finding[] = [];
    const emergency = doc.sentences.find((s) => {
      const r = readSentence(s.text);
      return r.emergency || (r.effect && (r.liveNow || doc.sentences.length <= 2));
    });
    if (emergency) findings.push(finding(ID, doc, emergency.start, emergency.end, 'warning', messages.emergency));

    const decision = doc.sentences.find((s) => {
      const r = readSentence(s.text);
      return r.decision || ((s.question || r.yesNo) && r.looseDecision);
    });
    // The length first: the patterns scan the whole prose, and a long message never gets this finding.
    if (decision && doc.prose.length < 400 && !REVIEW_PERIOD.test(text) && !PROPOSED.test(text)) {
      // A review period is the one thing a line can gain in place (asked in the card, never a
      // placeholder); the proposal itself needs what only the writer knows, so the card offers
      // "Draft a decision proposal", which opens the ritual editor prefilled (topic 'decision').
      findings.push({
        ...finding(ID, doc, decision.start, decision.end, 'info', messages.decision.replace('{where}', WHERE[ctx.host] ?? 'in a message'), [
          askFix(doc, decision.end, 'Add a review period', {
            question: 'Until when can people object?',
            hint: 'e.g. Thursday 5pm',
            before: ' Please comment by ',
            after: '; if there are no objections, we go ahead.',
            deadline: true,
          }),
        ]),
        topic: 'decision',
      });
    }

    const ideas = text.length > 600 ? doc.paragraphs.reduce((n, p) => n + brainstormWords(p.text), 0) : 0;
    const items = ideas > 0 && ideas < 3 ? (text.match(LIST_ITEM)?.length ?? 0) : 0;
    if (ideas >= 3 || (ideas >= 1 && items >= 6)) {
      const first = doc.sentences[0];
      if (first) findings.push(finding(ID, doc, first.start, first.end, 'info', messages.brainstorm));
    }
    return findings;
  },
};

export default rule;
