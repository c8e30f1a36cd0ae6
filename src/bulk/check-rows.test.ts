import { beforeAll, describe, expect, it } from 'vitest';
import { loadPhone } from '../ui/sign-form';
import { FILE, options } from '../ui/sign-form.test-helpers';
import { checkRows, rowMethod, sendable, type CheckContext } from './check-rows';
import type { Recipient } from './recipients';

beforeAll(() => loadPhone());

const recipient = (over: Partial<Recipient> = {}): Recipient => ({ key: 'r1', email: 'a@example.com', phone: '', password: '', name: '', ...over });
const context = (over: Partial<CheckContext> = {}): CheckContext => ({
  fileIds: [FILE],
  templateId: null,
  template: null,
  defaultCountry: 'US',
  defaultMethod: 'sms',
  options: options(),
  generated: {},
  ...over,
});

describe('rowMethod', () => {
  it.each<[Partial<Recipient>, string, 'sms' | 'password' | 'login' | 'none', object]>([
    [{ phone: '+1 415 555 2671' }, '', 'password', { method: 'sms', addPassword: false }],
    [{ phone: '+1 415 555 2671', password: 'x' }, 'x', 'none', { method: 'sms', addPassword: true }],
    [{ password: 'x' }, 'x', 'sms', { method: 'password', addPassword: false }],
    [{}, '', 'login', { method: 'login', addPassword: false }],
    [{}, 'generated', 'none', { method: 'password', addPassword: false }],
    [{}, 'generated', 'login', { method: 'login', addPassword: true }],
  ])('%j with %j, default %s', (over, password, defaultMethod, expected) => {
    expect(rowMethod(recipient(over), defaultMethod, password)).toEqual(expected);
  });
});

describe('checkRows', () => {
  it.each<[string, Partial<Recipient>, Partial<CheckContext>, string | null]>([
    ['a valid phone in the default country', { phone: '(415) 555-2671' }, {}, null],
    ['a phone for another country', { phone: '+44 20 7946 0958' }, {}, null],
    ['a bad phone', { phone: '12' }, {}, 'phone'],
    ['no phone with SMS by default', {}, {}, 'phone'],
    ['no password with password by default', {}, { defaultMethod: 'password' }, 'password'],
    ['a generated password', {}, { defaultMethod: 'password', generated: { r1: 'Gen-1234-abcd' } }, null],
    ['a bad email', { email: 'not-an-email', password: 'pw' }, {}, 'email'],
    ['a missing email', { email: '', password: 'pw' }, {}, 'email'],
    ['a password over Box-safe length', { password: 'x'.repeat(300) }, {}, 'password'],
    ['no verification by default', {}, { defaultMethod: 'none' }, null],
  ])('%s', (_name, over, ctx, field) => {
    const result = checkRows([recipient(over)], context(ctx));
    const problems = result.rows[0]!.problems;
    if (field === null) {
      expect(problems).toEqual([]);
      expect(result.rows[0]!.row).not.toBeNull();
    } else {
      expect(problems.map((p) => p.field)).toContain(field);
      expect(result.rows[0]!.row).toBeNull();
    }
  });

  it('normalises phones to E.164 as the popup does', () => {
    const result = checkRows([recipient({ phone: '(415) 555-2671', password: 'pw' })], context());
    expect(result.rows[0]!.row!.signer).toMatchObject({ verification: { kind: 'sms', phone: '+14155552671' }, password: 'pw' });
  });

  it('flags the second row of a duplicate address, whatever its case', () => {
    const rows = [recipient({ key: 'r1', password: 'a' }), recipient({ key: 'r2', email: ' A@Example.com', password: 'b' })];
    const result = checkRows(rows, context());
    expect(result.rows[0]!.problems).toEqual([]);
    expect(result.rows[1]!.problems).toEqual([{ field: 'email', message: 'This email is already on row 1.' }]);
    expect(sendable(result).map((row) => row.id)).toEqual(['r1']);
  });

  it('reports a shared problem once and sends nothing', () => {
    const result = checkRows([recipient({ password: 'pw' })], context({ fileIds: [] }));
    expect(Object.keys(result.shared)).toEqual(['fileIds']);
    expect(result.base).toBeNull();
    expect(sendable(result)).toEqual([]);
  });

  it('gives every valid row the same shared part', () => {
    const result = checkRows([recipient({ password: 'pw' }), recipient({ key: 'r2', email: 'b@example.com', phone: '+14155552671' })], context({ options: options({ emailSubject: ' Please sign ' }) }));
    expect(result.base).toMatchObject({ fileIds: [FILE], templateId: null, options: { emailSubject: 'Please sign', requirePhoneToView: true } });
    expect(sendable(result)).toHaveLength(2);
  });

  it('refuses an empty batch', () => {
    expect(checkRows([], context()).batch).toEqual(['Paste at least one row.']);
  });
});
