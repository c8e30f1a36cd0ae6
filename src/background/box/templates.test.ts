import { describe, expect, it, vi } from 'vitest';
import type { BoxClient } from './client';
import { SignTemplateSchema } from './schemas';
import { listTemplates, toTemplate } from './templates';
import { signTemplate } from './box.test-helpers';

const parse = (body: Record<string, unknown>) => SignTemplateSchema.parse(body);

describe('toTemplate', () => {
  it('reads the fields a request can prefill: text, date and checkbox inputs with a document tag id, each tag once', () => {
    const inputs = [
      { document_tag_id: 'start', type: 'date', label: 'Start date' },
      { document_tag_id: 'salary', type: 'text', label: 'Salary' },
      { document_tag_id: null, type: 'text', label: 'No tag' },
      { document_tag_id: 'sig', type: 'signature', label: null },
      { document_tag_id: 'salary', type: 'text', label: 'Salary' },
      { document_tag_id: 'ok', type: 'checkbox', label: '' },
    ];
    const template = toTemplate(parse(signTemplate({}, [{ email: '', label: 'Employee', role: 'signer', order: 1, inputs }])));
    expect(template.placeholders).toEqual([
      { tagId: 'start', label: 'Start date', kind: 'date' },
      { tagId: 'salary', label: 'Salary', kind: 'text' },
      { tagId: 'ok', label: null, kind: 'checkbox' },
    ]);
  });

  it("leaves out the sender's own first row, reads placeholders and requirements", () => {
    const template = toTemplate(
      parse(
        signTemplate({ are_recipients_locked: true, additional_info: { non_editable: ['signers'] }, email_subject: 'Sign me' }, [
          { email: '', label: 'Client', role: 'signer', order: 1, is_phone_number_required: true, is_password_required: true },
          { email: 'legal@example.com', label: 'Legal', role: 'final_copy_reader', order: 2 },
        ]),
      ),
    );
    expect(template).toEqual({
      id: 'f2ec720d-47a6-4052-8210-9bfa8d6c349c',
      name: 'Mutual NDA',
      signers: [
        { email: null, label: 'Client', role: 'signer', order: 1, phoneRequired: true, passwordRequired: true, loginRequired: false },
        { email: 'legal@example.com', label: 'Legal', role: 'final_copy_reader', order: 2, phoneRequired: false, passwordRequired: false, loginRequired: false },
      ],
      fileNames: ['Mutual NDA.pdf'],
      locks: { recipients: true, options: false, emailSettings: false, files: false },
      nonEditable: ['signers'],
      emailSubject: 'Sign me',
      emailMessage: null,
      daysValid: null,
    });
  });

  it('keeps a first row that has an email or a label, and reads an unknown role as signer', () => {
    const rows = [{ email: 'x@example.com', role: 'final_copy_reader' }, { email: '', label: 'Witness', role: 'witness' }];
    const template = toTemplate(parse({ id: 't1', signers: rows }));
    expect(template.signers.map((s) => [s.email, s.role])).toEqual([
      ['x@example.com', 'final_copy_reader'],
      [null, 'signer'],
    ]);
    expect(template).toMatchObject({ name: null, fileNames: [], nonEditable: [], locks: { files: false } });
  });
});

describe('listTemplates', () => {
  it('follows next_marker for two pages and says when there are more', async () => {
    const page = (next: string | null) => ({ entries: [parse(signTemplate())], next_marker: next });
    const listSignTemplates = vi.fn().mockResolvedValueOnce(page('m2')).mockResolvedValueOnce(page('m3'));
    const result = await listTemplates({ listSignTemplates } as unknown as BoxClient);
    expect(listSignTemplates.mock.calls).toEqual([[{ limit: 100 }], [{ limit: 100, marker: 'm2' }]]);
    expect(result).toMatchObject({ more: true, templates: [{ name: 'Mutual NDA' }, { name: 'Mutual NDA' }] });
    const single = vi.fn().mockResolvedValueOnce(page(null));
    expect(await listTemplates({ listSignTemplates: single } as unknown as BoxClient)).toMatchObject({ more: false });
  });
});
