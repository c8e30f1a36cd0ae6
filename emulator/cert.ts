import { generate } from 'selfsigned';

// Self-signed certificate for the Box hosts, generated in memory (never written to disk or the repo).
// One per process: generation takes a moment and every emulator instance can share it.

export interface Certificate {
  key: string;
  cert: string;
  fingerprint: string;
}

export const CERT_HOSTS = ['box.com', '*.box.com', '*.app.box.com', '*.ent.box.com', 'localhost'];

let pending: Promise<Certificate> | undefined;

export function certificate(): Promise<Certificate> {
  pending ??= generate([{ name: 'commonName', value: 'box.com' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(Date.now() - 24 * 60 * 60 * 1000),
    notAfterDate: new Date(Date.now() + 30 * 24 * 60 * 60 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [...CERT_HOSTS.map((value) => ({ type: 2 as const, value })), { type: 7 as const, ip: '127.0.0.1' }],
      },
    ],
  }).then((pems) => ({ key: pems.private, cert: pems.cert, fingerprint: pems.fingerprint }));
  return pending;
}
