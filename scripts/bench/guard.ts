// The signer guard's cost per keystroke (issue 16: no visible delay, ≤ 1 ms median). What the popup
// does on each keystroke, for every row of a full request: read the phone number (libphonenumber-js,
// max metadata), its type, and the row's notes (look-alike domains against every trusted domain,
// password rules and strength). Pure code, timed in Node: the browser runs the same functions.
import { normalisePhone, phoneType } from '../../src/ui/phone/phone';
import { signerRowNotes, type GuardContext } from '../../src/ui/signer-guard';
import { confusablesFrom } from '../../src/shared/guard/confusables';
import confusables from '../../public/guard/confusables.json' with { type: 'json' };
import { summarize, type Summary } from './stats';

export const GUARD_TARGET_MS = 1;

export type GuardKeystrokes = { rows: number; trustedDomains: number; keystrokes: number; ms: Summary; underTarget: boolean };

type Row = { email: string; phone: string | null; password: string | null };

function notesForAll(rows: readonly Row[], ctx: GuardContext): number {
  let notes = 0;
  for (const row of rows) {
    const read = row.phone === null ? null : normalisePhone(row.phone, 'GB');
    const e164 = read?.ok ? read.e164 : null;
    const others = rows.filter((r) => r !== row && r.password).map((r) => r.password!);
    const result = signerRowNotes({ email: row.email, e164, phoneType: e164 === null ? undefined : phoneType(e164), memory: null, password: row.password }, others, ctx);
    notes += result.email.length + (result.landline ? 1 : 0);
  }
  return notes;
}

/** Types an address and then a password, one character at a time, into the last of `rowCount` rows. */
export function measureGuardKeystrokes(rowCount = 10, rounds = 5): GuardKeystrokes {
  const trusted = [
    ...Array.from({ length: 200 }, (_, i) => `client-${i}-holdings.example`),
    ...Array.from({ length: 20 }, (_, i) => `partner${i}.co.uk`),
    'example.com',
  ];
  const ctx: GuardContext = { trusted, confusables: confusablesFrom(confusables), minPassword: 8 };
  const rows: Row[] = Array.from({ length: rowCount - 1 }, (_, i) =>
    i % 2 === 0 ? { email: `signer${i}@partner${i}.co.uk`, phone: '07400 123456', password: null } : { email: `signer${i}@example.com`, phone: null, password: `Bakoti-venuma-${i}` },
  );
  const email = 'christopher.robinson@exampl3-holdings.co.uk';
  const password = 'Tr0ub4dor&3-correct-horse';
  const times: number[] = [];
  let sink = 0;
  for (let round = 0; round < rounds; round++) {
    const typed: Row = { email: '', phone: '+44 20 7946 0958', password: '' };
    for (const text of [email, password]) {
      for (let n = 1; n <= text.length; n++) {
        if (text === email) typed.email = text.slice(0, n);
        else typed.password = text.slice(0, n);
        const start = performance.now();
        sink += notesForAll([...rows, typed], ctx);
        times.push(performance.now() - start);
      }
    }
  }
  if (sink < 0) throw new Error('unreachable'); // keeps the work from being optimised away
  const ms = summarize(times);
  return { rows: rowCount, trustedDomains: trusted.length, keystrokes: times.length, ms, underTarget: ms.median <= GUARD_TARGET_MS };
}
