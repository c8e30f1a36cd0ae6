// The signer identity guard in the popup: the notes beside each row's fields (ui/signer-guard.ts),
// the confirmations a landline or a changed phone needs before Send, and what the background knows
// (domains sent to, the organisation's policy, each signer's last phone as a keyed hash).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { PhoneMemory } from '../../shared/messages';
import { effectiveMinPassword } from '../../shared/guard/policy';
import { normalisePhone, phoneType } from '../../ui/phone/phone-loader';
import { loadFormChecks, signerGuardNotes } from '../../ui/form-checks-loader';
import type { GuardContext, SignerRowNotes } from '../../ui/signer-guard';
import type { Passwords, SignerDraft, SignFormDraft } from '../../ui/sign-form-fields';
import type { Background } from '../deps';
import type { RecentSigner } from './recent';

export type RowGuard = {
  notes: SignerRowNotes;
  confirmed: { landline: boolean; changed: boolean };
  confirm: (kind: 'landline' | 'changed', on: boolean) => void;
  /** Forgets the number remembered for this row's email. */
  forget: () => void;
  /** Asks the background to take a copied password off the clipboard a minute later, popup closed or not. */
  clearClipboardLater: () => Promise<unknown>;
};

export type SignerGuard = { row: (signer: SignerDraft) => RowGuard; blocked: string | null };

const CHECK_DELAY_MS = 250;

/** Whether a row asks for a password, as Verification.tsx shows the field. */
export function asksPassword(signer: SignerDraft): boolean {
  if (signer.role === 'final_copy_reader') return false;
  return signer.method === 'password' || ((signer.method === 'sms' || signer.method === 'login') && signer.addPassword);
}

function smsNumber(signer: SignerDraft, country: string): string | null {
  if (signer.role === 'final_copy_reader' || signer.method !== 'sms') return null;
  const read = normalisePhone(signer.phone, country);
  return read?.ok ? read.e164 : null;
}

export function useSignerGuard(background: Background, draft: SignFormDraft, passwords: Passwords, country: string, recent: RecentSigner[]): SignerGuard {
  // The phone checks and the guard's notes load after the first render (ui/form-checks-loader.ts).
  const [phoneReady, setPhoneReady] = useState(false);
  useEffect(() => void loadFormChecks().then(() => setPhoneReady(true), () => undefined), []);
  const notesOf = phoneReady ? signerGuardNotes() : null;
  const context = useGuardContext(background, recent, notesOf);
  const numbers = draft.signers.map((signer) => (phoneReady ? smsNumber(signer, country) : null));
  const memories = usePhoneMemories(background, draft.signers, numbers, notesOf?.isEmail ?? null);
  const [confirmations, setConfirmations] = useState<Record<string, boolean>>({});

  const rows = draft.signers.map((signer, index) => {
    const e164 = numbers[index] ?? null;
    const password = asksPassword(signer) ? (passwords[signer.id] ?? '') : null;
    const others = draft.signers.filter((s) => s.id !== signer.id && asksPassword(s)).map((s) => passwords[s.id] ?? '').filter((p) => p !== '');
    const memory = e164 === null ? null : (memories.known[memoryKey(signer.email, e164)] ?? null);
    const notes = notesOf && context ? notesOf.signerRowNotes({ email: signer.email, e164, phoneType: e164 === null ? undefined : phoneType(e164), memory, password }, others, context) : NO_NOTES;
    const key = (kind: string) => `${signer.id}|${kind}|${e164}`;
    const guard: RowGuard = {
      notes,
      confirmed: { landline: confirmations[key('landline')] === true, changed: confirmations[key('changed')] === true },
      confirm: (kind, on) => setConfirmations((all) => ({ ...all, [key(kind)]: on })),
      forget: () => void background('forgetSigner', { email: signer.email.trim() }).then(() => memories.refresh(), () => undefined),
      clearClipboardLater: () => background('clearClipboardLater', {}),
    };
    return [signer.id, guard] as const;
  });
  const byId = new Map(rows);
  const unconfirmed = rows.some(([, g]) => (g.notes.landline !== null && !g.confirmed.landline) || (g.notes.changed !== null && !g.confirmed.changed));
  return { row: (signer) => byId.get(signer.id)!, blocked: unconfirmed ? t('guardConfirmFirst') : null };
}

/** What a row shows until the guard has loaded: nothing to say yet. */
const NO_NOTES: SignerRowNotes = { email: [], landline: null, changed: null, password: null };

/**
 * Trusted domains and the password minimum: the organisation's and the background's, with the recent
 * signers'; null until the guard's checks and their look-alike table have loaded.
 */
function useGuardContext(background: Background, recent: RecentSigner[], guard: ReturnType<typeof signerGuardNotes>): GuardContext | null {
  const [fromBackground, setFromBackground] = useState<{ domains: string[]; min: number | null }>({ domains: [], min: null });
  useEffect(() => {
    background('getGuardContext', {}).then(
      (c) => setFromBackground({ domains: [...c.internalDomains, ...c.sentDomains], min: c.minPasswordLength }),
      () => undefined, // Not connected to the background yet: the recent signers' domains still count.
    );
  }, [background]);
  return useMemo(
    () => guard && {
      trusted: [...new Set([...fromBackground.domains, ...guard.domainsOf(recent.map((r) => r.email))])],
      confusables: guard.confusables,
      minPassword: effectiveMinPassword({ minPasswordLength: fromBackground.min, internalDomains: [], blockLookalikeDomains: false, blockLandlineSms: false }),
    },
    [fromBackground, recent, guard],
  );
}

const memoryKey = (email: string, e164: string) => `${email.trim().toLowerCase()}|${e164}`;

/**
 * Asks the background, shortly after typing stops, whether each SMS signer's number is the one last
 * used. `isEmail` comes with the guard's notes, as the numbers come with the phone checks (both load
 * together, after the first render): until then there is nothing to ask.
 */
function usePhoneMemories(background: Background, signers: SignerDraft[], numbers: (string | null)[], isEmail: ((email: string) => boolean) | null) {
  const [known, setKnown] = useState<Record<string, PhoneMemory>>({});
  const [asked, setAsked] = useState(0);
  const pairs = signers
    .map((signer, i) => ({ email: signer.email.trim(), phone: numbers[i] ?? null }))
    .filter((p): p is { email: string; phone: string } => p.phone !== null && isEmail !== null && isEmail(p.email));
  const wanted = pairs.map((p) => memoryKey(p.email, p.phone)).join(',');
  useEffect(() => {
    if (pairs.length === 0) return;
    const timer = setTimeout(() => {
      background('checkSignerPhones', { signers: pairs }).then(
        ({ phones }) => setKnown((all) => ({ ...all, ...Object.fromEntries(pairs.map((p, i) => [memoryKey(p.email, p.phone), phones[i]!])) })),
        () => undefined,
      );
    }, CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [wanted, asked]);
  return {
    known,
    refresh: () => {
      setKnown({});
      setAsked((n) => n + 1);
    },
  };
}
