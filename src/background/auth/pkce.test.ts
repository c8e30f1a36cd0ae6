import { describe, expect, it } from 'vitest';
import { base64url, challengeS256, createPkce, randomState, randomVerifier } from './pkce';

describe('PKCE', () => {
  it('matches the RFC 7636 appendix B vector', async () => {
    expect(await challengeS256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('encodes the RFC verifier bytes to the RFC verifier', () => {
    const bytes = [116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105, 214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121];
    expect(base64url(new Uint8Array(bytes))).toBe('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk');
  });

  it('makes verifiers of 43 unreserved characters from 32 random bytes, different each time', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const verifier = randomVerifier();
      expect(verifier).toMatch(/^[A-Za-z0-9\-_]{43}$/);
      seen.add(verifier);
    }
    expect(seen.size).toBe(50);
  });

  it('draws verifier and state from getRandomValues', async () => {
    let calls = 0;
    const seeded = {
      getRandomValues: <T extends ArrayBufferView | null>(array: T): T => {
        calls++;
        new Uint8Array((array as unknown as Uint8Array).buffer).fill(calls);
        return array;
      },
      subtle: crypto.subtle,
    } as Pick<Crypto, 'getRandomValues' | 'subtle'>;
    const pkce = await createPkce(seeded);
    expect(pkce.verifier).toBe(base64url(new Uint8Array(32).fill(1)));
    expect(pkce.state).toBe(base64url(new Uint8Array(32).fill(2)));
    expect(pkce.challenge).toBe(await challengeS256(pkce.verifier));
    expect(randomState()).not.toBe(randomState());
  });

  it('refuses verifiers outside the RFC grammar', async () => {
    await expect(challengeS256('too-short')).rejects.toThrow();
    await expect(challengeS256('a'.repeat(129))).rejects.toThrow();
    await expect(challengeS256(`${'a'.repeat(42)} `)).rejects.toThrow();
  });
});
