// Draws Sigap's app icons (a white flag raised on a red field: "angkat bendera") as PNG files
// in public/icons/, with node built-ins only. Run `npm run icons` after changing the drawing.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const RED = [179, 38, 30];
const WHITE = [255, 255, 255];
const SAMPLES = 4; // supersampling per axis, for smooth edges

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Where (x, y in 0..1) is covered: 'field', 'mark' or null (transparent corner). */
function shape(x, y, maskable) {
  const r = maskable ? 0 : 0.22; // maskable icons fill the square; the OS cuts the shape
  const inRounded = (() => {
    const cx = Math.min(Math.max(x, r), 1 - r);
    const cy = Math.min(Math.max(y, r), 1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  })();
  if (!inRounded) return null;
  const s = maskable ? 0.8 : 1; // keep the mark inside the maskable safe zone
  const u = 0.5 + (x - 0.5) / s;
  const v = 0.5 + (y - 0.5) / s;
  const pole = u >= 0.3 && u <= 0.37 && v >= 0.2 && v <= 0.82;
  const flagTop = 0.22;
  const flagBottom = 0.56;
  const wave = 0.03 * Math.sin((u - 0.37) * 10);
  const flag = u > 0.37 && u <= 0.74 && v >= flagTop + wave && v <= flagBottom + wave;
  const base = v >= 0.78 && v <= 0.84 && u >= 0.22 && u <= 0.45;
  return pole || flag || base ? 'mark' : 'field';
}

function png(size, maskable) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      let rgb = [0, 0, 0];
      let alpha = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const hit = shape((x + (sx + 0.5) / SAMPLES) / size, (y + (sy + 0.5) / SAMPLES) / size, maskable);
          if (!hit) continue;
          const c = hit === 'mark' ? WHITE : RED;
          rgb = rgb.map((v, i) => v + c[i]);
          alpha++;
        }
      }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      for (let i = 0; i < 3; i++) raw[o + i] = alpha ? Math.round(rgb[i] / alpha) : 0;
      raw[o + 3] = Math.round((alpha / (SAMPLES * SAMPLES)) * 255);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = new URL('../public/icons/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['maskable-512.png', 512, true],
  ['apple-touch-icon.png', 180, true],
  ['favicon-32.png', 32, false],
]) {
  writeFileSync(new URL(name, out), png(size, maskable));
  console.log(`public/icons/${name}`);
}
