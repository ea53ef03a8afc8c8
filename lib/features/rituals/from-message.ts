/**
 * Prefills a decision proposal from a chat line that asks for a decision ("let's just decide on the
 * vendor", "can we agree to switch CI to GitHub Actions?"). Pure. The card's "Draft a decision
 * proposal" action (channel-fit hint, after the redesign) calls `proposalFromMessage(text)`.
 *
 * Structure, not a phrase list: a sentence is a decision ask when its verb is one of deciding
 * (decide, agree, settle, choose, pick, vote, make a call) or a change put to the team as a question
 * or proposal (should we / shall we / let's switch, move, migrate, adopt, drop, replace, go with).
 * What follows the verb is the subject; the subject's own shape gives the options: "A or B",
 * "between A and B", "from A to B", "X to Y" after a change verb.
 */
import { emptyProposal, type Channel, type ProposalDraft, type ProposalOption } from './model';

const DECIDE = String.raw`decide|agree|settle|choose|pick|vote|make\s+(?:a|the)\s+(?:call|decision)|finali[sz]e`;
const CHANGE = String.raw`switch|move|migrate|adopt|drop|replace|go\s+with|use|stop|start|change|standardi[sz]e`;
/** Who is asked: the team ("we", "let's"), with optional softeners ("just", "finally"). */
const ASKER = String.raw`(?:let['’]?s|let\s+us|we\s+(?:need|have|ought)\s+to|we\s+should|we\s+must|(?:can|could|shall|should)\s+we|time\s+to|need\s+to|we\s+(?:still\s+)?(?:have\s+)?to)`;
const SOFT = String.raw`(?:\s+(?:just|finally|quickly|all|now|please|already))*`;

const DECIDE_ASK = new RegExp(String.raw`\b${ASKER}${SOFT}\s+(${DECIDE})\b\s*(.*)$`, 'i');
const CHANGE_ASK = new RegExp(String.raw`\b(?:${ASKER})${SOFT}\s+(${CHANGE})\b\s*(.*)$`, 'i');
const WHICH_ASK = /\b(which|what)\s+(\w+(?:\s+\w+)?)\s+(?:should|shall|do)\s+we\s+(\w+)\s*(.*)$/i;

/** Words after the subject that are not part of it. */
const TAIL = /\s*(?:,\s*|\s+)(?:once\s+and\s+for\s+all|today|tomorrow|this\s+week|by\s+\w+(?:\s+\w+)?|before\s+\w+(?:\s+\w+)?|asap|please|now|already|here|in\s+this\s+thread)\b.*$/i;

export interface MessageProposal {
  draft: ProposalDraft;
  /** The sentence the decision was read from, as written. */
  sentence: string;
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function tidy(subject: string): string {
  let s = subject.replace(/[?.!…]+$/u, '').trim();
  for (let i = 0; i < 3; i++) s = s.replace(TAIL, '').trim();
  return s.replace(/^(?:on|about|upon|whether\s+to|whether|if\s+we|if|to)\s+/i, '').trim();
}

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

function option(name: string): ProposalOption {
  return { name: capitalize(name.trim()), tradeoffs: '' };
}

/** Options the subject's shape states; [] when it names none. */
export function optionsOf(verb: string, subject: string): ProposalOption[] {
  const between = /^(?:between\s+)?(.+?)\s*,?\s+(?:or|vs\.?|versus)\s+(.+)$/i.exec(subject) ?? /^between\s+(.+?)\s+and\s+(.+)$/i.exec(subject);
  if (between) {
    const first = between[1]!.split(/\s*,\s*/).filter(Boolean);
    return [...first, between[2]!].map(option);
  }
  const from = /^(?:(.+?)\s+)?from\s+(.+?)\s+(?:to|for)\s+(.+)$/i.exec(subject);
  if (from) return [option(`Stay on ${from[2]}`), option(`${capitalize(verb)} ${from[1] ? `${from[1]} ` : ''}to ${from[3]}`)];
  if (/^(?:switch|move|migrate|change|replace)$/i.test(verb)) {
    const to = /^(.+?)\s+(?:to|with|by)\s+(.+)$/i.exec(subject);
    if (to) return [option(`Keep ${to[1]} as it is`), option(`${capitalize(verb)} ${to[1]} to ${to[2]}`)];
  }
  if (/^(?:adopt|drop|go\s+with|use|stop|start)$/i.test(verb) && subject) return [option(`${verb.replace(/\s+/g, ' ')} ${subject}`), option('Leave things as they are')];
  return [];
}

/**
 * Reads a decision ask from a chat message and prefills a proposal: title, context (the message),
 * and the options its subject names. Returns undefined when no sentence asks for a decision; never
 * throws. Text in, plain data out: the caller shows it for editing before anything is posted.
 *
 * @param text the message as the user wrote it (any length; only its first 40 sentences are read)
 * @param channel where the proposal will be posted (decides how readers answer)
 */
export function proposalFromMessage(text: string, channel: Channel = 'slack'): MessageProposal | undefined {
  for (const sentence of sentences(text).slice(0, 40)) {
    const read = readAsk(sentence);
    if (!read) continue;
    const draft = emptyProposal(channel);
    draft.title = read.title;
    draft.context = text.trim();
    draft.options = read.options;
    return { draft, sentence };
  }
  return undefined;
}

function readAsk(sentence: string): { title: string; options: ProposalOption[] } | undefined {
  const decide = DECIDE_ASK.exec(sentence);
  if (decide) {
    const verb = decide[1]!.replace(/\s+/g, ' ').toLowerCase();
    const rest = decide[2] ?? '';
    // "agree to switch X to Y", "decide whether to drop Z": the inner change verb carries the subject.
    const inner = new RegExp(String.raw`^(?:to|on|whether\s+to|whether\s+we|if\s+we|if\s+we\s+should|whether\s+we\s+should)\s+(${CHANGE})\b\s*(.*)$`, 'i').exec(rest.trim());
    if (inner) {
      const innerVerb = inner[1]!.toLowerCase();
      const subject = tidy(inner[2] ?? '');
      if (!subject) return undefined;
      return { title: capitalize(`${innerVerb} ${subject}`), options: optionsOf(innerVerb, subject) };
    }
    const subject = tidy(rest);
    if (!subject) return { title: 'Decide', options: [] };
    const options = optionsOf(verb, subject);
    const lead = /^(?:between)\b/i.test(subject) || options.length > 1 ? 'Choose' : /^(?:decide|agree|settle|vote|make)/.test(verb) ? `${capitalize(verb)} on` : capitalize(verb);
    const shown = subject.replace(/^between\s+/i, '');
    return { title: options.length > 1 ? `${lead}: ${shown}` : `${lead} ${shown}`, options };
  }
  const which = WHICH_ASK.exec(sentence);
  if (which) {
    const subject = tidy(which[4] ?? '');
    // "Which vendor should we use?" names no options; only an "A or B" after it does.
    const named = /\b(?:or|vs\.?|versus)\b/i.test(subject) ? optionsOf('choose', subject) : [];
    return { title: capitalize(`${which[1]!.toLowerCase()} ${which[2]} to ${which[3]}${subject ? ` ${subject}` : ''}`), options: named };
  }
  const change = CHANGE_ASK.exec(sentence);
  // A change is a decision ask when it is put to the team as a question ("should we drop X?"), or
  // proposed with "let's" for a verb that changes how the team works ("let's switch to Linear").
  const asked = /\b(?:should|shall|can|could)\s+we\b/i.test(sentence) || (/^(?:let['’]?s|let\s+us)\b/i.test(sentence.trim()) && /^(?:switch|move|migrate|adopt|drop|replace|standardi[sz]e)$/i.test(change?.[1] ?? ''));
  if (change && asked) {
    const verb = change[1]!.replace(/\s+/g, ' ').toLowerCase();
    const subject = tidy(change[2] ?? '');
    if (!subject) return undefined;
    return { title: capitalize(`${verb} ${subject}`), options: optionsOf(verb, subject) };
  }
  return undefined;
}
