// A small, deterministic ZIP writer (PKZIP 2.0: deflate or store, no directory entries, no
// extra fields). The same files give the same bytes on every machine and every run: entries
// sorted by name, one fixed timestamp, fixed permissions, no host-dependent metadata. Enough for
// the Chrome Web Store and addons.mozilla.org, which read plain ZIPs with manifest.json at the root.
import { deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** Forward slashes, relative, no leading slash. */
  name: string;
  data: Uint8Array;
  /** Unix permission bits to record; defaults to 0o644. Only 0o644 and 0o755 are allowed. */
  mode?: 0o644 | 0o755;
}

/** 1980-01-01 00:00:00, the earliest time a ZIP (DOS) timestamp can hold. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 1 << 11;
const MADE_BY_UNIX_20 = (3 << 8) | 20;
const NEEDS_20 = 20;

/** One entry as written: its header fields, name and (possibly deflated) bytes. */
type Written = { name: Buffer; stored: Buffer; method: number; crc: number; size: number; mode: number };

export function zip(entries: readonly ZipEntry[]): Buffer {
  const sorted = [...entries].sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
  const seen = new Set<string>();
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of sorted) {
    checkName(entry.name);
    if (seen.has(entry.name)) throw new Error(`zip: "${entry.name}" twice`);
    seen.add(entry.name);
    const written = prepare(entry);
    const local = localHeader(written);
    locals.push(local, written.name, written.stored);
    centrals.push(centralHeader(written, offset), written.name);
    offset += local.length + written.name.length + written.stored.length;
    if (offset > 0xffffffff || sorted.length > 0xffff) throw new Error('zip: too large for a ZIP without ZIP64');
  }
  const directory = Buffer.concat(centrals);
  return Buffer.concat([...locals, directory, endRecord(sorted.length, directory.length, offset)]);
}

function prepare(entry: ZipEntry): Written {
  const mode = entry.mode ?? 0o644;
  if (mode !== 0o644 && mode !== 0o755) throw new Error(`zip: mode ${(mode as number).toString(8)} for "${entry.name}"`);
  const data = Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength);
  const deflated = deflateRawSync(data, { level: 9, memLevel: 9, strategy: 0 });
  const [method, stored] = deflated.length < data.length ? [8, deflated] : [0, data];
  return { name: Buffer.from(entry.name, 'utf8'), stored, method, crc: crc32(data), size: data.length, mode };
}

function localHeader(w: Written): Buffer {
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(NEEDS_20, 4);
  local.writeUInt16LE(UTF8_NAMES, 6);
  local.writeUInt16LE(w.method, 8);
  local.writeUInt16LE(DOS_TIME, 10);
  local.writeUInt16LE(DOS_DATE, 12);
  local.writeUInt32LE(w.crc, 14);
  local.writeUInt32LE(w.stored.length, 18);
  local.writeUInt32LE(w.size, 22);
  local.writeUInt16LE(w.name.length, 26);
  local.writeUInt16LE(0, 28);
  return local;
}

function centralHeader(w: Written, offset: number): Buffer {
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(MADE_BY_UNIX_20, 4);
  central.writeUInt16LE(NEEDS_20, 6);
  central.writeUInt16LE(UTF8_NAMES, 8);
  central.writeUInt16LE(w.method, 10);
  central.writeUInt16LE(DOS_TIME, 12);
  central.writeUInt16LE(DOS_DATE, 14);
  central.writeUInt32LE(w.crc, 16);
  central.writeUInt32LE(w.stored.length, 20);
  central.writeUInt32LE(w.size, 24);
  central.writeUInt16LE(w.name.length, 28);
  // extra length, comment length, disk number, internal attributes: all 0
  central.writeUInt32LE(((0o100000 | w.mode) << 16) >>> 0, 38);
  central.writeUInt32LE(offset, 42);
  return central;
}

function endRecord(count: number, directorySize: number, directoryOffset: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return end;
}

function checkName(name: string): void {
  if (name === '' || name.startsWith('/') || name.includes('\\') || name.endsWith('/') || name.split('/').some((part) => part === '..' || part === '.' || part === '')) {
    throw new Error(`zip: bad entry name "${name}"`);
  }
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
