/**
 * The context-rich rewrite: the whole message restructured as
 *   greeting → context → the ask, with its deadline in the recipient's time → an offer of resources → sign-off,
 * keeping every sentence the writer wrote and marking what only the writer knows with
 * [bracketed placeholders]. Vague references get their placeholder in place; resolved deadlines
 * are restated by the deadline layer's phrase ("by 5:00 PM Thu, Nov 26 your time (Berlin) — …").
 */
import { phraseAt, preferredPhrase } from './deadline-phrase';
import type { Doc, Sentence } from './doc';
import { withinSpans } from './doc';
import { GREETING_WORD } from './lexicon';
import type { AnalysisContext, Finding } from './types';

interface Edit {
  start: number;
  end: number;
  replacement: string;
}

const GREETING_PREFIX = new RegExp(`^${GREETING_WORD}\\b[^,!.?\\n]{0,30}[,!]\\s*`, 'i');
const SIGN_OFF = /^(?:thanks|thank you|thx|ty|cheers|best|regards|kind regards|best regards|warm regards|all the best|talk soon|sincerely)\b[^.!?]{0,30}[.!]*$/i;
const OFFER =
  /\b(?:let me know if (?:you|there)|happy to|glad to|i can (?:send|share|help|walk|explain|jump)|feel free to|if you have (?:any )?questions|if you need|attached|i(?:'ve| have) attached|here(?:'s| is) the link)\b/i;

/** The text of [start, end) with the edits inside it applied (edits are sorted and disjoint). */
function applyEdits(text: string, start: number, end: number, edits: Edit[]): string {
  // Binary search for the first edit at or after `start`: a long message has thousands of both.
  let lo = 0;
  let hi = edits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edits[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  let out = '';
  let at = start;
  for (let i = lo; i < edits.length && edits[i]!.start <= end; i++) {
    const e = edits[i]!;
    if (e.end > end || e.start < at) continue;
    out += text.slice(at, e.start) + e.replacement;
    at = e.end;
  }
  return out + text.slice(at, end);
}

function editsFor(doc: Doc, findings: Finding[]): Edit[] {
  const edits: Edit[] = [];
  for (const f of findings) {
    const fix = f.rule === 'vague-reference' ? f.fixes[0] : f.rule === 'missing-deadline' ? f.fixes[f.fixes.length - 1] : undefined;
    if (fix) edits.push(fix);
  }
  // Only a deadline inside an ask is restated: elsewhere a date reports the past ("off by last month").
  for (const d of doc.deadlines) {
    if (!withinSpans(doc.asks, d.start)) continue;
    const phrase = preferredPhrase(d);
    // With no recipient the phrase cannot say "your time": the writer's own words are clearer.
    if (d.kind === 'resolved' && phrase && d.perRecipient.length > 0) {
      edits.push({ start: d.start, end: d.end, replacement: phraseAt(doc.text, d.start, phrase) });
    } else if (d.kind === 'vague') {
      const example = d.choices[0]?.replacement;
      edits.push({ start: d.end, end: d.end, replacement: ` [by when exactly?${example ? ` e.g. ${example}` : ''}]` });
    }
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  // Overlapping edits: the first one wins.
  return edits.filter((e, i) => i === 0 || e.start >= edits[i - 1]!.end);
}

/** Upper-cases a part's first letter when the greeting was cut off the front ("Hi Ana, can you …"). */
function capitalize(part: string): string {
  return part.charAt(0).toUpperCase() + part.slice(1);
}

/** Block kinds of excluded text (prose.ts) that a rewrite must carry over unchanged. */
const BLOCKS = new Set(['quote', 'forward', 'signature', 'code', 'host']);

export function rewrite(doc: Doc, findings: Finding[], _ctx: AnalysisContext): string | null {
  const { text, sentences } = doc;
  // A bare greeting or acknowledgement has nothing to restructure; its own rule offers the fix.
  if (sentences.length === 0 || findings.some((f) => f.rule === 'no-hello' || f.rule === 'cold-ack')) return null;
  // Quotes, forwards and signatures are someone else's words (or a block the writer keeps as is):
  // one that ends the message is carried over unchanged after the rewrite; one in the middle
  // cannot be moved around without losing its place, so there is no rewrite.
  const blocks = doc.excluded.filter((r) => BLOCKS.has(r.kind));
  const lastProse = sentences[sentences.length - 1]!.end;
  if (blocks.some((b) => b.start < lastProse)) return null;
  const tail = blocks.length > 0 ? text.slice(blocks[0]!.start) : '';
  const body = rewriteProse(doc, findings);
  if (body === null || tail.trim() === '') return body;
  // A signature right under the sign-off keeps its line break; a quote or forward gets a blank line.
  const gap = text.slice(lastProse, blocks[0]!.start) + /^\s*/.exec(tail)![0];
  return `${body}${blocks[0]!.kind === 'signature' && gap.includes('\n') ? '\n' : '\n\n'}${tail.replace(/^\s*\n/, '')}`;
}

function rewriteProse(doc: Doc, findings: Finding[]): string | null {
  const { text, sentences } = doc;
  const edits = editsFor(doc, findings);
  const render = (s: Sentence, from = s.start) => applyEdits(text, from, s.end, edits);
  const askSet = new Set(doc.asks);

  let greeting = '';
  const signOff: string[] = [];
  const context: string[] = [];
  const asks: string[] = [];
  const offers: string[] = [];

  sentences.forEach((s, i) => {
    let from = s.start;
    if (i === 0) {
      const g = GREETING_PREFIX.exec(s.text);
      if (g) {
        greeting = s.text.slice(0, g[0].length).trimEnd();
        from = s.start + g[0].length;
        if (from >= s.end) return;
      }
    }
    const body = text.slice(from, s.end);
    if (i >= sentences.length - 2 && SIGN_OFF.test(body)) signOff.push(render(s, from));
    else if (signOff.length > 0) signOff.push(render(s, from)); // a name after "Thanks,"
    else if (OFFER.test(body)) offers.push(render(s, from));
    else if (askSet.has(s)) asks.push(render(s, from));
    else context.push(render(s, from));
  });

  if (context.length === 0 && asks.length === 0) return null;
  // A plain update with nothing missing needs no ask; one that wants something (missing-ask) does.
  const wantsAsk = asks.length > 0 || context.length === 0 || findings.some((f) => f.rule === 'missing-ask');
  const parts = [
    greeting,
    context.length > 0 ? capitalize(context.join(' ')) : '[Context: what this is about — which document, slide or link, and what you noticed]',
    asks.length > 0 ? capitalize(asks.join(' ')) : wantsAsk ? '[The ask: what should they do or answer, and by when (their time)?]' : '',
    offers.length > 0 ? offers.join(' ') : wantsAsk ? 'Let me know if you need [anything from me: data, links, access].' : '',
    signOff.join('\n'),
  ];
  return parts.filter((p) => p !== '').join('\n\n');
}
