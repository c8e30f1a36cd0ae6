import { describe, expect, it } from 'vitest';
import { backgroundProtocol, type SignTemplate } from '../shared/messages';
import { readFolder, validateSignForm, type OptionsDraft, type SignerDraft, type SignFormDraft } from './sign-form';
import { FILE, form, options, signer, template } from './sign-form.test-helpers';

const ctx = { fileIds: [FILE], defaultCountry: 'US', template: null };
const errorsOf = (result: ReturnType<typeof validateSignForm>) => (result.ok ? {} : result.errors);

describe('validateSignForm: one signer (the short path)', () => {
  it('builds an SMS signer with the phone in E.164 and the code before viewing', () => {
    expect(validateSignForm(form(), {}, ctx)).toEqual({
      ok: true,
      request: {
        fileIds: [FILE],
        templateId: null,
        signers: [{ email: 'signer@example.com', role: 'signer', order: null, verification: { kind: 'sms', phone: '+14155552671' }, password: null }],
        options: {
          prepare: false,
          parentFolderId: null,
          emailSubject: null,
          emailMessage: null,
          daysValid: null,
          remindersEnabled: false,
          signatureColor: null,
          name: null,
          requirePhoneToView: true,
        },
      },
    });
  });

  it('builds a password signer, ignores the phone, and drops "before viewing" without an SMS signer', () => {
    const result = validateSignForm(form([signer({ method: 'password', phone: 'garbage' })]), { s1: ' Tulip 42 ' }, ctx);
    expect(result.ok && result.request.signers[0]).toEqual({ email: 'signer@example.com', role: 'signer', order: null, verification: { kind: 'none' }, password: ' Tulip 42 ' });
    expect(result.ok && result.request.options.requirePhoneToView).toBe(false);
  });

  it('Box login, with or without a password on top', () => {
    const login = validateSignForm(form([signer({ method: 'login' })]), { s1: 'ignored unless asked' }, ctx);
    expect(login.ok && login.request.signers[0]).toMatchObject({ verification: { kind: 'login' }, password: null });
    const both = validateSignForm(form([signer({ method: 'login', addPassword: true })]), { s1: 'pw' }, ctx);
    expect(both.ok && both.request.signers[0]).toMatchObject({ verification: { kind: 'login' }, password: 'pw' });
  });

  it('SMS with a password on top', () => {
    const result = validateSignForm(form([signer({ addPassword: true })]), { s1: 'pw' }, ctx);
    expect(result.ok && result.request.signers[0]).toMatchObject({ verification: { kind: 'sms', phone: '+14155552671' }, password: 'pw' });
    expect(errorsOf(validateSignForm(form([signer({ addPassword: true })]), {}, ctx))).toEqual({ 'signers.0.password': 'Enter a password for the signer.' });
  });

  it('no verification', () => {
    const result = validateSignForm(form([signer({ method: 'none', addPassword: true })]), { s1: 'pw' }, ctx);
    expect(result.ok && result.request.signers[0]).toMatchObject({ verification: { kind: 'none' }, password: null });
  });

  it('trims the email, keeps the password exactly as typed', () => {
    const result = validateSignForm(form([signer({ email: '  Ann.Lee@Example.co.uk ', method: 'password' })]), { s1: ' 1 ' }, ctx);
    expect(result.ok && result.request.signers[0]).toMatchObject({ email: 'Ann.Lee@Example.co.uk', password: ' 1 ' });
  });

  it.each(['', '   ', 'ann', 'ann@', '@example.com', 'ann@example', 'ann example@x.com', 'ann@@example.com'])('refuses the email %j', (email) => {
    expect(errorsOf(validateSignForm(form([signer({ email })]), {}, ctx))).toEqual({ 'signers.0.email': expect.stringContaining('name@company.com') });
  });

  it('refuses an empty password and one longer than the protocol allows', () => {
    const pw = form([signer({ method: 'password' })]);
    expect(errorsOf(validateSignForm(pw, { s1: '' }, ctx))).toEqual({ 'signers.0.password': 'Enter a password for the signer.' });
    expect(errorsOf(validateSignForm(pw, { s1: 'x'.repeat(257) }, ctx))).toEqual({ 'signers.0.password': expect.any(String) });
    expect(validateSignForm(pw, { s1: 'x'.repeat(256) }, ctx).ok).toBe(true);
  });

  it('refuses an invalid phone beside the phone field', () => {
    expect(errorsOf(validateSignForm(form([signer({ phone: '+1 555 123 2190' })]), {}, ctx))).toEqual({ 'signers.0.verification': expect.stringMatching(/isn't valid/) });
  });

  it('refuses a request without a file (and without a template)', () => {
    expect(errorsOf(validateSignForm(form(), {}, { ...ctx, fileIds: [] }))).toEqual({ fileIds: 'Choose at least one file, or a Box Sign template.' });
  });

  it('reports every invalid field at once', () => {
    const result = validateSignForm(form([signer({ email: 'x', phone: '12' })], { options: options({ daysValid: '999' }) }), {}, { ...ctx, fileIds: [] });
    expect(Object.keys(errorsOf(result)).sort()).toEqual(['fileIds', 'options.daysValid', 'signers.0.email', 'signers.0.verification']);
  });
});

describe('validateSignForm: several signers', () => {
  const two = (a: Partial<SignerDraft> = {}, b: Partial<SignerDraft> = {}) =>
    [signer({ id: 'a', email: 'ann@example.com', ...a }), signer({ id: 'b', email: 'bob@example.com', method: 'password', ...b })];

  it('in order, with roles and one password each', () => {
    const result = validateSignForm(form(two({ order: '1' }, { order: '2', role: 'approver' }), { options: options({ ordered: true }) }), { b: 'pw-b' }, ctx);
    expect(result.ok && result.request.signers).toEqual([
      { email: 'ann@example.com', role: 'signer', order: 1, verification: { kind: 'sms', phone: '+14155552671' }, password: null },
      { email: 'bob@example.com', role: 'approver', order: 2, verification: { kind: 'none' }, password: 'pw-b' },
    ]);
  });

  it('ignores the orders while the signing order is off', () => {
    const result = validateSignForm(form(two({ order: 'x' }, { order: '' })), { b: 'pw' }, ctx);
    expect(result.ok && result.request.signers.map((s) => s.order)).toEqual([null, null]);
  });

  it.each(['', '0', '100', 'first', '1.5'])('refuses the order %j while the signing order is on', (order) => {
    const result = validateSignForm(form(two({ order }, { order: '2' }), { options: options({ ordered: true }) }), { b: 'pw' }, ctx);
    expect(errorsOf(result)).toEqual({ 'signers.0.order': expect.stringMatching(/from 1 to 99/) });
  });

  it('refuses the same email twice, beside the second', () => {
    const result = validateSignForm(form(two({}, { email: 'ANN@example.com' })), { b: 'pw' }, ctx);
    expect(errorsOf(result)).toEqual({ 'signers.1.email': expect.stringMatching(/already in the list/) });
  });

  it('a final copy reader needs no verification, but someone must sign', () => {
    const reader = validateSignForm(form(two({}, { role: 'final_copy_reader' })), {}, ctx);
    expect(reader.ok && reader.request.signers[1]).toEqual({ email: 'bob@example.com', role: 'final_copy_reader', order: null, verification: { kind: 'none' }, password: null });
    const onlyReaders = validateSignForm(form(two({ role: 'final_copy_reader' }, { role: 'final_copy_reader' })), {}, ctx);
    expect(errorsOf(onlyReaders)).toEqual({ signers: expect.stringMatching(/must sign or approve/) });
  });

  it('keeps the password per signer and stores nothing about the others', () => {
    const result = validateSignForm(form(two({ method: 'password' })), { a: 'pw-a', b: 'pw-b' }, ctx);
    expect(result.ok && result.request.signers.map((s) => s.password)).toEqual(['pw-a', 'pw-b']);
  });

  it('refuses more than 35 signers', () => {
    const many = Array.from({ length: 36 }, (_, i) => signer({ id: `s${i}`, email: `s${i}@example.com` }));
    expect(errorsOf(validateSignForm(form(many), {}, ctx))).toEqual({ signers: 'Box Sign takes at most 35 signers in one request.' });
  });
});

describe('validateSignForm: options', () => {
  const withOptions = (over: Partial<OptionsDraft>) => validateSignForm(form([signer()], { options: options(over) }), {}, ctx);

  it('reads every option', () => {
    const result = withOptions({
      prepare: true,
      folder: 'https://app.box.com/folder/111111111',
      emailSubject: ' Please sign ',
      emailMessage: 'Hello,\nthanks.',
      daysValid: '30',
      reminders: true,
      signatureColor: 'red',
      name: 'NDA',
      requirePhoneToView: false,
    });
    expect(result.ok && result.request.options).toEqual({
      prepare: true,
      parentFolderId: '111111111',
      emailSubject: 'Please sign',
      emailMessage: 'Hello,\nthanks.',
      daysValid: 30,
      remindersEnabled: true,
      signatureColor: 'red',
      name: 'NDA',
      requirePhoneToView: false,
    });
  });

  it('refuses the root folder with a message, and what is not a folder', () => {
    expect(errorsOf(withOptions({ folder: '0' }))).toEqual({ 'options.parentFolderId': expect.stringMatching(/root folder/) });
    expect(errorsOf(withOptions({ folder: 'https://app.box.com/folder/0' }))).toEqual({ 'options.parentFolderId': expect.stringMatching(/root folder/) });
    expect(errorsOf(withOptions({ folder: 'Contracts' }))).toEqual({ 'options.parentFolderId': expect.stringMatching(/folder's ID/) });
    expect(errorsOf(withOptions({ folder: 'https://app.box.com/file/123' }))).toEqual({ 'options.parentFolderId': expect.any(String) });
  });

  it.each([['0', 0], ['730', 730], [' 7 ', 7]])('takes %j days', (days, value) => {
    const result = withOptions({ daysValid: days });
    expect(result.ok && result.request.options.daysValid).toBe(value);
  });

  it.each(['731', '-1', '2.5', 'a week'])('refuses %j days', (days) => {
    expect(errorsOf(withOptions({ daysValid: days }))).toEqual({ 'options.daysValid': expect.stringMatching(/0 to 730/) });
  });

  it('refuses a subject, message or name longer than the protocol takes', () => {
    expect(Object.keys(errorsOf(withOptions({ emailSubject: 'x'.repeat(256), emailMessage: 'x'.repeat(2001), name: 'x'.repeat(256) })))).toEqual([
      'options.emailSubject',
      'options.emailMessage',
      'options.name',
    ]);
  });
});

describe('validateSignForm: templates', () => {
  const withTemplate = (draft: SignFormDraft, t: SignTemplate | null = template(), passwords = {}) =>
    validateSignForm({ ...draft, templateId: 'tpl-1' }, passwords, { ...ctx, template: t });

  it("sends the template instead of the files, and no preparation", () => {
    const result = withTemplate(form([signer()], { options: options({ prepare: true }) }));
    expect(result.ok && result.request).toMatchObject({ fileIds: [], templateId: 'tpl-1', options: { prepare: false } });
  });

  it('sends the chosen files with the template only when asked and not fixed', () => {
    const asked = withTemplate(form([signer()], { templateFiles: true }));
    expect(asked.ok && asked.request.fileIds).toEqual([FILE]);
    const fixed = withTemplate(form([signer()], { templateFiles: true }), template({ locks: { recipients: false, options: false, emailSettings: false, files: true } }));
    expect(fixed.ok && fixed.request.fileIds).toEqual([]);
  });

  it('waits for the template to load', () => {
    expect(errorsOf(withTemplate(form(), null))).toEqual({ templateId: expect.stringMatching(/Wait for the template/) });
  });

  it('a placeholder that needs an SMS code or a password', () => {
    expect(errorsOf(withTemplate(form([signer({ method: 'none' })])))).toEqual({ 'signers.0.verification': expect.stringMatching(/SMS code/) });
    const needsPassword = template({ signers: [{ ...template().signers[0]!, phoneRequired: false, passwordRequired: true }] });
    expect(errorsOf(withTemplate(form([signer({ method: 'none' })]), needsPassword))).toEqual({ 'signers.0.password': expect.stringMatching(/password/) });
    expect(withTemplate(form([signer({ method: 'password' })]), needsPassword, { s1: 'pw' }).ok).toBe(true);
  });

  it('fixed recipients: the count, preset emails and roles', () => {
    const locked = template({
      locks: { recipients: true, options: false, emailSettings: false, files: false },
      signers: [{ email: 'legal@example.com', label: 'Legal', role: 'approver', order: 1, phoneRequired: false, passwordRequired: false, loginRequired: false }],
    });
    const fits = signer({ email: 'legal@example.com', role: 'approver', method: 'none' });
    expect(withTemplate(form([fits]), locked).ok).toBe(true);
    expect(errorsOf(withTemplate(form([fits, signer({ id: 's2', email: 'x@example.com' })]), locked))).toEqual({ signers: expect.stringMatching(/exactly 1 person/) });
    expect(errorsOf(withTemplate(form([{ ...fits, email: 'me@example.com', role: 'signer' }]), locked))).toEqual({
      'signers.0.email': expect.stringMatching(/legal@example.com/),
      'signers.0.role': expect.stringMatching(/role/),
    });
  });

  it('fixed email settings and options are not sent at all, whatever the draft holds', () => {
    const locked = template({ locks: { recipients: false, options: true, emailSettings: true, files: false } });
    const result = withTemplate(form([signer()], { options: options({ emailSubject: 'x', emailMessage: 'y', name: 'n', daysValid: '3', reminders: true, signatureColor: 'red' }) }), locked);
    expect(result.ok && result.request.options).toMatchObject({ emailSubject: null, emailMessage: null, name: null, daysValid: null, remindersEnabled: false, signatureColor: null });
  });
});

describe('readFolder', () => {
  it.each([
    ['', null],
    [' 123 ', '123'],
    ['https://acme.app.box.com/folder/987654321', '987654321'],
  ])('reads %j', (input, id) => {
    expect(readFolder(input)).toEqual({ ok: true, id });
  });
});

describe('the form and the protocol agree', () => {
  it('produces only requests the message schema accepts', () => {
    const drafts = [form(), form([signer({ method: 'password' })]), form([signer({ phone: '+44 7911 123456', method: 'login', addPassword: true })])];
    for (const draft of drafts) {
      const result = validateSignForm(draft, { s1: 'pw' }, ctx);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      expect(backgroundProtocol.sendSignRequest.request.safeParse(result.request).success).toBe(true);
    }
  });

  it("words what only the protocol schema catches as zod's English always did", () => {
    // zod/mini loads no messages; the form passes zod's English so this stays as it was with classic zod.
    const result = validateSignForm(form(), {}, { ...ctx, fileIds: [123 as unknown as string] });
    expect(errorsOf(result)).toEqual({ 'fileIds.0': 'Invalid input: expected string, received number' });
  });
});
