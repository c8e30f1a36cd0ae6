import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** Box request ids are short opaque lowercase strings (docs example: "abcdef123456"). */
export function requestId(): string {
  return randomBytes(8).toString('hex');
}

/** Opaque bearer-token-like string (Box tokens are 32 alphanumerics). */
export function token(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = randomBytes(32);
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return out;
}

/** Sign request ids are UUIDs (spec example "22a990ce-4e24-463b-b2f4-124820fe161a"). */
export function uuid(): string {
  return randomUUID();
}

export function sha1Hex(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

export function sha256Base64Url(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

export function hexToken(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}
