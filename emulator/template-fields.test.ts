import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FIELDS_TEMPLATE, SEEDED_TEMPLATES, startEmulator, type Emulator } from './index.ts';
import { NDA, api } from './test-client.test-helpers.ts';

// Template input fields (spec TemplateSignerInput) and `prefill_tags` (spec SignRequestPrefillTag).

let em: Emulator;
let token: string;

beforeAll(async () => {
  em = await startEmulator({ templateFields: true });
});
afterAll(() => em.close());
beforeEach(() => {
  token = em.issueDeveloperToken();
});

const create = (body: unknown) => api(em, token, 'POST', '/2.0/sign_requests', body);
const signer = { email: 'ada@example.org' };
const fromFields = (prefill: unknown) => create({ template_id: FIELDS_TEMPLATE.id, signers: [signer], prefill_tags: prefill });

async function expectBad(res: Promise<Awaited<ReturnType<typeof create>>>, name: string): Promise<string> {
  const r = await res;
  expect(r.status).toBe(400);
  expect(r.json).toMatchObject({ type: 'error', status: 400, code: 'bad_request' });
  expect(r.json.context_info.errors[0].name).toBe(name);
  return r.json.context_info.errors[0].message as string;
}

describe('template inputs', () => {
  it('are listed per signer as TemplateSignerInput; the sender row has none', async () => {
    const res = await api(em, token, 'GET', `/2.0/sign_templates/${FIELDS_TEMPLATE.id}`);
    expect(res.status).toBe(200);
    const [sender, employee] = res.json.signers;
    expect(sender.inputs).toEqual([]);
    expect(employee.inputs).toHaveLength(4);
    expect(employee.inputs[0]).toEqual({
      document_tag_id: 'employee_name', text_value: null, checkbox_value: null, date_value: null, type: 'text',
      content_type: 'full_name', is_required: true, page_index: 0, document_id: null, dropdown_choices: null,
      group_id: null, label: 'Employee name', read_only: true,
    });
    expect(employee.inputs.map((i: { document_tag_id: string | null; type: string; content_type: string }) => [i.document_tag_id, i.type, i.content_type]))
      .toEqual([['employee_name', 'text', 'full_name'], ['start_date', 'date', 'date'], ['remote', 'checkbox', 'checkbox'], [null, 'signature', 'signature']]);
  });

  it('are only there when asked for: the seeded list is unchanged without the switch', async () => {
    const plain = await startEmulator();
    try {
      const res = await api(plain, plain.issueDeveloperToken(), 'GET', '/2.0/sign_templates');
      expect(res.json.entries.map((e: { id: string }) => e.id)).not.toContain(FIELDS_TEMPLATE.id);
    } finally {
      await plain.close();
    }
  });

  it('addSignTemplate refuses a bad input definition', () => {
    const base = { ...FIELDS_TEMPLATE, id: '00000000-0000-4000-8000-000000000001' };
    const withInputs = (inputs: unknown[]) => ({ ...base, signers: [{ label: 'X', inputs }] }) as never;
    expect(() => em.addSignTemplate(withInputs([{ documentTagId: 'a', type: 'text' }, { documentTagId: 'a', type: 'date' }]))).toThrow(/tag id a is used twice/);
    expect(() => em.addSignTemplate(withInputs([{ documentTagId: 'a', type: 'text', dateValue: '2027-01-01' }]))).toThrow(/date value/);
    expect(() => em.addSignTemplate(withInputs([{ documentTagId: 'a', type: 'box' }]))).toThrow(/input type box/);
  });
});

describe('POST /2.0/sign_requests prefill_tags', () => {
  it('stores each tag on the request and answers it in SignRequest.prefill_tags', async () => {
    const res = await fromFields([
      { document_tag_id: 'employee_name', text_value: 'Ada Lovelace' },
      { document_tag_id: 'start_date', date_value: '2027-01-04' },
      { document_tag_id: 'remote', checkbox_value: false },
    ]);
    expect(res.status).toBe(201);
    const expected = [
      { document_tag_id: 'employee_name', text_value: 'Ada Lovelace', checkbox_value: null, date_value: null },
      { document_tag_id: 'start_date', text_value: null, checkbox_value: null, date_value: '2027-01-04' },
      { document_tag_id: 'remote', text_value: null, checkbox_value: false, date_value: null },
    ];
    expect(res.json.prefill_tags).toEqual(expected);
    const again = await api(em, token, 'GET', `/2.0/sign_requests/${res.json.id}`);
    expect(again.json.prefill_tags).toEqual(expected);
    expect(em.signRequests().at(-1)).toMatchObject({ prefill_tags: expected });
  });

  it('refuses what the spec rules out: two value fields, a value of the wrong type, a date that is not a date', async () => {
    await expectBad(fromFields([{ document_tag_id: 'remote', checkbox_value: true, text_value: 'x' }]), 'prefill_tags[0]');
    await expectBad(fromFields([{ document_tag_id: 'remote', checkbox_value: 'yes' }]), 'prefill_tags[0].checkbox_value');
    await expectBad(fromFields([{ text_value: 'x' }]), 'prefill_tags[0].document_tag_id');
    for (const date of ['2027-02-30', '04/01/2027', '2027-1-4']) {
      await expectBad(fromFields([{ document_tag_id: 'start_date', date_value: date }]), 'prefill_tags[0].date_value');
    }
    await expectBad(fromFields({ document_tag_id: 'remote' }), 'prefill_tags');
  });

  it('assumption: a template request names only its template\'s tags, once, with the value of the field\'s type', async () => {
    const message = await expectBad(fromFields([{ document_tag_id: 'salary', text_value: '1' }]), 'prefill_tags[0].document_tag_id');
    expect(message).toContain("'Policy acknowledgement' has no field with document tag id 'salary'");
    await expectBad(fromFields([{ document_tag_id: 'start_date', text_value: 'Monday' }]), 'prefill_tags[0]');
    await expectBad(fromFields([{ document_tag_id: 'remote', checkbox_value: true }, { document_tag_id: 'remote', checkbox_value: false }]), 'prefill_tags[1].document_tag_id');
    // A template without fields has no tag to prefill.
    const nda = SEEDED_TEMPLATES.mutualNda;
    await expectBad(create({ template_id: nda.id, signers: [{ email: 'a@example.org', verification_phone_number: '+14155552671' }], prefill_tags: [{ document_tag_id: 'remote', checkbox_value: true }] }), 'prefill_tags[0].document_tag_id');
  });

  it('a request without a template keeps any tag id: the tags of its documents are not emulated', async () => {
    const res = await create({ source_files: [{ type: 'file', id: NDA }], signers: [signer], prefill_tags: [{ document_tag_id: 'anything', text_value: 'x' }] });
    expect(res.status).toBe(201);
    expect(res.json.prefill_tags).toEqual([{ document_tag_id: 'anything', text_value: 'x', checkbox_value: null, date_value: null }]);
  });
});
