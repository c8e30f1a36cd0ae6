// Where the tokens live. The access token sits in storage.session (memory only, and not
// reachable from content scripts); the refresh token and client credentials in storage.local
// so a browser restart does not log the user out. Never storage.sync: these must not leave
// the device. Every read is validated; anything unreadable counts as "not connected".
import * as z from 'zod/mini';
import type { StorageArea } from '../../shared/storage-area';

export const SESSION_KEY = 'auth.session';
export const LOCAL_KEY = 'auth.local';

export type AuthMethod = 'oauth' | 'developer_token';

const SessionSchema = z.object({
  method: z.enum(['oauth', 'developer_token']),
  accessToken: z.string().check(z.minLength(1)),
  expiresAt: z.number(),
});
type SessionTokens = z.infer<typeof SessionSchema>;

const LocalSchema = z.object({
  method: z.enum(['oauth']),
  clientId: z.string().check(z.minLength(1)),
  clientSecret: z.string().check(z.minLength(1)),
  refreshToken: z.string().check(z.minLength(1)),
  /** When Box issued `refreshToken` (epoch ms): it lasts 60 days from then. Absent in records stored before it was kept. */
  refreshIssuedAt: z.optional(z.number()),
});
export type LocalCredentials = z.infer<typeof LocalSchema>;

export type StoredAuth =
  | { method: 'oauth'; session: SessionTokens | null; local: LocalCredentials }
  | { method: 'developer_token'; session: SessionTokens };

export type TokenStore = {
  /** null when not connected (or when what is stored cannot be read). */
  read(): Promise<StoredAuth | null>;
  /** Writes local (the single-use refresh token) first, then session. */
  saveOAuth(local: LocalCredentials, session: SessionTokens): Promise<void>;
  saveDeveloperToken(session: SessionTokens): Promise<void>;
  clear(): Promise<void>;
};

export function createTokenStore(areas: { session: StorageArea; local: StorageArea }): TokenStore {
  async function readOne<S extends z.ZodMiniType>(area: StorageArea, key: string, schema: S): Promise<z.output<S> | null> {
    const parsed = schema.safeParse((await area.get(key))[key]);
    return parsed.success ? parsed.data : null;
  }

  return {
    async read() {
      const [session, local] = await Promise.all([
        readOne(areas.session, SESSION_KEY, SessionSchema),
        readOne(areas.local, LOCAL_KEY, LocalSchema),
      ]);
      if (local) return { method: 'oauth', session: session?.method === 'oauth' ? session : null, local };
      // An OAuth access token without its refresh token is a leftover of a partial clear.
      if (session?.method === 'developer_token') return { method: 'developer_token', session };
      return null;
    },
    async saveOAuth(local, session) {
      await areas.local.set({ [LOCAL_KEY]: LocalSchema.parse(local) });
      await areas.session.set({ [SESSION_KEY]: SessionSchema.parse(session) });
    },
    async saveDeveloperToken(session) {
      // A developer token replaces any OAuth connection.
      await areas.local.remove(LOCAL_KEY);
      await areas.session.set({ [SESSION_KEY]: SessionSchema.parse(session) });
    },
    async clear() {
      await Promise.all([areas.session.remove(SESSION_KEY), areas.local.remove(LOCAL_KEY)]);
    },
  };
}
