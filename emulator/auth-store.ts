import { token as newToken } from './ids.ts';

// Lifetimes from Box docs guides/api-calls/permissions-and-errors/expiration.md and tokens/refresh.md.
export const ACCESS_TOKEN_TTL_MS = 60 * 60 * 1000;
export const REFRESH_TOKEN_TTL_MS = 60 * 24 * 60 * 60 * 1000;
export const AUTH_CODE_TTL_MS = 30 * 1000;

export interface AccessToken {
  kind: 'access';
  value: string;
  clientId: string;
  userId: string;
  expiresAt: number;
  revoked: boolean;
  developer: boolean;
}

export interface RefreshToken {
  kind: 'refresh';
  value: string;
  clientId: string;
  userId: string;
  expiresAt: number;
  /** Box refresh tokens are single use: "can be used … only once". */
  used: boolean;
  revoked: boolean;
  /** The access token issued together with it (revoked with it). */
  accessToken: string;
}

export interface AuthCode {
  value: string;
  clientId: string;
  userId: string;
  /** redirect_uri as sent to /authorize, or null when it was omitted. */
  redirectUri: string | null;
  codeChallenge: string | null;
  codeChallengeMethod: 'S256' | 'plain' | null;
  expiresAt: number;
  used: boolean;
}

export class AuthStore {
  readonly access = new Map<string, AccessToken>();
  readonly refresh = new Map<string, RefreshToken>();
  readonly codes = new Map<string, AuthCode>();
  /** One-time tokens embedded in consent forms (Box's form carries a `request_token`). */
  readonly consentTokens = new Set<string>();

  constructor(private readonly now: () => number) {}

  issueAccess(clientId: string, userId: string, developer = false): AccessToken {
    const t: AccessToken = {
      kind: 'access', value: newToken(), clientId, userId,
      expiresAt: this.now() + ACCESS_TOKEN_TTL_MS, revoked: false, developer,
    };
    this.access.set(t.value, t);
    return t;
  }

  issuePair(clientId: string, userId: string): { access: AccessToken; refresh: RefreshToken } {
    const access = this.issueAccess(clientId, userId);
    const refresh: RefreshToken = {
      kind: 'refresh', value: newToken(), clientId, userId,
      expiresAt: this.now() + REFRESH_TOKEN_TTL_MS, used: false, revoked: false, accessToken: access.value,
    };
    this.refresh.set(refresh.value, refresh);
    return { access, refresh };
  }

  issueCode(init: Omit<AuthCode, 'value' | 'expiresAt' | 'used'>): AuthCode {
    const code: AuthCode = { ...init, value: newToken(), expiresAt: this.now() + AUTH_CODE_TTL_MS, used: false };
    this.codes.set(code.value, code);
    return code;
  }

  /** The access token if it is known, unexpired and not revoked. */
  validAccess(value: string): AccessToken | undefined {
    const t = this.access.get(value);
    if (!t || t.revoked || t.expiresAt <= this.now()) return undefined;
    return t;
  }

  expireAllAccess(): void {
    const past = this.now() - 1;
    for (const t of this.access.values()) t.expiresAt = Math.min(t.expiresAt, past);
  }

  /**
   * Revoke by access or refresh token. Box: "An Access Token can be revoked … by either sending the
   * Access Token or Refresh Token" (guides/authentication/tokens/revoke.md), so the pair dies together.
   */
  revoke(value: string, clientId: string): void {
    const pairs = [...this.refresh.values()].filter(
      (r) => r.clientId === clientId && (r.value === value || r.accessToken === value),
    );
    for (const r of pairs) {
      r.revoked = true;
      const paired = this.access.get(r.accessToken);
      if (paired) paired.revoked = true;
    }
    const a = this.access.get(value);
    if (a && a.clientId === clientId) a.revoked = true;
  }
}
