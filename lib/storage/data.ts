/**
 * The options page's Data panel over the extension's database: export everything, import a file,
 * delete everything (./export.ts does the work; this binds it to the one database).
 */
import { db } from './db';
import { deleteAll, exportAll, importAll, type ExportFile } from './export';

export const dataStore = {
  exportAll: (now: number) => exportAll(db(), now),
  importAll: (file: ExportFile) => importAll(db(), file),
  deleteAll: () => deleteAll(db()),
};
