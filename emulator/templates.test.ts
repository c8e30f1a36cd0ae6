import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CONTRACTS_FOLDER_ID, DEMO_USER, SEEDED_TEMPLATES, startEmulator, type Emulator } from './index.ts';
import { HR_FOLDER_ID } from './seed.ts';
import { NDA, api, call } from './test-client.test-helpers.ts';

const { mutualNda, offerLetter, contractorAgreement, vendorNda } = SEEDED_TEMPLATES;
const PHONE = '+14155552671';

let em: Emulator;
let token: string;

beforeAll(async () => {
  em = await startEmulator();
});
afterAll(() => em.close());
beforeEach(() => {
  token = em.issueDeveloperToken();
});

const create = (body: unknown) => api(em, token, 'POST', '/2.0/sign_requests', body);
const fromTemplate = (id: string, signers: unknown[], extra: Record<string, unknown> = {}) =>
  create({ template_id: id, signers, ...extra });

async function expectBadRequest(body: Promise<Awaited<ReturnType<typeof create>>>, param: string): Promise<void> {
  const res = await body;
  expect(res.status).toBe(400);
  expect(res.json).toMatchObject({ type: 'error', status: 400, code: 'bad_request' });
  expect(res.json.context_info.errors[0].name).toBe(param);
}

describe('GET /2.0/sign_templates', () => {
  it('lists the user\'s own templates with SignTemplate fields', async () => {
    const res = await api(em, token, 'GET', '/2.0/sign_templates');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ limit: 10, next_marker: null, prev_marker: null });
    expect(res.json.entries.map((e: { id: string }) => e.id)).toEqual([mutualNda.id, offerLetter.id, contractorAgreement.id]);
    const nda = res.json.entries[0];
    expect(nda).toEqual({
      type: 'sign-template', id: mutualNda.id, name: 'Mutual NDA',
      email_subject: mutualNda.emailSubject, email_message: mutualNda.emailMessage, days_valid: 14,
      parent_folder: { id: CONTRACTS_FOLDER_ID, etag: '0', type: 'folder', sequence_id: '0', name: 'Contracts' },
      source_files: [expect.objectContaining({ id: '1000000011', type: 'file', name: 'Mutual NDA.pdf' })],
      are_email_settings_locked: false, are_fields_locked: false, are_files_locked: false,
      are_options_locked: true, are_recipients_locked: false,
      signers: [
        {
          email: '', label: '', public_id: expect.stringMatching(/^[A-Z0-9]{8}$/), role: 'final_copy_reader',
          is_in_person: false, order: 1, signer_group_id: null, is_password_required: false,
          is_phone_number_required: false, login_required: false, inputs: [],
        },
        {
          email: '', label: 'Counterparty', public_id: 'K7QX2M4T', role: 'signer', is_in_person: false, order: 1,
          signer_group_id: null, is_password_required: false, is_phone_number_required: true, login_required: false,
          inputs: [],
        },
      ],
      additional_info: { non_editable: ['name', 'days_valid'], required: { signers: [['email'], ['email']] } },
      ready_sign_link: null, custom_branding: null, request_flow: 'standard',
    });
  });

  it('paginates with next_marker / prev_marker and caps limit at 1000', async () => {
    const page1 = await api(em, token, 'GET', '/2.0/sign_templates?limit=2');
    expect(page1.json.entries).toHaveLength(2);
    expect(page1.json.prev_marker).toBeNull();
    expect(page1.json.next_marker).toBeTypeOf('string');
    const page2 = await api(em, token, 'GET', `/2.0/sign_templates?limit=2&marker=${page1.json.next_marker}`);
    expect(page2.json.entries.map((e: { id: string }) => e.id)).toEqual([contractorAgreement.id]);
    expect(page2.json.next_marker).toBeNull();
    const back = await api(em, token, 'GET', `/2.0/sign_templates?limit=2&marker=${page2.json.prev_marker}`);
    expect(back.json.entries.map((e: { id: string }) => e.id)).toEqual([mutualNda.id, offerLetter.id]);
    expect((await api(em, token, 'GET', '/2.0/sign_templates?limit=5000')).json.limit).toBe(1000);
    expect((await api(em, token, 'GET', '/2.0/sign_templates?limit=0')).status).toBe(400);
    expect((await api(em, token, 'GET', '/2.0/sign_templates?marker=bogus')).status).toBe(400);
  });

  it('needs a valid token', async () => {
    expect((await call(em, { path: '/2.0/sign_templates' })).status).toBe(401);
    expect((await api(em, 'not-a-token', 'GET', `/2.0/sign_templates/${mutualNda.id}`)).status).toBe(401);
  });
});

describe('GET /2.0/sign_templates/{id}', () => {
  it('returns one template: fixed recipients, order, locks and required signer fields', async () => {
    const res = await api(em, token, 'GET', `/2.0/sign_templates/${offerLetter.id}`);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      id: offerLetter.id, name: 'Offer letter', are_files_locked: true, are_options_locked: false,
      parent_folder: { id: HR_FOLDER_ID, name: 'HR' }, days_valid: 30, email_message: null,
      additional_info: { non_editable: ['source_files'], required: { signers: [['email'], ['email'], []] } },
    });
    expect(res.json.signers.slice(1)).toMatchObject([
      { email: '', label: 'Candidate', role: 'signer', order: 1 },
      { email: 'hr@example.com', label: 'HR', role: 'approver', order: 2 },
    ]);
    const locked = await api(em, token, 'GET', `/2.0/sign_templates/${contractorAgreement.id}`);
    expect(locked.json.additional_info.non_editable).toEqual(['email_subject', 'email_message', 'signers', 'source_files']);
    // Stored password / phone of the fixed signer are never shown.
    expect(locked.text).not.toContain('Countersign-2024');
    expect(locked.text).not.toContain('+16175550123');
  });

  it('404s an unknown template and another user\'s', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', vendorNda.id]) {
      const res = await api(em, token, 'GET', `/2.0/sign_templates/${id}`);
      expect(res.status).toBe(404);
      expect(res.json).toMatchObject({ type: 'error', status: 404, code: 'not_found' });
    }
    const list = await api(em, token, 'GET', '/2.0/sign_templates');
    expect(list.text).not.toContain(vendorNda.id);
  });
});

describe('POST /2.0/sign_requests with template_id', () => {
  it('takes documents, destination, email settings and expiry from the template', async () => {
    const res = await fromTemplate(mutualNda.id, [{ email: 'counterparty@acme.example', verification_phone_number: PHONE }]);
    expect(res.status).toBe(201);
    const sr = res.json;
    expect(sr).toMatchObject({
      template_id: mutualNda.id, status: 'created', prepare_url: null,
      email_subject: mutualNda.emailSubject, email_message: mutualNda.emailMessage, days_valid: 14,
      parent_folder: { id: CONTRACTS_FOLDER_ID, name: 'Contracts' }, source_files: [],
    });
    expect(sr.sign_files.files).toHaveLength(1);
    expect(sr.sign_files.files[0].name).toMatch(/^Mutual NDA( \(\d+\))?\.pdf$/);
    expect(sr.name).toBe(sr.sign_files.files[0].name);
    expect(Date.parse(sr.auto_expire_at) - Date.parse(sr.created_at)).toBe(14 * 24 * 3600 * 1000);
    expect(sr.signers).toMatchObject([
      { email: DEMO_USER.login, role: 'final_copy_reader' },
      { email: 'counterparty@acme.example', role: 'signer', order: 1, verification_phone_number: PHONE },
    ]);
    em.advance(2_500);
    expect((await api(em, token, 'GET', `/2.0/sign_requests/${sr.id}`)).json.status).toBe('sent');
  });

  it('requires the placeholder\'s email and the phone number the template asks for', async () => {
    await expectBadRequest(fromTemplate(mutualNda.id, [{ verification_phone_number: PHONE }]), 'signers[0].email');
    await expectBadRequest(fromTemplate(mutualNda.id, [{}]), 'signers[0].email');
    await expectBadRequest(fromTemplate(mutualNda.id, [{ email: 'cp@acme.example' }]), 'signers[0].verification_phone_number');
    // Phone validity and email format still apply.
    await expectBadRequest(fromTemplate(mutualNda.id, [{ email: 'cp@acme.example', verification_phone_number: '+15551232190' }]),
      'signers[0].verification_phone_number');
    await expectBadRequest(fromTemplate(mutualNda.id, [{ email: 'not-an-email', verification_phone_number: PHONE }]), 'signers[0].email');
    await expectBadRequest(fromTemplate(mutualNda.id, [{ email: 'cp@acme.example', login_required: true, verification_phone_number: PHONE }]),
      'signers[0].verification_phone_number');
  });

  it('refuses fields the template locks (options: name, days_valid) and accepts unlocked ones', async () => {
    const signer = { email: 'cp@acme.example', verification_phone_number: PHONE };
    await expectBadRequest(fromTemplate(mutualNda.id, [signer], { name: 'Renamed.pdf' }), 'name');
    await expectBadRequest(fromTemplate(mutualNda.id, [signer], { days_valid: 30 }), 'days_valid');
    await expectBadRequest(fromTemplate(mutualNda.id, [signer], { days_valid: 14 }), 'days_valid');
    const ok = await fromTemplate(mutualNda.id, [signer], { email_subject: 'Our NDA', days_valid: null });
    expect(ok.status).toBe(201);
    expect(ok.json).toMatchObject({ email_subject: 'Our NDA', email_message: mutualNda.emailMessage, days_valid: 14 });
  });

  it('uses the request\'s own source_files when the template leaves files unlocked', async () => {
    const res = await fromTemplate(mutualNda.id, [{ email: 'cp@acme.example', verification_phone_number: PHONE }],
      { source_files: [{ type: 'file', id: NDA }] });
    expect(res.status).toBe(201);
    expect(res.json.source_files.map((f: { id: string }) => f.id)).toEqual([NDA]);
    expect(res.json.sign_files.files[0].name).toMatch(/^NDA - Acme/);
  });

  it('fills the placeholder, keeps the fixed approver in template order, refuses files when locked', async () => {
    const res = await fromTemplate(offerLetter.id, [{ email: 'candidate@example.org' }]);
    expect(res.status).toBe(201);
    expect(res.json.signers).toMatchObject([
      { email: DEMO_USER.login, role: 'final_copy_reader' },
      { email: 'candidate@example.org', role: 'signer', order: 1 },
      { email: 'hr@example.com', role: 'approver', order: 2 },
    ]);
    expect(res.json).toMatchObject({ parent_folder: { id: HR_FOLDER_ID }, days_valid: 30, email_subject: 'Your offer from Example Corp' });
    await expectBadRequest(fromTemplate(offerLetter.id, [{ email: 'candidate@example.org' }], { source_files: [{ type: 'file', id: NDA }] }),
      'source_files');
    const elsewhere = await fromTemplate(offerLetter.id, [{ email: 'c@example.org' }], { parent_folder: { type: 'folder', id: CONTRACTS_FOLDER_ID } });
    expect(elsewhere.json.parent_folder.id).toBe(CONTRACTS_FOLDER_ID);
  });

  it('lets the request change recipients the template does not lock, and add more', async () => {
    const res = await fromTemplate(offerLetter.id, [
      { email: 'candidate@example.org' },
      { email: 'people-ops@example.com' },
      { email: 'manager@example.com', role: 'final_copy_reader' },
    ]);
    expect(res.status).toBe(201);
    expect(res.json.signers.map((s: { email: string; role: string }) => `${s.role}:${s.email}`)).toEqual([
      `final_copy_reader:${DEMO_USER.login}`, 'signer:candidate@example.org', 'approver:people-ops@example.com',
      'final_copy_reader:manager@example.com',
    ]);
    await expectBadRequest(fromTemplate(offerLetter.id, [{ email: 'c@example.org' }, {}, { role: 'signer' }]), 'signers[2].email');
  });

  it('locked recipients: stored password and phone apply, no changes, no extra signers', async () => {
    const contractor = { email: 'dev@freelance.example', password: 'Contract0r!' };
    const res = await fromTemplate(contractorAgreement.id, [contractor]);
    expect(res.status).toBe(201);
    expect(res.json.signers).toMatchObject([
      { email: DEMO_USER.login, role: 'final_copy_reader' },
      { email: 'dev@freelance.example', order: 1, login_required: true, verification_phone_number: null },
      { email: 'legal@example.com', order: 2, login_required: false, verification_phone_number: '+16175550123' },
    ]);
    expect(res.text).not.toContain('Contract0r!');
    expect(res.text).not.toContain('Countersign-2024');
    expect(res.json.sign_files.files).toHaveLength(2);
    expect(res.json).toMatchObject({ email_subject: contractorAgreement.emailSubject, days_valid: null, auto_expire_at: null });
    // The same email in another case is no change; a different one is.
    expect((await fromTemplate(contractorAgreement.id, [contractor, { email: 'LEGAL@example.com' }])).status).toBe(201);
    await expectBadRequest(fromTemplate(contractorAgreement.id, [contractor, { email: 'other@example.com' }]), 'signers[1].email');
    await expectBadRequest(fromTemplate(contractorAgreement.id, [contractor, { verification_phone_number: PHONE }]),
      'signers[1].verification_phone_number');
    await expectBadRequest(fromTemplate(contractorAgreement.id, [{ ...contractor, role: 'approver' }]), 'signers[0].role');
    await expectBadRequest(fromTemplate(contractorAgreement.id, [{ ...contractor, login_required: false }]), 'signers[0].login_required');
    await expectBadRequest(fromTemplate(contractorAgreement.id, [contractor, {}, { email: 'x@example.org' }]), 'signers');
  });

  it('locked recipients: the placeholder needs its password; login_required forbids a phone', async () => {
    await expectBadRequest(fromTemplate(contractorAgreement.id, [{ email: 'dev@freelance.example' }]), 'signers[0].password');
    await expectBadRequest(fromTemplate(contractorAgreement.id, [{ email: 'dev@freelance.example', password: '' }]), 'signers[0].password');
    await expectBadRequest(fromTemplate(contractorAgreement.id, [{ email: 'dev@freelance.example', password: 'pw', verification_phone_number: PHONE }]),
      'signers[0].verification_phone_number');
  });

  it('locked email settings and files are refused', async () => {
    const signers = [{ email: 'dev@freelance.example', password: 'pw' }];
    await expectBadRequest(fromTemplate(contractorAgreement.id, signers, { email_subject: 'Hi' }), 'email_subject');
    await expectBadRequest(fromTemplate(contractorAgreement.id, signers, { email_message: 'Hi' }), 'email_message');
    await expectBadRequest(fromTemplate(contractorAgreement.id, signers, { source_files: [{ type: 'file', id: NDA }] }), 'source_files');
    // Options are not locked here: a name is fine.
    const named = await fromTemplate(contractorAgreement.id, signers, { name: 'ACME contractor agreement' });
    expect(named.json.name).toBe('ACME contractor agreement');
  });

  it('404s an unknown template and another user\'s; signers are still required', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', vendorNda.id]) {
      const res = await fromTemplate(id, [{ email: 'a@example.org' }]);
      expect(res.status).toBe(404);
      expect(res.json).toMatchObject({ type: 'error', status: 404, code: 'not_found' });
    }
    await expectBadRequest(fromTemplate(mutualNda.id, []), 'signers');
  });

  it('a template request can be cancelled once created, and prepared when asked', async () => {
    const { json: sr } = await fromTemplate(offerLetter.id, [{ email: 'c@example.org' }]);
    const cancelled = await api(em, token, 'POST', `/2.0/sign_requests/${sr.id}/cancel`);
    expect(cancelled.json.status).toBe('cancelled');
    const { json: prep } = await fromTemplate(offerLetter.id, [{ email: 'c@example.org' }], { is_document_preparation_needed: true });
    expect(prep.prepare_url).toMatch(/\/prepare_doc\/$/);
    em.advance(2_500);
    expect((await api(em, token, 'GET', `/2.0/sign_requests/${prep.id}`)).json.status).toBe('created');
    await call(em, { host: 'app.box.com', method: 'POST', path: new URL(prep.prepare_url).pathname });
    expect((await api(em, token, 'GET', `/2.0/sign_requests/${prep.id}`)).json.status).toBe('sent');
  });
});

describe('addSignTemplate', () => {
  it('adds a template (signer group kept) and checks the definition', async () => {
    const fresh = await startEmulator();
    const t = fresh.issueDeveloperToken();
    fresh.addSignTemplate({
      id: '0d4c6a2e-1b3f-4e5a-9c7d-8f6e5d4c3b2a', name: 'Board consent', sourceFileIds: [NDA], parentFolderId: CONTRACTS_FOLDER_ID,
      signers: [
        { label: 'Director', signerGroupId: 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b' },
        { label: 'Director', signerGroupId: 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b' },
      ],
    });
    const got = await api(fresh, t, 'GET', '/2.0/sign_templates/0d4c6a2e-1b3f-4e5a-9c7d-8f6e5d4c3b2a');
    expect(got.json).toMatchObject({ name: 'Board consent', email_subject: null, days_valid: null, are_recipients_locked: false });
    expect(got.json.signers[1].public_id).toMatch(/^[A-Z0-9]{8}$/);
    const sr = await api(fresh, t, 'POST', '/2.0/sign_requests', {
      template_id: '0d4c6a2e-1b3f-4e5a-9c7d-8f6e5d4c3b2a', signers: [{ email: 'd1@example.org' }, { email: 'd2@example.org' }],
    });
    expect(sr.status).toBe(201);
    expect(sr.json.signers[1].signer_group_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(sr.json.signers[1].signer_group_id).toBe(sr.json.signers[2].signer_group_id);
    expect(() => fresh.addSignTemplate({ id: 'not-a-uuid', name: 'x', sourceFileIds: [NDA], parentFolderId: CONTRACTS_FOLDER_ID, signers: [] })).toThrow();
    expect(() => fresh.addSignTemplate({
      id: '1d4c6a2e-1b3f-4e5a-9c7d-8f6e5d4c3b2a', name: 'x', sourceFileIds: ['1000000021'], parentFolderId: CONTRACTS_FOLDER_ID, signers: [],
    })).toThrow(); // another user's file
    expect(() => fresh.addSignTemplate({
      id: '2d4c6a2e-1b3f-4e5a-9c7d-8f6e5d4c3b2a', name: 'x', sourceFileIds: [NDA], parentFolderId: '0', signers: [],
    })).toThrow(); // root as destination
    await fresh.close();
  });
});
