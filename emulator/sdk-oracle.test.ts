// Box's own TypeScript SDK (box-typescript-sdk-gen) as the oracle for the emulator's answers: every
// JSON body the extension relies on is read through the SDK's generated deserialisers, which throw
// on a shape Box's API description does not allow (a missing id, a wrong type, an unknown enum value).
// So an emulator answer that drifts from Box's documented shapes fails here, not only in our own parser.
// Tests whose behaviour Box does not document (only its shape is checked against the SDK) say
// "assumption" in their names; the extension must not depend on them for correctness.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deserializeAccessToken } from 'box-typescript-sdk-gen/schemas/accessToken.generated';
import { deserializeClientError } from 'box-typescript-sdk-gen/schemas/clientError.generated';
import { deserializeFileFull } from 'box-typescript-sdk-gen/schemas/fileFull.generated';
import { deserializeFileFullOrFolderFull } from 'box-typescript-sdk-gen/schemas/fileFullOrFolderFull.generated';
import { deserializeOAuth2Error } from 'box-typescript-sdk-gen/schemas/oAuth2Error.generated';
import { deserializeSignRequest } from 'box-typescript-sdk-gen/schemas/signRequest.generated';
import { deserializeSignRequests } from 'box-typescript-sdk-gen/schemas/signRequests.generated';
import { deserializeSignTemplate } from 'box-typescript-sdk-gen/schemas/signTemplate.generated';
import { deserializeSignTemplates } from 'box-typescript-sdk-gen/schemas/signTemplates.generated';
import { deserializeUserFull } from 'box-typescript-sdk-gen/schemas/userFull.generated';
import { FIELDS_TEMPLATE, SEEDED_SHARES, SEEDED_TEMPLATES, startEmulator, type Emulator } from './index.ts';
import { api, authCode, call, exchange, NDA, refresh, signBody, type Res } from './test-client.test-helpers.ts';

// What the extension asks for (src/background/box/client.ts).
const FILE_FIELDS = 'name,extension,size,permissions';
const PHONE = '+14155552671';

let em: Emulator;
let token: string;
beforeAll(async () => {
  em = await startEmulator();
  token = em.issueDeveloperToken();
});
afterAll(() => em.close());

/** The body read by Box's SDK: fails the test with the SDK's own reason when it refuses the shape. */
function throughSdk<T>(deserialize: (value: never) => T, res: Res, status: number): T {
  expect(res.status, res.text.slice(0, 300)).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  try {
    return deserialize(res.json as never);
  } catch (error) {
    throw new Error(`Box's SDK refused the emulator's ${status} answer: ${(error as Error).message}\n${res.text.slice(0, 500)}`);
  }
}

const create = (body: unknown) => api(em, token, 'POST', '/2.0/sign_requests', body);

describe('the oracle itself', () => {
  it('refuses shapes Box does not allow, so the tests below can fail', () => {
    const base = { type: 'sign-request', id: 'a1b2c3d4-0000-4000-8000-000000000001', status: 'sent' };
    expect(() => deserializeSignRequest(base as never)).not.toThrow();
    expect(() => deserializeSignRequest({ ...base, type: 'sign_request' } as never)).toThrow();
    expect(() => deserializeSignRequest({ ...base, id: 7 } as never)).toThrow();
    expect(() => deserializeUserFull({ type: 'user', id: 1 } as never)).toThrow();
    expect(() => deserializeUserFull({ type: 'user' } as never)).toThrow();
    expect(() => deserializeAccessToken({ access_token: 'x', expires_in: '3600' } as never)).toThrow();
    expect(() => deserializeClientError({ type: 'error', status: '400' } as never)).toThrow();
    // Like our parser, the SDK takes statuses Box may add later: an unknown one is no shape error.
    expect(() => deserializeSignRequest({ ...base, status: 'almost_signed' } as never)).not.toThrow();
  });
});

describe('users, files and shared items read by Box\'s SDK', () => {
  it('GET /users/me (the fields the extension asks for)', async () => {
    const me = throughSdk(deserializeUserFull, await api(em, token, 'GET', '/2.0/users/me?fields=id,name,login'), 200);
    expect(me.login).toContain('@');
  });

  it('GET /files/{id} with the extension\'s fields', async () => {
    const file = throughSdk(deserializeFileFull, await api(em, token, 'GET', `/2.0/files/${NDA}?fields=${FILE_FIELDS}`), 200);
    expect(file).toMatchObject({ id: NDA, type: 'file' });
    expect(file.permissions?.canDownload).toBe(true);
  });

  it('GET /shared_items for a file and a folder link, with and without fields', async () => {
    const header = (url: string) => ({ boxapi: `shared_link=${url}` });
    const { offerLetter, vendorFolder } = SEEDED_SHARES;
    const full = await api(em, token, 'GET', '/2.0/shared_items', undefined, header(offerLetter.url));
    expect(throughSdk(deserializeFileFullOrFolderFull, full, 200)).toMatchObject({ type: 'file', id: offerLetter.itemId });
    const fields = await api(em, token, 'GET', `/2.0/shared_items?fields=${FILE_FIELDS}`, undefined, header(offerLetter.url));
    expect(throughSdk(deserializeFileFull, fields, 200).permissions).toBeDefined();
    const folder = await api(em, token, 'GET', '/2.0/shared_items', undefined, header(vendorFolder.url));
    expect(throughSdk(deserializeFileFullOrFolderFull, folder, 200)).toMatchObject({ type: 'folder' });
  });

  it('404 for an unknown file, 401 without a token: Box\'s error body', async () => {
    throughSdk(deserializeClientError, await api(em, token, 'GET', `/2.0/files/999999999999?fields=${FILE_FIELDS}`), 404);
    const unauthorised = await call(em, { path: '/2.0/users/me' });
    expect(unauthorised.status).toBe(401);
    if (unauthorised.text !== '') throughSdk(deserializeClientError, unauthorised, 401);
  });
});

describe('sign requests read by Box\'s SDK', () => {
  it('create (SMS, password, login signers, options) and get, as it moves from converting to sent', async () => {
    const body = signBody({
      signers: [
        { email: 'sms@example.org', role: 'signer', order: 1, verification_phone_number: PHONE },
        { email: 'pw@example.org', role: 'approver', order: 2, password: 's3cret-Pass' },
        { email: 'login@example.org', role: 'final_copy_reader', order: 3, login_required: true },
      ],
      parent_folder: { type: 'folder', id: '111111111' },
      is_phone_verification_required_to_view: true,
      email_subject: 'Please sign',
      days_valid: 30,
      are_reminders_enabled: true,
      external_id: 'secure-sign-oracle-1',
    });
    const created = throughSdk(deserializeSignRequest, await create(body), 201);
    expect(created.status).toBe('converting');
    expect(created.externalId).toBe('secure-sign-oracle-1');
    em.advance(2_500);
    const got = throughSdk(deserializeSignRequest, await api(em, token, 'GET', `/2.0/sign_requests/${created.id}`), 200);
    expect(got.status).toBe('sent');
    expect(got.signers?.map((s) => s.email)).toEqual(expect.arrayContaining(['sms@example.org', 'pw@example.org', 'login@example.org']));
  });

  it('with document preparation: the prepare_url Box gives', async () => {
    const prepared = throughSdk(deserializeSignRequest, await create(signBody({ is_document_preparation_needed: true })), 201);
    em.advance(2_500);
    const got = throughSdk(deserializeSignRequest, await api(em, token, 'GET', `/2.0/sign_requests/${prepared.id}`), 200);
    expect(got.prepareUrl).toMatch(/^https:\/\//);
  });

  it('list, with markers', async () => {
    await create(signBody());
    await create(signBody());
    const page = throughSdk(deserializeSignRequests, await api(em, token, 'GET', '/2.0/sign_requests?limit=1'), 200);
    expect(page.entries).toHaveLength(1);
    expect(page.nextMarker).toBeTruthy();
    throughSdk(deserializeSignRequests, await api(em, token, 'GET', `/2.0/sign_requests?limit=1000&marker=${page.nextMarker}`), 200);
  });

  it('cancel: the cancelled request; refused when already cancelled (assumption: Box also refuses while converting)', async () => {
    const { json: sr } = await create(signBody());
    throughSdk(deserializeClientError, await api(em, token, 'POST', `/2.0/sign_requests/${sr.id}/cancel`), 400);
    em.advance(2_500);
    const cancelled = throughSdk(deserializeSignRequest, await api(em, token, 'POST', `/2.0/sign_requests/${sr.id}/cancel`, { reason: 'changed' }), 200);
    expect(cancelled.status).toBe('cancelled');
    throughSdk(deserializeClientError, await api(em, token, 'POST', `/2.0/sign_requests/${sr.id}/cancel`), 400);
  });

  it('resend: 202 without a body, and its refusals (too soon, cancelled) as Box\'s error body', async () => {
    const { json: sr } = await create(signBody());
    em.advance(2_500);
    throughSdk(deserializeClientError, await api(em, token, 'POST', `/2.0/sign_requests/${sr.id}/resend`), 400);
    em.advance(10 * 60 * 1000);
    const ok = await api(em, token, 'POST', `/2.0/sign_requests/${sr.id}/resend`);
    expect([ok.status, ok.text]).toEqual([202, '']);
    await api(em, token, 'POST', `/2.0/sign_requests/${sr.id}/cancel`);
    em.advance(10 * 60 * 1000);
    throughSdk(deserializeClientError, await api(em, token, 'POST', `/2.0/sign_requests/${sr.id}/resend`), 400);
  });

  it('refusals of a create (validation, unknown request) as Box\'s error body (assumption: Box refuses a fictional 555 number)', async () => {
    throughSdk(deserializeClientError, await create(signBody({ signers: [] })), 400);
    throughSdk(deserializeClientError, await create(signBody({ signers: [{ email: 'a@example.org', verification_phone_number: '+15551232190' }] })), 400);
    throughSdk(deserializeClientError, await api(em, token, 'GET', '/2.0/sign_requests/00000000-0000-0000-0000-000000000000'), 404);
  });
});

describe('templates read by Box\'s SDK', () => {
  it('list and each seeded template, and a request made from one', async () => {
    const list = throughSdk(deserializeSignTemplates, await api(em, token, 'GET', '/2.0/sign_templates'), 200);
    expect(list.entries?.length).toBeGreaterThan(0);
    for (const template of Object.values(SEEDED_TEMPLATES)) {
      const res = await api(em, token, 'GET', `/2.0/sign_templates/${template.id}`);
      if (res.status === 404) continue; // another user's template
      throughSdk(deserializeSignTemplate, res, 200);
    }
    const { mutualNda } = SEEDED_TEMPLATES;
    const one = throughSdk(deserializeSignTemplate, await api(em, token, 'GET', `/2.0/sign_templates/${mutualNda.id}`), 200);
    const signers = (one.signers ?? []).filter((s) => s.role !== 'final_copy_reader' || s.order !== 0).map(() => ({ email: 'client@example.org', verification_phone_number: PHONE }));
    const res = await create({ template_id: mutualNda.id, signers: signers.slice(0, 1) });
    if (res.status === 201) throughSdk(deserializeSignRequest, res, 201);
    else throughSdk(deserializeClientError, res, res.status);
  });
});

describe('template fields and prefill tags read by Box\'s SDK', () => {
  it('a template with text, date and checkbox inputs, and a request that prefills them', async () => {
    em.addSignTemplate(FIELDS_TEMPLATE);
    const template = throughSdk(deserializeSignTemplate, await api(em, token, 'GET', `/2.0/sign_templates/${FIELDS_TEMPLATE.id}`), 200);
    const inputs = template.signers?.[1]?.inputs ?? [];
    expect(inputs.map((i) => [i.documentTagId, i.type])).toEqual([['employee_name', 'text'], ['start_date', 'date'], ['remote', 'checkbox'], [undefined, 'signature']]);
    const prefill = [
      { document_tag_id: 'employee_name', text_value: 'Ada Lovelace' },
      { document_tag_id: 'start_date', date_value: '2027-01-04' },
      { document_tag_id: 'remote', checkbox_value: true },
    ];
    const made = throughSdk(deserializeSignRequest, await create({ template_id: FIELDS_TEMPLATE.id, signers: [{ email: 'ada@example.org' }], prefill_tags: prefill }), 201);
    expect(made.prefillTags?.map((t) => [t.documentTagId, t.textValue ?? t.checkboxValue ?? t.dateValue])).toEqual([
      ['employee_name', 'Ada Lovelace'], ['start_date', expect.anything()], ['remote', true],
    ]);
  });
});

describe('tokens read by Box\'s SDK', () => {
  it('authorization code exchange and refresh: Box\'s AccessToken', async () => {
    const first = throughSdk(deserializeAccessToken, await exchange(em, { code: await authCode(em) }), 200);
    expect(first.accessToken).toBeTruthy();
    expect(first.refreshToken).toBeTruthy();
    const second = throughSdk(deserializeAccessToken, await refresh(em, first.refreshToken!), 200);
    expect(second.refreshToken).not.toBe(first.refreshToken);
  });

  it('a refused grant is Box\'s OAuth2Error (assumption: a used refresh token is refused)', async () => {
    const first = throughSdk(deserializeAccessToken, await exchange(em, { code: await authCode(em) }), 200);
    await refresh(em, first.refreshToken!);
    const reused = throughSdk(deserializeOAuth2Error, await refresh(em, first.refreshToken!), 400);
    expect(reused.error).toBe('invalid_grant');
    throughSdk(deserializeOAuth2Error, await exchange(em, { code: 'not-a-code' }), 400);
  });
});
