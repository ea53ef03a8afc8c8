/**
 * The popup edits a ritual's lists as text, one item per line: these read the lines into the draft's
 * structured fields and write them back. Pure. "a: b" splits at the first colon followed by a space
 * (so "https://…" and "10:30" stay whole); a line without one is all first part.
 */
import type { Link, Milestone, ProposalOption, RetroNote, Role } from './model';

export function splitLines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim()).filter(Boolean);
}

function pair(line: string): [string, string] {
  const match = /^(.*?):\s+(.*)$/.exec(line);
  return match ? [match[1]!.trim(), match[2]!.trim()] : [line.trim(), ''];
}

export const optionsFromText = (text: string): ProposalOption[] => splitLines(text).map((l) => { const [name, tradeoffs] = pair(l); return { name, tradeoffs }; });
export const optionsToText = (options: ProposalOption[]): string => options.map((o) => (o.tradeoffs ? `${o.name}: ${o.tradeoffs}` : o.name)).join('\n');

export const rolesFromText = (text: string): Role[] => splitLines(text).map((l) => { const [who, role] = pair(l); return { who, role }; });
export const rolesToText = (roles: Role[]): string => roles.map((r) => (r.role ? `${r.who}: ${r.role}` : r.who)).join('\n');

export const milestonesFromText = (text: string): Milestone[] => splitLines(text).map((l) => { const [when, what] = pair(l); return what ? { when, what } : { when: '', what: when }; });
export const milestonesToText = (milestones: Milestone[]): string => milestones.map((m) => (m.when ? `${m.when}: ${m.what}` : m.what)).join('\n');

/** "Spec https://…" or a bare URL per line; only http(s) and mailto links are kept as links. */
export function linksFromText(text: string): Link[] {
  return splitLines(text).flatMap((l) => {
    const match = /^(.*?)\s*((?:https?:\/\/|mailto:)\S+)$/i.exec(l);
    return match ? [{ label: match[1]!.replace(/[:\-–—]\s*$/, '').trim(), url: match[2]! }] : [];
  });
}
export const linksToText = (links: Link[]): string => links.map((l) => (l.label ? `${l.label} ${l.url}` : l.url)).join('\n');

/** "Kenji: the docs were late" credits Kenji; a line without "Name: " is anonymous. Names are at most 40 characters. */
export function notesFromText(text: string): RetroNote[] {
  return splitLines(text).map((l) => {
    const match = /^([^:]{1,40}):\s+(.+)$/.exec(l);
    return match ? { by: match[1]!.trim(), text: match[2]!.trim() } : { text: l };
  });
}
export const notesToText = (notes: RetroNote[]): string => notes.map((n) => (n.by ? `${n.by}: ${n.text}` : n.text)).join('\n');
