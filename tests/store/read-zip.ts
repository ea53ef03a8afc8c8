/**
 * Reads one file out of a zip archive (stored or deflated entries, as WXT's JSZip writes them), so the
 * store tests check the zip a store receives rather than the folder it was made from.
 * Format: PKWARE APPNOTE.TXT §4.3 (end of central directory, central directory, local file headers).
 */
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

/**
 * @param zipPath path of the .zip file
 * @returns the names of every entry, in central-directory order
 * @throws when the file is not a zip archive
 */
export function zipEntries(zipPath: string): Map<string, () => Buffer> {
  const zip = readFileSync(zipPath);
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${zipPath} is not a zip archive (no end of central directory)`);
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries = new Map<string, () => Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${zipPath}: bad central directory entry ${i}`);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localHeader = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(name, () => {
      const start = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
      const data = zip.subarray(start, start + compressedSize);
      if (method === 0) return Buffer.from(data);
      if (method === 8) return inflateRawSync(data);
      throw new Error(`${zipPath}: ${name} uses compression method ${method}`);
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The parsed manifest.json of the zip at `zipPath`; throws when it has none. */
export function zipManifest(zipPath: string): Record<string, unknown> & { [key: string]: any } {
  const read = zipEntries(zipPath).get('manifest.json');
  if (!read) throw new Error(`${zipPath} has no manifest.json`);
  return JSON.parse(read().toString('utf8'));
}
