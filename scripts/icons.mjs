// Makes the app's icons (web/icons/) from one description: an SVG for browsers that take it and
// PNGs for the web app manifest (192 and 512 px, and a 512 px "maskable" one whose background
// fills the square so the platform can cut it to a circle). No dependencies: the PNGs are
// rasterised here (4×4 supersampling) and written with node's zlib.
//
//   node scripts/icons.mjs        (writes web/icons/; the files are committed)
//
// The picture: a form (white sheet with lines) with a tick, on the app's accent blue.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const UIT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'web', 'icons');
// Colours from style/main.css: --accent, white, --accent-licht, --focus.
const ACCENT = [0x15, 0x42, 0x73];
const WIT = [0xff, 0xff, 0xff];
const LIJN = [0xc9, 0xd6, 0xe5];
const VINK = [0xff, 0xbf, 0x47];

// Shapes in a 0..1 square, painted in order. `rond`: corner radius.
const rechthoek = (x, y, w, h, rond, kleur) => ({ soort: 'rect', x, y, w, h, rond, kleur });
const lijnen = (punten, dikte, kleur) => ({ soort: 'lijn', punten, dikte, kleur });
const inhoud = [
  rechthoek(0.28, 0.2, 0.44, 0.6, 0.04, WIT),
  rechthoek(0.35, 0.3, 0.3, 0.045, 0.02, LIJN),
  rechthoek(0.35, 0.4, 0.3, 0.045, 0.02, LIJN),
  rechthoek(0.35, 0.5, 0.18, 0.045, 0.02, LIJN),
  lijnen([[0.46, 0.64], [0.54, 0.72], [0.72, 0.52]], 0.075, VINK),
];
const figuur = (maskable) => [rechthoek(0, 0, 1, 1, maskable ? 0 : 0.18, ACCENT), ...inhoud];

function binnenRect(s, px, py) {
  if (px < s.x || py < s.y || px > s.x + s.w || py > s.y + s.h) return false;
  const r = s.rond;
  const cx = Math.min(Math.max(px, s.x + r), s.x + s.w - r);
  const cy = Math.min(Math.max(py, s.y + r), s.y + s.h - r);
  return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
}
function binnenLijn(s, px, py) {
  const half = s.dikte / 2;
  for (let i = 0; i + 1 < s.punten.length; i++) {
    const [ax, ay] = s.punten[i];
    const [bx, by] = s.punten[i + 1];
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.min(1, Math.max(0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
    if ((px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2 <= half * half) return true;
  }
  return false;
}
const binnen = (s, px, py) => (s.soort === 'rect' ? binnenRect(s, px, py) : binnenLijn(s, px, py));

function raster(vormen, n) {
  const SS = 4;
  const data = Buffer.alloc(n * n * 4);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const px = (x + (sx + 0.5) / SS) / n;
          const py = (y + (sy + 0.5) / SS) / n;
          let kleur = null;
          for (const v of vormen) if (binnen(v, px, py)) kleur = v.kleur;
          if (kleur) { r += kleur[0]; g += kleur[1]; b += kleur[2]; a += 1; }
        }
      }
      const i = (y * n + x) * 4;
      // Premultiplied sum → straight alpha.
      data[i] = a ? Math.round(r / a) : 0;
      data[i + 1] = a ? Math.round(g / a) : 0;
      data[i + 2] = a ? Math.round(b / a) : 0;
      data[i + 3] = Math.round((a / (SS * SS)) * 255);
    }
  }
  return data;
}

const CRC = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc32 = (buf) => { let c = 0xffffffff; for (const byte of buf) c = CRC[(c ^ byte) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
function blok(type, inhoud) {
  const len = Buffer.alloc(4); len.writeUInt32BE(inhoud.length);
  const tb = Buffer.concat([Buffer.from(type, 'ascii'), inhoud]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(tb));
  return Buffer.concat([len, tb, crc]);
}
function png(rgba, n) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(n, 0); ihdr.writeUInt32BE(n, 4);
  ihdr[8] = 8; ihdr[9] = 6; // 8 bits, RGBA
  const rijen = Buffer.alloc(n * (n * 4 + 1));
  for (let y = 0; y < n; y++) rgba.copy(rijen, y * (n * 4 + 1) + 1, y * n * 4, (y + 1) * n * 4);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), blok('IHDR', ihdr),
    blok('IDAT', zlib.deflateSync(rijen, { level: 9 })), blok('IEND', Buffer.alloc(0))]);
}

const hex = (k) => `#${k.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
const f = (x) => +(x * 512).toFixed(2);
function svg(vormen) {
  const delen = vormen.map((v) => (v.soort === 'rect'
    ? `<rect x="${f(v.x)}" y="${f(v.y)}" width="${f(v.w)}" height="${f(v.h)}" rx="${f(v.rond)}" fill="${hex(v.kleur)}"/>`
    : `<polyline points="${v.punten.map(([x, y]) => `${f(x)},${f(y)}`).join(' ')}" fill="none" stroke="${hex(v.kleur)}" stroke-width="${f(v.dikte)}" stroke-linecap="round" stroke-linejoin="round"/>`));
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">\n  ${delen.join('\n  ')}\n</svg>\n`;
}

fs.mkdirSync(UIT, { recursive: true });
fs.writeFileSync(path.join(UIT, 'icon.svg'), svg(figuur(false)));
for (const n of [192, 512]) fs.writeFileSync(path.join(UIT, `icon-${n}.png`), png(raster(figuur(false), n), n));
fs.writeFileSync(path.join(UIT, 'icon-maskable-512.png'), png(raster(figuur(true), 512), 512));
console.log(`icons written to ${UIT}`);
