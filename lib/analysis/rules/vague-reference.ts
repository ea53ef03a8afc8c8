/**
 * vague-reference — "fix the report", "look at this", "the thing we discussed", "it's broken":
 * a reference the reader cannot resolve without asking back. Flagged only when nothing in the
 * message pins it down (no earlier mention, no qualifier right after it, no link or attachment).
 */
import { GREETING_SENTENCE } from '../lexicon';
import type { Rule } from '../rule';
import { appendFix, eachMatch, finding } from '../rule';
import type { Finding } from '../types';

const ID = 'vague-reference';

const THINGS =
  'report|doc|document|file|thing|things|deck|slides?|issue|bug|numbers|stuff|changes?|email|e-mail|spreadsheet|sheet|link|pr|ticket|draft|proposal|figures?|data|page|presentation|contract|version|problem|error|code|list|budget|plan|spec|design|mockup|invoice|form|one';

const VERBS =
  'fix|update|check|review|look (?:at|into|over)|take a look at|have a look at|see|send|resend|change|finish|read|sign|approve|edit|redo|correct|revise|share|open|merge|deploy|test|go over|handle|sort out|finalize|finalise|proofread|double-check|comment on|fill (?:in|out)|submit|print|forward|clean up|rework';

/** "fix the report", "review this deck" — a deictic object of an action verb. */
const DEICTIC_OBJECT = new RegExp(`\\b(?:${VERBS})\\s+(?:the|this|that|these|those)\\s+(${THINGS})\\b`, 'gi');
/** What may follow the noun and pin it down: "for Q3", "I sent", "(link)", ": https://…", "#123". */
const QUALIFIER =
  /^(?:'s\b|\s*[(:#]|\s+(?:for|on|about|from|in|at|of|with|called|named|titled|i|we|you|he|she|they|that|which|who|where|below|above|attached|here|there|again)\b|\s+[\p{Lu}\d])/u;
/** Our own fix already follows ("fix the report [which report? …]"): flagging again would stack placeholders. */
const followedByPlaceholder = (text: string, end: number) => /^\s*\[/.test(text.slice(end, end + 8));
/** The next sentence says what it is: "… the PR? It's the one that fixes the login timeout." */
const EXPLAINED_NEXT = /^[^.!?\n]*[.!?]+\s+(?:it|this|that|they)(?:'s|’s| is| are| was| were)\s+(?:the|a|an|about|for|in|on|from)\b/i;
/** "look at this", "check it" ending the clause: nothing says what "this" is. */
const BARE_PRONOUN_OBJECT = new RegExp(`\\b(?:${VERBS}|thoughts on|what do you think (?:of|about))\\s+(this|that|it)\\b(?=\\s*(?:[.!?…]|$|please\\b|when\\b|asap\\b|soon\\b|today\\b|by\\b))`, 'gi');
/** "the thing we discussed", "what we talked about" — shared memory the reader may not share. */
const SHARED_MEMORY =
  /\b(?:(?:the|that) (?:thing|stuff|issue|problem|matter|idea)s? (?:we|you|i) (?:discussed|talked about|mentioned|spoke about|chatted about|went over)|what we (?:discussed|talked about|spoke about|chatted about)|you know (?:the one|what i mean)|the usual)\b/gi;
/** "It's broken", "this doesn't work" opening the message: a subject with nothing before it. */
const BROKEN_SUBJECT =
  /^(?:it|this|that)(?:'s|’s| is| isn'?t| is not| doesn'?t| does not| keeps?| seems| looks)? ?(?:broken|not working|working|work|failing|down|wrong|off|weird|messed up|crashing|acting up)\b/i;
/** Something in the message the reference may point at. */
const POINTER = /https?:\/\/|www\.|\battach(?:ed|ment)|\bbelow\b|\bhere(?:'s| is| are)\b|\bsee (?:the )?(?:link|screenshot)|\bscreenshot\b/i;

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
      "Could you take a look at the PR? It's the one that fixes the login timeout.",
      "I'll send the slides tonight.",
    ],
  },
  check(doc) {
    const text = doc.text;
    const findings: Finding[] = [];
    const pointed = POINTER.test(text);
    const firstSentence = doc.sentences[0];

    // "fix the report" confuses when the reader is asked to do it; "I'll send the slides" does not,
    // so only the asks are searched (which also keeps a 200 KB paste linear).
    const firstMention = new Map<string, number>();
    const firstIndexOf = (thing: string) => {
      if (!firstMention.has(thing)) firstMention.set(thing, text.search(new RegExp(`\\b${thing}`, 'i')));
      return firstMention.get(thing)!;
    };
    for (const ask of pointed ? [] : doc.asks) {
      for (const m of eachMatch(DEICTIC_OBJECT, ask.text)) {
        const start = ask.start + m.index;
        const end = start + m[0].length;
        const thing = m[1]!.toLowerCase();
        if (followedByPlaceholder(text, end) || QUALIFIER.test(text.slice(end, end + 40)) || EXPLAINED_NEXT.test(text.slice(end, end + 120))) continue;
        if (firstIndexOf(thing) < end - thing.length) continue; // mentioned earlier: it has an antecedent
        const label = thing === 'one' || thing === 'thing' || thing === 'things' || thing === 'stuff' ? 'thing' : thing;
        // "the report" may be shared knowledge; "this report" with nothing to point at never is.
        const severity = /\bthe\s/i.test(m[0]) ? 'info' : 'warning';
        findings.push(
          finding(ID, doc, start, end, severity, messages.object.replace('{text}', m[0]).replace('{thing}', label), [
            appendFix(doc, start, end, `Add which ${label}`, ` [which ${label}? name or link]`),
          ]),
        );
      }
      for (const m of eachMatch(BARE_PRONOUN_OBJECT, ask.text)) {
        const start = ask.start + m.index;
        const end = start + m[0].length;
        const pronoun = m[1]!.toLowerCase();
        // "it" can only be vague when nothing came before it in the message.
        if (pronoun === 'it' && firstSentence && start >= firstSentence.end) continue;
        if (followedByPlaceholder(text, end)) continue;
        findings.push(
          finding(ID, doc, start, end, 'warning', messages.pronoun.replace('{text}', m[0]).replace('{pronoun}', pronoun), [
            appendFix(doc, start, end, 'Say what it is', ' [what? paste the link or name it]'),
          ]),
        );
      }
    }

    for (const m of text.matchAll(SHARED_MEMORY)) {
      const end = m.index + m[0].length;
      if (followedByPlaceholder(text, end)) continue;
      findings.push(
        finding(ID, doc, m.index, end, 'warning', messages.memory.replace('{text}', m[0]), [
          appendFix(doc, m.index, end, 'Say what it was', ' [which one? one line of what it was, plus a link]'),
        ]),
      );
    }

    const opening = doc.sentences.find((s) => !GREETING_SENTENCE.test(s.text));
    if (opening && !pointed) {
      const m = BROKEN_SUBJECT.exec(opening.text);
      if (m && !followedByPlaceholder(text, opening.start + m[0].length)) {
        const start = opening.start;
        const end = start + m[0].length;
        findings.push(
          finding(ID, doc, start, end, 'warning', messages.broken.replace('{text}', m[0]), [
            appendFix(doc, start, end, 'Say what is broken', ' [what exactly? page or feature + link; what you did, what you expected, what happened]'),
          ]),
        );
      }
    }
    return findings;
  },
};

export default rule;
