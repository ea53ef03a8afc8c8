// Writes public/icon/{16,32,48,128}.png: a rounded indigo square with a white "handoff" arrow.
// Kept as a script so the icons can be regenerated without an image editor.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function pixel(x, y, s) {
  const u = (x + 0.5) / s, v = (y + 0.5) / s;
  const r = 0.2, dx = Math.max(r - u, 0, u - (1 - r)), dy = Math.max(r - v, 0, v - (1 - r));
  if (dx * dx + dy * dy > r * r) return [0, 0, 0, 0];
  const shaft = v > 0.44 && v < 0.56 && u > 0.2 && u < 0.62;
  const head = u >= 0.55 && u < 0.82 && Math.abs(v - 0.5) < (0.82 - u) * 0.95;
  return shaft || head ? [255, 255, 255, 255] : [79, 70, 229, 255];
}

mkdirSync('public/icon', { recursive: true });
for (const s of [16, 32, 48, 128]) {
  const raw = Buffer.alloc(s * (s * 4 + 1));
  for (let y = 0; y < s; y++) for (let x = 0; x < s; x++) raw.set(pixel(x, y, s), y * (s * 4 + 1) + 1 + x * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(s, 0); ihdr.writeUInt32BE(s, 4); ihdr[8] = 8; ihdr[9] = 6;
  const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
  writeFileSync(`public/icon/${s}.png`, png);
}
