// What the signer guard needs on the Bulk send page beyond the page's setup: the libphonenumber type
// of each number (phone.ts, loaded by the setup) and what the background remembers of each SMS
// signer's last number (asked once the rows are checked, MAX_SIGNERS at a time as the protocol allows).
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PhoneMemory } from '../shared/messages';
import { MAX_SIGNERS } from '../shared/sign-request/limits';
import { phoneType } from '../ui/phone/phone-loader';
import type { BulkDeps } from './deps';
import type { GuardFacts } from './guard-rows';
import type { Setup } from './useSetup';

const keyOf = (email: string, phone: string) => `${email.trim().toLowerCase()}|${phone}`;

export function useGuardFacts(background: BulkDeps['background'], guard: Setup['guard'], pairs: { email: string; phone: string }[]): GuardFacts {
  const [known, setKnown] = useState<Record<string, PhoneMemory>>({});
  const wanted = pairs.map((p) => keyOf(p.email, p.phone)).join(',');
  useEffect(() => {
    const asked = pairs.filter((p) => known[keyOf(p.email, p.phone)] === undefined);
    void (async () => {
      for (let i = 0; i < asked.length; i += MAX_SIGNERS) {
        const chunk = asked.slice(i, i + MAX_SIGNERS);
        // Not connected, or the background cannot say: the rows go without this note.
        const answer = await background('checkSignerPhones', { signers: chunk }).catch(() => null);
        if (!answer) return;
        setKnown((all) => ({ ...all, ...Object.fromEntries(chunk.map((p, j) => [keyOf(p.email, p.phone), answer.phones[j]!])) }));
      }
    })();
  }, [wanted]);
  return useMemo(() => ({ ...guard, phoneType, memory: (email, phone) => known[keyOf(email, phone)] ?? null }), [guard, known]);
}
