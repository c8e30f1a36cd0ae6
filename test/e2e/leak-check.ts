// After every end-to-end run: the secrets that crossed the wire must not show up where they do
// not belong. Signer passwords: nowhere. Client secrets: only (sealed) in storage.local. Access
// tokens: only in storage.session. The emulator's request log tells us every secret sent.
import type { RecordedRequest } from '../../emulator/index';

export interface Secrets {
  passwords: Set<string>;
  clientSecrets: Set<string>;
  accessTokens: Set<string>;
}

export const newSecrets = (): Secrets => ({ passwords: new Set(), clientSecrets: new Set(), accessTokens: new Set() });

export function harvest(requests: readonly RecordedRequest[], secrets: Secrets): void {
  for (const r of requests) {
    const bearer = /^Bearer (.+)$/.exec(r.headers['authorization'] ?? '')?.[1];
    if (bearer) secrets.accessTokens.add(bearer);
    const body = (r.body ?? {}) as Record<string, unknown>;
    if (typeof body['client_secret'] === 'string') secrets.clientSecrets.add(body['client_secret']);
    for (const signer of Array.isArray(body['signers']) ? body['signers'] : []) {
      const password = (signer as Record<string, unknown>)['password'];
      if (typeof password === 'string') secrets.passwords.add(password);
    }
  }
}

export interface Dump {
  local: string;
  session: string;
  sync: string;
  console: string;
}

export function findLeaks(dump: Dump, secrets: Secrets): string[] {
  const leaks: string[] = [];
  const check = (kind: string, values: Set<string>, places: (keyof Dump)[]) => {
    for (const value of values) for (const place of places) if (value.length >= 4 && dump[place].includes(value)) leaks.push(`${kind} found in ${place}`);
  };
  check('a signer password', secrets.passwords, ['local', 'session', 'sync', 'console']);
  check('a client secret', secrets.clientSecrets, ['local', 'session', 'sync', 'console']); // storage.local holds it sealed only
  check('an access token', secrets.accessTokens, ['local', 'sync', 'console']);
  return leaks;
}
