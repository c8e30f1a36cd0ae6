import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, zip, type ZipEntry } from './zip';

const text = (s: string) => new TextEncoder().encode(s);

/** Reads a ZIP back through its central directory: name, mode, DOS date/time, contents. */
function readZip(buf: Buffer): Array<{ name: string; mode: number; time: number; date: number; data: Buffer }> {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const out = [];
  for (let i = 0; i < count; i++) {
    expect(buf.readUInt32LE(at)).toBe(0x02014b50);
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + size);
    const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    expect(crc32(data)).toBe(buf.readUInt32LE(at + 16));
    out.push({ name, mode: (buf.readUInt32LE(at + 38) >>> 16) & 0o777, time: buf.readUInt16LE(at + 12), date: buf.readUInt16LE(at + 14), data });
    at += 46 + nameLength;
  }
  return out;
}

describe('zip', () => {
  const entries: ZipEntry[] = [
    { name: 'manifest.json', data: text('{"manifest_version":3}\n'.repeat(20)) },
    { name: 'assets/a.js', data: text('console.log(1)') },
    { name: 'scripts/setup.sh', data: text('#!/bin/sh\n'), mode: 0o755 },
    { name: 'icons/ü.png', data: new Uint8Array([137, 80, 78, 71, 0, 255, 3]) },
  ];

  it('is byte-identical whatever the order of its input', () => {
    const a = zip(entries);
    const b = zip([...entries].reverse());
    expect(a.equals(b)).toBe(true);
  });

  it('stores sorted names, fixed time and permissions, and the exact contents', () => {
    const read = readZip(zip(entries));
    expect(read.map((e) => e.name)).toEqual(['assets/a.js', 'icons/ü.png', 'manifest.json', 'scripts/setup.sh']);
    expect(read.map((e) => e.mode)).toEqual([0o644, 0o644, 0o644, 0o755]);
    expect(new Set(read.map((e) => `${e.date}/${e.time}`))).toEqual(new Set([`${(1 << 5) | 1}/0`]));
    for (const entry of entries) expect(read.find((e) => e.name === entry.name)!.data.equals(Buffer.from(entry.data))).toBe(true);
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('refuses names that would escape the archive or clash', () => {
    for (const name of ['/etc/passwd', '../x', 'a/../b', 'a\\b', '', 'dir/', 'a//b']) expect(() => zip([{ name, data: text('') }])).toThrow(/bad entry name/);
    expect(() => zip([{ name: 'a', data: text('1') }, { name: 'a', data: text('2') }])).toThrow(/twice/);
  });

  it.runIf(spawnSync('which', ['unzip']).status === 0)('passes Info-ZIP’s integrity test', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zip-test-'));
    try {
      writeFileSync(join(dir, 't.zip'), zip(entries));
      const run = spawnSync('unzip', ['-t', join(dir, 't.zip')], { encoding: 'utf8' });
      expect(run.stdout).toContain('No errors detected');
      expect(run.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
