// PKCE (RFC 7636) and the OAuth `state`. Box's own CLI sends PKCE to Box's authorize and
// token endpoints [auth.md §3.4]; with S256 a stolen code is useless without the verifier.

/** The slice of Web Crypto used here; tests may pass a seeded one. */
export type CryptoLike = Pick<Crypto, 'getRandomValues' | 'subtle'>;

type Pkce = { verifier: string; challenge: string; state: string };

export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomBase64url(byteCount: number, cryptoImpl: CryptoLike): string {
  return base64url(cryptoImpl.getRandomValues(new Uint8Array(byteCount)));
}

/** 32 random bytes → 43 characters, the RFC's minimum length, from its unreserved set. */
export function randomVerifier(cryptoImpl: CryptoLike = crypto): string {
  return randomBase64url(32, cryptoImpl);
}

export function randomState(cryptoImpl: CryptoLike = crypto): string {
  return randomBase64url(32, cryptoImpl);
}

/** code_challenge = BASE64URL(SHA-256(ASCII(code_verifier))) (RFC 7636 §4.2). */
export async function challengeS256(verifier: string, cryptoImpl: CryptoLike = crypto): Promise<string> {
  if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(verifier)) throw new Error('PKCE verifier must be 43–128 unreserved characters');
  const digest = await cryptoImpl.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

export async function createPkce(cryptoImpl: CryptoLike = crypto): Promise<Pkce> {
  const verifier = randomVerifier(cryptoImpl);
  return { verifier, challenge: await challengeS256(verifier, cryptoImpl), state: randomState(cryptoImpl) };
}
