/**
 * Everything Handoff keeps, in one JSON file and back. Import validates the whole file first and
 * writes it in one transaction: a corrupt file or a full disk changes nothing. A file written by an
 * older version is migrated on the way in.
 */
import type { HandoffDb } from './db';
import { defaultSettings, getSettings, replaceSettings, SETTINGS_KEY, type Settings } from '@/lib/storage/settings';
import { isRecord } from './validate';
import { rowProblem, TABLE_SPECS } from './validate-rows';
import { readSettings } from './validate-settings';
import { upgradeDraftToV2, type WeeklyDraftV1 } from './migrations/v2-draft-sections';
import { browser } from 'wxt/browser';
import { FOCUS_STATE_KEY } from '@/lib/features/focus/model';
import { isQuotaError } from './errors';
import { RECORD_QUEUE_KEY } from './schema';

export const EXPORT_FORMAT = 'handoff-export';
/** Follows the database version: a file records the schema its rows are shaped for. */
export const EXPORT_VERSION = 3;

export const TABLES = ['meta', 'people', 'channelZones', 'weeklyDrafts', 'wins', 'commitments', 'focusSessions', 'rituals'] as const;
export type TableName = (typeof TABLES)[number];

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: number;
  settings: Settings;
  tables: Record<TableName, Record<string, unknown>[]>;
  /** Set by parseExport: the settings fields of the file that were unusable and fell back to their defaults. */
  settingsReset?: string[];
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

/** " (id 7)": the row's key, when it has a printable one, so a message can name the row. */
function idOf(table: TableName, row: unknown): string {
  const key = isRecord(row) ? row[TABLE_SPECS[table].key] : undefined;
  return typeof key === 'number' || (typeof key === 'string' && key.length <= 60) ? ` (${TABLE_SPECS[table].key} ${JSON.stringify(key)})` : '';
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
    // Rows of an older version are checked once migrated: the shapes are the current version's.
    const migrate = version < 2 && name === 'weeklyDrafts' ? (row: unknown) => (isRecord(row) && typeof row.week === 'string' ? upgradeDraftToV2(row as unknown as WeeklyDraftV1) : row) : (row: unknown) => row;
    tables[name] = rows.map((original, index) => {
      const row = migrate(original);
      const problem = rowProblem(name, row);
      if (problem) throw new ImportError(`"tables.${name}" item ${index + 1}${idOf(name, row)} ${problem}. Nothing was imported.`);
      return row as Record<string, unknown>;
    });
  }
  const { settings, reset } = readSettings(data.settings, defaultSettings());
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: typeof data.exportedAt === 'number' ? data.exportedAt : 0,
    settings,
    tables,
    ...(reset.length ? { settingsReset: reset } : {}),
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
  await browser.storage.local.remove([SETTINGS_KEY, FOCUS_STATE_KEY, RECORD_QUEUE_KEY]);
}
