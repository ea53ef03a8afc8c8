/**
 * parseTimes on Duckling's English time corpus (../shared/eval/time-duckling.jsonl), with chrono-node
 * run on the same cases in the same run; then the worked examples of DEADLINES.md as pass/fail.
 *
 * A case counts when the parser found an expression and resolved it to the expected start (the
 * expected end for "before …" cases) at the expected grain. chrono-node reports instants, not grains:
 * we give it the grain of its most precise stated component and zero the implied ones below it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TZDate } from '@date-fns/tz';
import { en, type ParsedComponents } from 'chrono-node';
import { findDeadlines, parseTimes } from '@/lib/analysis/deadlines';
import { monthFirst } from '@/lib/analysis/deadlines/families/numeric-dates';
import { offsetMinutes } from '@/lib/analysis/deadlines/zones';
import type { AnalysisContext } from '@/lib/analysis/types';

interface Case {
  id: string;
  input: string;
  reference: string;
  zone: string;
  locale: string;
  kind: string;
  tags: string[];
  expected: { start?: string; end?: string; grain: string; open?: string };
}

interface Answer {
  value: number;
  grain: string;
  valueEnd?: number;
}

const FILE = join(import.meta.dirname, '..', '..', '..', 'shared', 'eval', 'time-duckling.jsonl');
/** Handoff's own held-out business phrases (written before tuning; split recorded per line). */
const BUSINESS_FILE = join(import.meta.dirname, 'data', 'business-times.jsonl');

/** Today's figures (main @ ad621fe, before issue 12), printed beside the current run. */
const BEFORE = { overall: 39.1, business: 72.0, relevant: 61.9, chrono: 21.0 };

/**
 * The Duckling corpus split, fixed before any tuning on it: a case is in the test part when the
 * FNV-1a hash of its id is divisible by 5 (about 20%). Tune on dev only; report test separately.
 */
export function splitOf(id: string): 'dev' | 'test' {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 5 === 0 ? 'test' : 'dev';
}

function ours(c: Case): Answer | undefined {
  const mentions = parseTimes(c.input, { now: Date.parse(c.reference), timeZone: c.zone, locale: c.locale });
  const best = mentions.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  if (!best) return undefined;
  return { value: Date.parse(best.value), grain: best.grain, ...(best.valueEnd ? { valueEnd: Date.parse(best.valueEnd) } : {}) };
}

const GRAIN_ORDER = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;

function chronoInstant(c: ParsedComponents, offset: number): Answer {
  const grain = c.isCertain('second')
    ? 'second'
    : c.isCertain('minute')
      ? 'minute'
      : c.isCertain('hour')
        ? 'hour'
        : c.isCertain('day') || c.isCertain('weekday')
          ? 'day'
          : c.isCertain('month')
            ? 'month'
            : 'year';
  const keep = GRAIN_ORDER.indexOf(grain);
  const part = (name: (typeof GRAIN_ORDER)[number], fallback: number) => (GRAIN_ORDER.indexOf(name) <= keep ? (c.get(name) ?? fallback) : fallback);
  const zoneOffset = c.isCertain('timezoneOffset') ? (c.get('timezoneOffset') ?? offset) : offset;
  const wall = Date.UTC(c.get('year') ?? 1970, part('month', 1) - 1, part('day', 1), part('hour', 0), part('minute', 0), part('second', 0));
  // chrono reads "3pm" as hour 15 minute 0, both certain: Duckling's grain is the hour.
  const finalGrain = grain === 'minute' && (c.get('minute') ?? 0) === 0 ? 'hour' : grain;
  return { value: wall - zoneOffset * 60_000, grain: finalGrain };
}

function chrono(c: Case): Answer | undefined {
  const now = Date.parse(c.reference);
  const offset = offsetMinutes(now, c.zone);
  const parser = monthFirst(c.locale) ? en.casual : en.GB;
  const results = parser.parse(c.input, { instant: new Date(now), timezone: offset }, { forwardDate: true });
  const best = results.sort((a, b) => b.text.length - a.text.length)[0];
  if (!best) return undefined;
  const start = chronoInstant(best.start, offset);
  return best.end ? { ...start, valueEnd: chronoInstant(best.end, offset).value } : start;
}

function correct(c: Case, a: Answer | undefined): boolean {
  if (!a) return false;
  if (a.grain !== c.expected.grain) return false;
  if (c.expected.open === 'before' && c.expected.end) return (a.valueEnd ?? a.value) === Date.parse(c.expected.end);
  return c.expected.start !== undefined && a.value === Date.parse(c.expected.start);
}

function pct(n: number, d: number): string {
  return d === 0 ? '   —  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
}

interface Tally {
  n: number;
  ours: number;
  chrono: number;
  oursFound: number;
  chronoFound: number;
}

function tally(): Tally {
  return { n: 0, ours: 0, chrono: 0, oursFound: 0, chronoFound: 0 };
}

function line(label: string, t: Tally): string {
  return `  ${label.padEnd(22)} ${String(t.n).padStart(5)}   ${pct(t.ours, t.n)} (found ${pct(t.oursFound, t.n)})   ${pct(t.chrono, t.n)} (found ${pct(t.chronoFound, t.n)})`;
}

/** DEADLINES.md worked examples (now = Mon 2026-11-23 14:00 New York = 20:00 Berlin). */
function workedExamples(): { name: string; pass: boolean }[] {
  const ctx: AnalysisContext = {
    now: Date.parse('2026-11-23T19:00:00Z'),
    sender: { timeZone: 'America/New_York', locale: 'en-US' },
    recipients: [{ name: 'Ana', timeZone: 'Europe/Berlin' }],
    host: 'cli',
  };
  const first = (text: string, context = ctx) => findDeadlines(text, context)[0];
  const eod = first('update it by EOD');
  const friday = first('by Friday 3pm');
  const asap = first('ASAP');
  const tokyo = first('by tomorrow', {
    now: Date.parse('2026-11-24T00:00:00Z'),
    sender: { timeZone: 'Asia/Tokyo', locale: 'en-US' },
    recipients: [{ name: 'Bo', timeZone: 'America/New_York' }],
    host: 'cli',
  });
  return [
    {
      name: '"update it by EOD" → passed; by 5:00 PM Tue, Nov 24 your time (Berlin) — 11:00 AM Tue, Nov 24 my time (New York)',
      pass: eod?.warnings.some((w) => w.code === 'passed' && w.alternative?.phrase === 'by 5:00 PM Tue, Nov 24 your time (Berlin) — 11:00 AM Tue, Nov 24 my time (New York)') ?? false,
    },
    { name: '"EOD Thursday" → 2026-11-26T16:00Z', pass: first('EOD Thursday')?.due === Date.parse('2026-11-26T16:00:00Z') },
    {
      name: '"by Friday 3pm" → 20:00Z, outside hours, 5:00 PM her time',
      pass: friday?.due === Date.parse('2026-11-27T20:00:00Z') && (friday?.warnings.some((w) => w.code === 'outside-hours' && w.alternative?.due === Date.parse('2026-11-27T16:00:00Z')) ?? false),
    },
    { name: '"end of week" → 2026-11-27T16:00Z', pass: first('end of week')?.due === Date.parse('2026-11-27T16:00:00Z') },
    {
      name: '"ASAP" → vague; choices from Ana\'s next working hours',
      pass: asap?.kind === 'vague' && asap.choices[0]?.replacement === 'by 12:00 PM Tue, Nov 24 your time (Berlin) — 6:00 AM Tue, Nov 24 my time (New York)',
    },
    {
      name: 'Tokyo → New York "by tomorrow" → Wed 17:00 New York, "Wednesday, Nov 25" spelled out',
      pass: tokyo?.due === Date.parse('2026-11-25T22:00:00Z') && (tokyo?.warnings.some((w) => w.message.includes('Wednesday, Nov 25')) ?? false),
    },
  ];
}

interface BusinessCase {
  id: string;
  text: string;
  reference: string;
  zone: string;
  locale: string;
  expected: { wall: string; zone: string };
  split: 'dev' | 'test';
}

/** The expected instant, computed with @date-fns/tz (not the code under test). */
function expectedInstant(c: BusinessCase): number {
  const [date, time] = c.expected.wall.split('T') as [string, string];
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  return new TZDate(y, mo - 1, d, h, mi, c.expected.zone).getTime();
}

/** Point expressions people write in business mail: the longest mention's start must be the expected instant. */
function businessSet(): void {
  console.log('\n== Point expressions in business phrases (scripts/eval/data/business-times.jsonl) ==');
  if (!existsSync(BUSINESS_FILE)) return void console.log('  (skipped: file not found)');
  const cases = readFileSync(BUSINESS_FILE, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as BusinessCase);
  const score = new Map<string, { n: number; ours: number; chrono: number }>();
  const misses: string[] = [];
  for (const c of cases) {
    const as: Case = { id: c.id, input: c.text, reference: c.reference, zone: c.zone, locale: c.locale, kind: 'datetime', tags: [], expected: { grain: 'minute' } };
    const want = expectedInstant(c);
    const a = ours(as);
    const b = chrono(as);
    for (const key of [c.split, 'all']) {
      const t = score.get(key) ?? score.set(key, { n: 0, ours: 0, chrono: 0 }).get(key)!;
      t.n++;
      if (a?.value === want) t.ours++;
      if (b?.value === want) t.chrono++;
    }
    if (c.split === 'dev' && a?.value !== want) misses.push(`    dev miss: ${c.text} → ${a ? new Date(a.value).toISOString() : 'nothing'} (want ${new Date(want).toISOString()})`);
  }
  console.log(`  ${'split'.padEnd(8)} ${'n'.padStart(4)}   parseTimes   chrono-node`);
  for (const key of ['dev', 'test', 'all']) {
    const t = score.get(key);
    if (t) console.log(`  ${key.padEnd(8)} ${String(t.n).padStart(4)}   ${pct(t.ours, t.n)}       ${pct(t.chrono, t.n)}`);
  }
  if (process.env.EVAL_VERBOSE) console.log(misses.join('\n'));
}

export default async function run(): Promise<void> {
  console.log('\n== Time expressions: parseTimes vs chrono-node on time-duckling.jsonl ==');
  if (!existsSync(FILE)) {
    console.log(`  (skipped: ${FILE} not found)`);
  } else {
    const cases = readFileSync(FILE, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Case);
    const overall = tally();
    const byKind = new Map<string, Tally>();
    const byTag = new Map<string, Tally>();
    const bySplit = new Map<string, Tally>(['dev', 'test', 'business dev', 'business test'].map((k) => [k, tally()]));
    const businessAll = tally();
    const timing = { ours: 0, chrono: 0 };
    for (const c of cases) {
      let t0 = performance.now();
      const a = ours(c);
      timing.ours += performance.now() - t0;
      t0 = performance.now();
      const b = chrono(c);
      timing.chrono += performance.now() - t0;
      const split = splitOf(c.id);
      const business = c.tags.includes('business_deadline') || c.tags.includes('deadline_relevant');
      const groups = [overall, bySplit.get(split)!, byKind.get(c.kind) ?? byKind.set(c.kind, tally()).get(c.kind)!];
      if (business) groups.push(bySplit.get(`business ${split}`)!, businessAll);
      for (const tag of c.tags) groups.push(byTag.get(tag) ?? byTag.set(tag, tally()).get(tag)!);
      for (const g of groups) {
        g.n++;
        if (a) g.oursFound++;
        if (b) g.chronoFound++;
        if (correct(c, a)) g.ours++;
        if (correct(c, b)) g.chrono++;
      }
    }
    console.log(`  ${'cases'.padEnd(22)} ${'n'.padStart(5)}   ${'parseTimes'.padEnd(22)}   chrono-node ${'(en.casual / en.GB)'}`);
    console.log(line('overall', overall));
    console.log(line('  dev split', bySplit.get('dev')!));
    console.log(line('  test split', bySplit.get('test')!));
    console.log(line('business', businessAll));
    console.log(line('  business dev', bySplit.get('business dev')!));
    console.log(line('  business test', bySplit.get('business test')!));
    console.log(`  before issue 12: parseTimes overall ${BEFORE.overall}%, business_deadline ${BEFORE.business}%, deadline_relevant ${BEFORE.relevant}%; chrono-node ${BEFORE.chrono}%`);
    console.log('  by kind:');
    for (const [kind, t] of [...byKind].sort((a, b) => b[1].n - a[1].n)) console.log(line(`  ${kind}`, t));
    console.log('  by tag:');
    for (const [tag, t] of [...byTag].sort((a, b) => b[1].n - a[1].n)) console.log(line(`  ${tag}`, t));
    console.log(`  time for all cases: parseTimes ${timing.ours.toFixed(0)} ms, chrono-node ${timing.chrono.toFixed(0)} ms`);
  }
  businessSet();
  console.log('\n== DEADLINES.md worked examples ==');
  const examples = workedExamples();
  for (const e of examples) console.log(`  ${e.pass ? 'PASS' : 'FAIL'}  ${e.name}`);
  console.log(`  ${examples.filter((e) => e.pass).length}/${examples.length} pass`);
}
