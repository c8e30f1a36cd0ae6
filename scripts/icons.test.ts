import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, rasterize, toSvg } from './icons';

const root = new URL('../', import.meta.url);

/** Width, height and RGBA pixels of a PNG this project wrote (8-bit RGBA, filter 0 rows). */
function decode(png: Buffer): { width: number; height: number; rgba: Buffer } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  let at = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(idat));
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(rows[y * (width * 4 + 1)]).toBe(0);
    rows.copy(rgba, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  }
  return { width, height, rgba };
}

describe('icons', () => {
  it.each(ICON_SIZES)('public/icons/icon-%i.png has that size and is the current drawing (npm run icons)', (size) => {
    const png = decode(readFileSync(new URL(`public/icons/icon-${size}.png`, root)));
    expect([png.width, png.height]).toEqual([size, size]);
    expect(png.rgba.equals(Buffer.from(rasterize(size)))).toBe(true);
  });

  it('icons/icon.svg is the current drawing', () => {
    expect(readFileSync(new URL('icons/icon.svg', root), 'utf8')).toBe(toSvg());
  });

  it('transparent corners, opaque Box-blue edge, white page in the middle', () => {
    const px = (rgba: Uint8Array, size: number, x: number, y: number) => [...rgba.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];
    const icon = rasterize(48);
    expect(px(icon, 48, 0, 0)[3]).toBe(0);
    expect(px(icon, 48, 24, 3)).toEqual([0x00, 0x61, 0xd5, 255]);
    expect(px(icon, 48, 18, 20)).toEqual([255, 255, 255, 255]);
  });

  it('the manifest names every size, and only files that exist', () => {
    const manifest = JSON.parse(readFileSync(new URL('manifest.json', root), 'utf8')) as { icons: Record<string, string>; action: { default_icon: Record<string, string> } };
    expect(Object.keys(manifest.icons).map(Number)).toEqual([...ICON_SIZES]);
    for (const path of [...Object.values(manifest.icons), ...Object.values(manifest.action.default_icon)]) {
      expect(() => readFileSync(new URL(`public/${path}`, root))).not.toThrow();
    }
  });
});
