// What the background remembers about signers, for the guard: per signer email, a keyed hash (HMAC
// under the extension's non-extractable key) of the phone number last used, with the date and the
// last two digits only, so a storage dump shows no number and no address; and the domains signers
// were sent to, for the look-alike check. Kept in storage.local, written after each accepted send.
import type { PhoneMemory, Signer } from '../../shared/messages';
import { emailDomain } from '../../shared/guard/lookalike';
import type { StorageArea } from '../../shared/storage-area';

export const PHONES_KEY = 'signerPhones';
export const DOMAINS_KEY = 'sentDomains';
const MAX_PHONES = 500;
const MAX_DOMAINS = 200;

type Entry = { phone: string; last2: string; at: number };

// Read by hand rather than with zod: the service worker's size budget (a record schema costs more than this).
const isEntry = (value: unknown): value is Entry => {
  const entry = value as Partial<Entry> | null;
  return typeof entry === 'object' && entry !== null && typeof entry.phone === 'string' && /^\d{2}$/.test(String(entry.last2)) && typeof entry.at === 'number';
};
/** Damaged entries are dropped, a damaged record reads as empty. */
const readPhones = (value: unknown): Record<string, Entry> =>
  typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value).filter((pair): pair is [string, Entry] => isEntry(pair[1]))) : {};
const readDomains = (value: unknown): string[] => (Array.isArray(value) ? value.filter((d): d is string => typeof d === 'string') : []);

/** HMAC-SHA-256 of a text under the extension's key, base64url. */
export type Keyed = (text: string) => Promise<string>;

export function hmacWith(getKey: () => Promise<CryptoKey>): Keyed {
  return async (text) => {
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', await getKey(), new TextEncoder().encode(text)));
    return btoa(String.fromCharCode(...mac)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  };
}

export type SignerMemory = ReturnType<typeof createSignerMemory>;

export function createSignerMemory(area: StorageArea, keyed: Keyed, now: () => number) {
  // Separate labels so an email's tag can never equal a phone's.
  const emailTag = (email: string) => keyed(`email:${email.trim().toLowerCase()}`);
  const phoneTag = (phone: string) => keyed(`phone:${phone}`);
  const phones = async (): Promise<Record<string, Entry>> => readPhones((await area.get(PHONES_KEY))[PHONES_KEY]);
  return {
    async check(signers: readonly { email: string; phone: string }[]): Promise<PhoneMemory[]> {
      const known = await phones();
      return Promise.all(
        signers.map(async ({ email, phone }): Promise<PhoneMemory> => {
          const entry = known[await emailTag(email)];
          if (!entry) return { status: 'new', last2: null, at: null };
          const same = entry.phone === (await phoneTag(phone));
          return { status: same ? 'same' : 'changed', last2: entry.last2, at: entry.at };
        }),
      );
    },
    /** After Box accepted a request: each SMS signer's phone, and every signer's domain. */
    async remember(signers: readonly Signer[]): Promise<void> {
      const known = await phones();
      const at = now();
      const fresh: Record<string, Entry> = {};
      for (const signer of signers) {
        if (signer.verification.kind !== 'sms') continue;
        const phone = signer.verification.phone;
        fresh[await emailTag(signer.email)] = { phone: await phoneTag(phone), last2: phone.slice(-2), at };
      }
      // Newest first, capped: entries are few bytes each, but storage.local is not a log.
      const kept = Object.entries({ ...known, ...fresh })
        .sort((a, b) => b[1].at - a[1].at)
        .slice(0, MAX_PHONES);
      const domains = await this.domains();
      const added = signers.map((s) => emailDomain(s.email)).filter((d): d is string => d !== null);
      const nextDomains = [...new Set([...added, ...domains])].slice(0, MAX_DOMAINS);
      await area.set({ [PHONES_KEY]: Object.fromEntries(kept), [DOMAINS_KEY]: nextDomains });
    },
    async domains(): Promise<string[]> {
      return readDomains((await area.get(DOMAINS_KEY))[DOMAINS_KEY]);
    },
    /** One signer's phone; without an email, every signer's phone and the domains sent to. */
    async forget(email?: string): Promise<void> {
      if (email === undefined) return area.remove([PHONES_KEY, DOMAINS_KEY]);
      const known = await phones();
      delete known[await emailTag(email)];
      await area.set({ [PHONES_KEY]: known });
    },
  };
}
