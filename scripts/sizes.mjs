// `npm run size`: raw and gzip bytes of every built file in .output/chrome-mv3 (run `npm run build` first).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '..', '.output', 'chrome-mv3');
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.(js|css|html)$/.test(name)) files.push(path);
  }
})(root);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`.padStart(10);
console.log(`${'file'.padEnd(48)}${'raw'.padStart(10)}${'gzip'.padStart(10)}`);
for (const path of files.sort()) {
  const bytes = readFileSync(path);
  console.log(`${relative(root, path).padEnd(48)}${kb(bytes.length)}${kb(gzipSync(bytes, { level: 9 }).length)}`);
}
