// Recent signers, suggested as the user types: emails and phone numbers only, never a password,
// in storage.local under one key, newest first, at most MAX_RECENT.
import * as z from 'zod/mini';
import type { Signer } from '../../shared/messages';
import type { StorageArea } from '../../shared/storage-area';

export const RECENT_KEY = 'recentSigners';
const MAX_RECENT = 20;

export type RecentSigner = { email: string; phone: string | null };

const RecentSchema = z.catch(
  z.array(
    z.catch(
      z.nullable(
        z.object({
          email: z.string().check(z.maxLength(500)),
          phone: z.catch(z.nullable(z.string().check(z.maxLength(20))), null),
        }),
      ),
      null,
    ),
  ),
  () => [],
);

type RecentStore = {
  load(): Promise<RecentSigner[]>;
  /** Puts the signers first (keeping a known phone when this time had none) and returns the new list. */
  remember(signers: readonly Signer[]): Promise<RecentSigner[]>;
  forget(): Promise<void>;
};

export function createRecentStore(area: StorageArea): RecentStore {
  const load = async (): Promise<RecentSigner[]> => {
    try {
      return RecentSchema.parse((await area.get(RECENT_KEY))[RECENT_KEY]).filter((entry) => entry !== null);
    } catch {
      return [];
    }
  };
  return {
    load,
    async remember(signers) {
      const known = await load();
      const byEmail = new Map(known.map((entry) => [entry.email.toLowerCase(), entry]));
      // Only the named fields: a signer's password never reaches this list.
      const fresh = signers.map((s): RecentSigner => ({
        email: s.email,
        phone: s.verification.kind === 'sms' ? s.verification.phone : (byEmail.get(s.email.toLowerCase())?.phone ?? null),
      }));
      const seen = new Set<string>();
      const next = [...fresh, ...known].filter((entry) => !seen.has(entry.email.toLowerCase()) && seen.add(entry.email.toLowerCase()) !== undefined);
      const capped = next.slice(0, MAX_RECENT);
      await area.set({ [RECENT_KEY]: capped }).catch(() => undefined);
      return capped;
    },
    async forget() {
      await area.remove(RECENT_KEY).catch(() => undefined);
    },
  };
}
