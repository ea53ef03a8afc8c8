/**
 * The realistic-message evaluation set (scripts/eval/messages/{dev,test}.jsonl) and how it is
 * scored. A message's prediction is the set of rule ids the engine raised on it; its labels are the
 * problem families of ../shared/ASYNC-WRITING.md present in it ([] = clean).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FAMILIES = [
  'vague-reference',
  'missing-deadline',
  'vague-deadline',
  'missing-ask',
  'no-hello',
  'cold-ack',
  'channel-fit',
  'buried-ask',
  'many-questions',
] as const;

export interface Message {
  id: string;
  host: 'gmail' | 'slack' | 'docs';
  text: string;
  labels: string[];
}

export type Split = 'dev' | 'test';

export function loadMessages(split: Split): Message[] {
  return readFileSync(join(import.meta.dirname, '..', 'messages', `${split}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Message & { _meta?: unknown })
    .filter((m) => !m._meta);
}

export interface FamilyScore {
  tp: number;
  fp: number;
  fn: number;
}

export interface MessageScores {
  families: Record<string, FamilyScore>;
  micro: FamilyScore;
  flawed: number;
  flawedFlagged: number;
  clean: number;
  cleanFlagged: number;
}

/** Scores predictions (id → rule ids raised) against the labels; rules outside the families are ignored. */
export function scoreMessages(messages: Message[], predicted: (m: Message) => string[]): MessageScores {
  const families: Record<string, FamilyScore> = Object.fromEntries(FAMILIES.map((f) => [f, { tp: 0, fp: 0, fn: 0 }]));
  const s: MessageScores = { families, micro: { tp: 0, fp: 0, fn: 0 }, flawed: 0, flawedFlagged: 0, clean: 0, cleanFlagged: 0 };
  for (const m of messages) {
    const said = new Set(predicted(m).filter((r) => r in families));
    const truth = new Set(m.labels);
    for (const f of FAMILIES) {
      const cell = families[f]!;
      if (said.has(f) && truth.has(f)) cell.tp++;
      else if (said.has(f)) cell.fp++;
      else if (truth.has(f)) cell.fn++;
    }
    if (truth.size > 0) {
      s.flawed++;
      if (said.size > 0) s.flawedFlagged++;
    } else {
      s.clean++;
      if (said.size > 0) s.cleanFlagged++;
    }
  }
  for (const cell of Object.values(families)) {
    s.micro.tp += cell.tp;
    s.micro.fp += cell.fp;
    s.micro.fn += cell.fn;
  }
  return s;
}

export const precision = (c: FamilyScore) => (c.tp + c.fp === 0 ? NaN : c.tp / (c.tp + c.fp));
export const recall = (c: FamilyScore) => (c.tp + c.fn === 0 ? NaN : c.tp / (c.tp + c.fn));
