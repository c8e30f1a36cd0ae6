import { beforeAll, describe, expect, it } from 'vitest';
import { NO_GUARD_POLICY, type GuardPolicy } from '../shared/guard/policy';
import { SHIPPED_CONFUSABLES } from '../shared/guard/confusables.test-helpers';
import type { PhoneMemory } from '../shared/messages';
import { loadPhone } from '../ui/sign-form';
import { phoneType } from '../ui/phone/phone-loader';
import { FILE, options } from '../ui/sign-form.test-helpers';
import { checkRows, type CheckContext } from './check-rows';
import { guardAllows, guardRows, smsPairs, type GuardFacts } from './guard-rows';
import type { Recipient } from './recipients';

beforeAll(() => loadPhone());

const NOV_3 = Date.UTC(2026, 10, 3, 12);
let n = 0;
const person = (over: Partial<Recipient>): Recipient => ({ key: `r${++n}`, email: 'a@example.com', phone: '', password: '', name: '', ...over });
const context: CheckContext = { fileIds: [FILE], templateId: null, template: null, defaultCountry: 'GB', defaultMethod: 'sms', options: options(), generated: {} };
const facts = (policy: Partial<GuardPolicy> = {}, memory: GuardFacts['memory'] = () => null): GuardFacts => ({
  policy: { ...NO_GUARD_POLICY, ...policy },
  trusted: ['example.com'],
  confusables: SHIPPED_CONFUSABLES,
  phoneType,
  memory,
});

describe('the signer guard on bulk rows', () => {
  const people = [
    person({ email: 'land@example.com', phone: '020 7946 0958' }), // a London landline
    person({ email: 'mob@example.com', phone: '07400 123456' }), // a UK mobile
    person({ email: 'bob@examp1e.com', password: 'long enough pass' }),
    person({ email: 'c@example.com', password: 'short' }),
    person({ email: 'd@example.com', password: 'same password 1' }),
    person({ email: 'e@example.com', password: 'same password 1' }),
    person({ email: 'broken' }),
  ];
  const checked = checkRows(people, context);
  const keys = people.map((p) => p.key);

  it('warns beside each row as the popup does, and asks for confirmation of a landline', () => {
    const guards = guardRows(checked, facts());
    const [land, mob, look, short, same1, same2] = keys.map((key) => guards.get(key));
    expect(land!.confirm.map((c) => [c.kind, c.message])).toEqual([['landline', 'This looks like a landline or service number; Box sends the code by text message']]);
    expect(mob).toEqual({ warnings: [], confirm: [], refusal: null });
    expect(look!.warnings).toEqual(['examp1e.com looks like example.com']);
    expect(short!.warnings.join(' ')).toMatch(/at least 8 characters/);
    expect(same1!.warnings).toHaveLength(1);
    expect(same2!.warnings).toEqual(same1!.warnings);
    expect(guards.has(keys[6]!)).toBe(false); // a row the form's rules refuse has its problem already
    expect(guardAllows(land, new Set())).toBe(false);
    expect(guardAllows(land, new Set([land!.confirm[0]!.key]))).toBe(true);
    expect(guardAllows(look, new Set())).toBe(true); // a warning, not a refusal, without the policy
  });

  it('asks for confirmation of a number that changed since the last request to that signer', () => {
    const changed: PhoneMemory = { status: 'changed', last2: '71', at: NOV_3 };
    const guards = guardRows(checked, facts({}, (email) => (email === 'mob@example.com' ? changed : null)));
    expect(guards.get(keys[1]!)!.confirm.map((c) => c.message)).toEqual(['Last time mob@example.com used a different number (ending in 71, on 3 Nov)']);
    expect(smsPairs(checked.rows)).toEqual([
      { email: 'land@example.com', phone: '+442079460958' },
      { email: 'mob@example.com', phone: '+447400123456' },
    ]);
  });

  it("refuses what the organisation's policy refuses, as the background would", () => {
    const guards = guardRows(checked, facts({ blockLandlineSms: true, blockLookalikeDomains: true, minPasswordLength: 12 }));
    const refusals = keys.slice(0, 6).map((key) => guards.get(key)!.refusal);
    expect(refusals[0]).toMatch(/^\+442079460958 looks like a landline/);
    expect(refusals[1]).toBeNull();
    expect(refusals[2]).toMatch(/^examp1e\.com looks like example\.com, and your organisation/);
    expect(refusals[3]).toMatch(/at least 12 characters; the one for c@example\.com/);
    expect(refusals.slice(4)).toEqual([null, null]);
    const land = guards.get(keys[0]!)!;
    expect(guardAllows(land, new Set(land.confirm.map((c) => c.key)))).toBe(false); // a refusal cannot be ticked away
  });
});
