/**
 * The clarity engine on the command line.
 *
 *   npm run --silent handoff -- check [--now ISO] [--from ZONE] [--to ZONE,...] [--host HOST] [--json] "text"
 *   npm run --silent handoff -- batch  < lines.jsonl
 *
 * batch reads JSON lines {id, text, now?, sender?: {timeZone}, recipients?: [{timeZone}], host?,
 * excluded?: [{start, end}]} and writes one JSON line per input: {id, findings, asks, deadlines,
 * rewrite, times, requests?, excluded?}, or {id, error} for a line that cannot run (invalid JSON,
 * unknown zone, empty text) — the other lines still run. `findings` are those users see (the instant
 * pass; the compromise deeper pass was removed: it made the test split worse, see the README).
 * Defaults: now = the real clock (allowed here, never in lib/analysis); sender zone = the machine's.
 */
import { createInterface } from 'node:readline';
import { isValidZone, parseTimes } from '../lib/analysis/deadlines/index';
import { analyze } from '../lib/analysis/index';
import { touchesExcluded } from '../lib/analysis/prose';
import type { AnalysisContext, HostId, Person } from '../lib/analysis/types';

const USAGE = `usage:
  handoff check [--now ISO] [--from ZONE] [--to ZONE,...] [--host gmail|slack|docs|cli] [--json] "text"
  handoff batch   (JSON lines on stdin: {id, text, now?, sender?: {timeZone}, recipients?: [{timeZone}]})`;

const HOSTS: HostId[] = ['gmail', 'slack', 'docs', 'playground', 'cli'];
const machineZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

class InputError extends Error {}

interface Request {
  text: unknown;
  now?: unknown;
  from?: unknown;
  to?: unknown[];
  host?: unknown;
  excluded?: unknown;
}

/** Validates one request and builds its context; throws InputError with a message for the user. */
function contextFor(req: Request): { text: string; ctx: AnalysisContext } {
  if (typeof req.text !== 'string' || req.text.trim() === '') throw new InputError('empty text: give the message to check');
  let now = Date.now();
  if (req.now !== undefined) {
    now = typeof req.now === 'number' ? req.now : Date.parse(String(req.now));
    if (!Number.isFinite(now)) throw new InputError(`invalid "now": ${JSON.stringify(req.now)} (use an ISO instant such as 2026-11-23T14:00:00-05:00)`);
  }
  const from = req.from === undefined ? machineZone() : String(req.from);
  if (!isValidZone(from)) throw new InputError(`unknown time zone for the sender: "${from}" (use an IANA name such as Europe/Berlin)`);
  const recipients: Person[] = (req.to ?? []).map((zone) => {
    if (zone === undefined || zone === null || zone === '') return {};
    if (!isValidZone(String(zone))) throw new InputError(`unknown time zone for a recipient: "${String(zone)}" (use an IANA name such as America/New_York)`);
    return { timeZone: String(zone) };
  });
  const host = (req.host ?? 'cli') as HostId;
  if (!HOSTS.includes(host)) throw new InputError(`unknown host "${String(req.host)}" (one of ${HOSTS.join(', ')})`);
  let excluded: { start: number; end: number }[] | undefined;
  if (req.excluded !== undefined) {
    if (!Array.isArray(req.excluded) || !req.excluded.every((r) => r && Number.isInteger(r.start) && Number.isInteger(r.end) && r.start <= r.end)) {
      throw new InputError('"excluded" must be an array of {start, end} UTF-16 offsets with start ≤ end');
    }
    excluded = req.excluded.map((r: { start: number; end: number }) => ({ start: r.start, end: r.end }));
  }
  return { text: req.text, ctx: { now, sender: { timeZone: from }, recipients, host, ...(excluded ? { excluded } : {}) } };
}

function run(req: Request) {
  const { text, ctx } = contextFor(req);
  const analysis = analyze(text, ctx);
  // Times mentioned in the writer's prose only (a quoted "by EOD" is someone else's).
  const times = parseTimes(text, { now: ctx.now, timeZone: ctx.sender.timeZone }).filter((t) => !touchesExcluded(analysis.excluded ?? [], t.start, t.end));
  return { ...analysis, times };
}

function parseCheckArgs(args: string[]): Request & { json: boolean } {
  const req: Request & { json: boolean } = { text: undefined, json: false };
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new InputError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--json') req.json = true;
    else if (arg === '--now') req.now = value();
    else if (arg === '--from') req.from = value();
    else if (arg === '--to') req.to = value().split(',').map((z) => z.trim());
    else if (arg === '--host') req.host = value();
    else if (arg.startsWith('--')) throw new InputError(`unknown option ${arg}`);
    else rest.push(arg);
  }
  req.text = rest.join(' ');
  return req;
}

function printReadably(text: string, result: ReturnType<typeof run>): void {
  const out: string[] = [];
  if (result.findings.length === 0) out.push('No findings: this reads clearly.');
  for (const f of result.findings) {
    out.push(`${f.severity.padEnd(7)} ${f.rule} [${f.start}–${f.end}] “${f.text}”`);
    out.push(`        ${f.message}`);
    for (const fix of f.fixes) out.push(`        fix: ${fix.label} → “${fix.replacement}”`);
  }
  if (result.asks.length > 0) out.push('', `asks: ${result.asks.map((a) => `“${text.slice(a.start, a.end)}”`).join(' ')}`);
  for (const d of result.deadlines) {
    out.push('', `deadline “${d.text}” (${d.kind})${d.phrase ? `: ${d.phrase}` : ''}`);
    for (const r of d.perRecipient) out.push(`  ${r.person.name ?? r.person.timeZone ?? 'recipient'}: ${r.local ?? 'unknown'}`);
    for (const w of d.warnings) out.push(`  ! ${w.code}: ${w.message}`);
  }
  if (result.rewrite) out.push('', 'rewrite:', ...result.rewrite.split('\n').map((line) => `  ${line}`));
  console.log(out.join('\n'));
}

async function batch(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    let id: unknown = null;
    try {
      let input: { id?: unknown; text?: unknown; now?: unknown; sender?: { timeZone?: unknown }; recipients?: { timeZone?: unknown }[]; host?: unknown; excluded?: unknown };
      try {
        input = JSON.parse(line);
      } catch {
        throw new InputError('invalid JSON on this line');
      }
      if (typeof input !== 'object' || input === null) throw new InputError('each line must be a JSON object {id, text, …}');
      id = input.id ?? null;
      if (input.recipients !== undefined && !Array.isArray(input.recipients)) throw new InputError('"recipients" must be an array of {timeZone}');
      const result = run({ text: input.text, now: input.now, from: input.sender?.timeZone, to: input.recipients?.map((r) => r?.timeZone), host: input.host, excluded: input.excluded });
      console.log(JSON.stringify({ id, ...result }));
    } catch (error) {
      if (!(error instanceof InputError)) console.error('[handoff] internal error', error);
      console.log(JSON.stringify({ id, error: error instanceof Error ? error.message : String(error) }));
    }
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (command === 'check') {
      const req = parseCheckArgs(args);
      const text = typeof req.text === 'string' ? req.text : '';
      const result = run(req);
      if (req.json) console.log(JSON.stringify(result, null, 2));
      else printReadably(text, result);
      return 0;
    }
    if (command === 'batch') {
      await batch();
      return 0;
    }
    console.error(USAGE);
    return 2;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    console.error(`handoff: ${error.message}\n${USAGE}`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
