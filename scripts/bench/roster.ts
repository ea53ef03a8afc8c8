/**
 * Roster import (options page): checking a 10,000-line CSV, and writing it into an empty
 * directory as importRoster does (one indexed read, merge in memory, chunked bulkPut) beside the
 * earlier way (one upsertPerson per line, each looking the person up), on the same rows in
 * fake-indexeddb. Absolute times in Chromium's IndexedDB differ (scripts/bench-roster-e2e.ts
 * measures those in the built extension); the ratio is the point. One run each: a run is seconds.
 */
import 'fake-indexeddb/auto';
import { HandoffDb } from '@/lib/storage/db';
import { importRoster, parseRoster } from '@/lib/storage/roster';
import { upsertPerson } from '@/lib/storage/people';

const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Asia/Kolkata', 'America/Sao_Paulo', 'Australia/Sydney'];

function csv(rows: number): string {
  const lines = ['email,name,timeZone,workStart,workEnd,workDays'];
  for (let i = 0; i < rows; i++) lines.push(`person${i}@example.com,Person ${i},${ZONES[i % ZONES.length]},09:00,17:00,Mon-Fri`);
  return lines.join('\n');
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export default async function run(): Promise<void> {
  const rows = 10_000;
  const text = csv(rows);
  const check = await timed(async () => parseRoster(text, 'csv'));
  const fresh = new HandoffDb('bench-roster-new');
  const now = await timed(() => importRoster(text, 'csv', 1, fresh));
  const count = await fresh.people.count();
  await fresh.delete();
  const old = new HandoffDb('bench-roster-old');
  const { entries } = parseRoster(text, 'csv');
  const before = await timed(() =>
    old.transaction('rw', old.people, async () => {
      for (const e of entries) await upsertPerson({ emails: e.emails, timeZone: e.timeZone, zoneSource: 'imported', workingHours: e.workingHours, ...(e.name ? { name: e.name } : {}) }, 1, old);
    }),
  );
  await old.delete();
  console.log('roster import (options page), fake-indexeddb, one run:');
  console.log(`  check ${rows.toLocaleString('en-US')} CSV lines: ${check.toFixed(0)} ms`);
  console.log(`  import ${rows.toLocaleString('en-US')} people (${count} written): ${now.toFixed(0)} ms; one upsert per line as before: ${before.toFixed(0)} ms (×${(before / now).toFixed(1)})`);
}
