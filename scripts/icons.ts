// `npm run icons`: draws the extension's icon once, as geometry, and writes it as an SVG
// (icons/icon.svg, for store listings) and as the PNGs both stores ask for (16, 32, 48, 128 px,
// public/icons/, copied into every build). A tiny anti-aliased rasteriser, no image library and
// nothing downloaded. The PNGs are committed; run this again only when the drawing changes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import { crc32 } from './zip.ts';

type Point = readonly [number, number];
type Color = readonly [number, number, number];
type Shape =
  | { kind: 'roundRect'; x: number; y: number; w: number; h: number; r: number; fill: Color }
  | { kind: 'polygon'; points: Point[]; fill: Color }
  | { kind: 'stroke'; points: Point[]; width: number; minPx: number; color: Color };

export const ICON_SIZES = [16, 32, 48, 128] as const;
const VIEW = 128;
const BOX_BLUE: Color = [0x00, 0x61, 0xd5];

/** A signed document on Box blue, in a 128 × 128 view box. */
export const DRAWING: Shape[] = [
  { kind: 'roundRect', x: 4, y: 4, w: 120, h: 120, r: 26, fill: BOX_BLUE },
  { kind: 'polygon', points: [[34, 18], [78, 18], [96, 36], [96, 110], [34, 110]], fill: [0xff, 0xff, 0xff] },
  { kind: 'polygon', points: [[78, 18], [78, 36], [96, 36]], fill: [0xb8, 0xd4, 0xf5] },
  { kind: 'stroke', points: [[42, 96], [88, 96]], width: 3, minPx: 0.9, color: [0x9c, 0xbd, 0xe8] },
  { kind: 'stroke', points: [[44, 84], [52, 66], [59, 86], [67, 64], [74, 84], [84, 74]], width: 7, minPx: 1.4, color: BOX_BLUE },
];

const hex = (c: Color) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;

export function toSvg(shapes: Shape[] = DRAWING): string {
  const body = shapes.map((s) => {
    switch (s.kind) {
      case 'roundRect':
        return `  <rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" rx="${s.r}" fill="${hex(s.fill)}"/>`;
      case 'polygon':
        return `  <polygon points="${s.points.map((p) => p.join(',')).join(' ')}" fill="${hex(s.fill)}"/>`;
      case 'stroke':
        return `  <polyline points="${s.points.map((p) => p.join(',')).join(' ')}" fill="none" stroke="${hex(s.color)}" stroke-width="${s.width}" stroke-linecap="round" stroke-linejoin="round"/>`;
    }
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${VIEW}" height="${VIEW}" viewBox="0 0 ${VIEW} ${VIEW}">\n${body.join('\n')}\n</svg>\n`;
}

function inside(shape: Shape, x: number, y: number, scale: number): boolean {
  switch (shape.kind) {
    case 'roundRect': {
      const cx = Math.min(Math.max(x, shape.x + shape.r), shape.x + shape.w - shape.r);
      const cy = Math.min(Math.max(y, shape.y + shape.r), shape.y + shape.h - shape.r);
      return x >= shape.x && x <= shape.x + shape.w && y >= shape.y && y <= shape.y + shape.h && (x - cx) ** 2 + (y - cy) ** 2 <= shape.r ** 2;
    }
    case 'polygon': {
      let odd = false;
      const pts = shape.points;
      for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
        const [xi, yi] = pts[i]!;
        const [xj, yj] = pts[j]!;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
      }
      return odd;
    }
    case 'stroke': {
      // Thin strokes would vanish at 16 px: never thinner than minPx device pixels.
      const half = Math.max(shape.width, shape.minPx / scale) / 2;
      for (let i = 1; i < shape.points.length; i++) if (distanceToSegment([x, y], shape.points[i - 1]!, shape.points[i]!) <= half) return true;
      return false;
    }
  }
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** RGBA pixels, 8 × 8 samples per pixel, straight (not premultiplied) alpha. */
export function rasterize(size: number, shapes: Shape[] = DRAWING): Uint8Array {
  const scale = size / VIEW;
  const n = 8;
  const out = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / scale;
          const y = (py + (sy + 0.5) / n) / scale;
          let color: Color | null = null;
          for (const shape of shapes) if (inside(shape, x, y, scale)) color = shape.kind === 'stroke' ? shape.color : shape.fill;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
      }
      out[i + 3] = Math.round((255 * a) / (n * n));
    }
  }
  return out;
}

export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter set, no interlace
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(import.meta.dirname, '..');
  mkdirSync(resolve(root, 'public/icons'), { recursive: true });
  mkdirSync(resolve(root, 'icons'), { recursive: true });
  writeFileSync(resolve(root, 'icons/icon.svg'), toSvg());
  for (const size of ICON_SIZES) writeFileSync(resolve(root, `public/icons/icon-${size}.png`), encodePng(size, rasterize(size)));
  console.log(`Wrote icons/icon.svg and public/icons/icon-{${ICON_SIZES.join(',')}}.png`);
}
