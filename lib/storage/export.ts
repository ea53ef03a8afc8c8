/**
 * Everything Handoff keeps, in one JSON file and back. Import validates the whole file first and
 * writes it in one transaction: a corrupt file or a full disk changes nothing. A file written by an
 * older version is migrated on the way in.
 */
import type { HandoffDb } from './db';
import { getSettings, replaceSettings, withDefaults, SETTINGS_KEY, type Settings } from '@/lib/storage/settings';
import { upgradeDraftToV2, type WeeklyDraftV1 } from './migrations/v2-draft-sections';
import { browser } from 'wxt/browser';
import { FOCUS_STATE_KEY } from '@/lib/features/focus/model';
import { isQuotaError } from './errors';
import { ritualRowProblem } from '@/lib/features/rituals/log';

export const EXPORT_FORMAT = 'handoff-export';
/** Follows the database version: a file records the schema its rows are shaped for. */
export const EXPORT_VERSION = 3;

export const TABLES = ['meta', 'people', 'channelZones', 'weeklyDrafts', 'wins', 'commitments', 'focusSessions', 'rituals'] as const;
export type TableName = (typeof TABLES)[number];

/** The key every row of a table must carry. */
const PRIMARY_KEY: Record<TableName, string> = {
  meta: 'key',
  people: 'id',
  channelZones: 'channelId',
  weeklyDrafts: 'week',
  wins: 'id',
  commitments: 'id',
  focusSessions: 'id',
  rituals: 'id',
};

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: number;
  settings: Settings;
  tables: Record<TableName, Record<string, unknown>[]>;
}

export class ImportError extends Error {
  override name = 'ImportError';
}

export async function exportAll(database: HandoffDb, now: number): Promise<ExportFile> {
  const tables = {} as ExportFile['tables'];
  await database.transaction('r', TABLES.map((t) => database.table(t)), async () => {
    for (const name of TABLES) tables[name] = (await database.table(name).toArray()) as Record<string, unknown>[];
  });
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now, settings: await getSettings(), tables };
}

export function exportFileName(now: number): string {
  return `handoff-export-${new Date(now).toISOString().slice(0, 10)}.json`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads and checks an export file, migrating an older one; throws ImportError saying what is wrong. */
export function parseExport(text: string): ExportFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ImportError(`This is not a Handoff export: the file is not valid JSON (${(error as Error).message}).`);
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) throw new ImportError('This is not a Handoff export: it has no "format": "handoff-export".');
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new ImportError('This export has no valid "version".');
  if (version > EXPORT_VERSION) throw new ImportError(`This export is from a newer Handoff (format ${version}); update Handoff to import it.`);
  if (!isRecord(data.tables)) throw new ImportError('This export has no "tables".');
  const tables = {} as ExportFile['tables'];
  for (const name of TABLES) {
    const rows = data.tables[name] ?? [];
    if (!Array.isArray(rows)) throw new ImportError(`"tables.${name}" must be a list.`);
    rows.forEach((row, index) => {
      if (!isRecord(row)) throw new ImportError(`"tables.${name}" item ${index + 1} is not an object.`);
      if (row[PRIMARY_KEY[name]] === undefined) throw new ImportError(`"tables.${name}" item ${index + 1} has no "${PRIMARY_KEY[name]}".`);
      const problem = name === 'rituals' ? ritualRowProblem(row) : undefined;
      if (problem) throw new ImportError(`"tables.rituals" item ${index + 1} ${problem}.`);
    });
    tables[name] = rows as Record<string, unknown>[];
  }
  if (version < 2) tables.weeklyDrafts = tables.weeklyDrafts.map((row) => upgradeDraftToV2(row as unknown as WeeklyDraftV1) as unknown as Record<string, unknown>);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: typeof data.exportedAt === 'number' ? data.exportedAt : 0,
    settings: withDefaults(data.settings),
    tables,
  };
}

/** Replaces everything with the file's contents, all or nothing. */
export async function importAll(database: HandoffDb, file: ExportFile): Promise<Record<TableName, number>> {
  const counts = {} as Record<TableName, number>;
  try {
    await database.transaction('rw', TABLES.map((t) => database.table(t)), async () => {
      for (const name of TABLES) {
        await database.table(name).clear();
        await database.table(name).bulkAdd(file.tables[name]);
        counts[name] = file.tables[name].length;
      }
    });
  } catch (error) {
    if (isQuotaError(error)) throw new ImportError('Not enough storage space for this import. Nothing was changed: your data is as it was.');
    throw new ImportError(`The import failed and nothing was changed: ${(error as Error).message}`);
  }
  await replaceSettings(file.settings);
  return counts;
}

/** "Delete all my data": every table, the settings and the focus state. */
export async function deleteAll(database: HandoffDb): Promise<void> {
  await database.transaction('rw', TABLES.map((t) => database.table(t)), async () => {
    for (const name of TABLES) await database.table(name).clear();
  });
  await browser.storage.local.remove([SETTINGS_KEY, FOCUS_STATE_KEY]);
}
