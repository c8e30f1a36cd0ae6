// Bulk send from a template with placeholders (issue 15, "one column per template placeholder"): the page
// finds a column per field by its header, each request gets its own row's values as Box prefill tags, and a
// row with a date that is not a date is shown with its problem and not sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIELDS_TEMPLATE } from '../../emulator/index';
import { connectWithDeveloperToken, launch, signRequestPosts, type Harness } from './harness';

type Tag = { document_tag_id: string; text_value: string | null; checkbox_value: boolean | null; date_value: string | null };
type Made = { template_id: string | null; external_id: string; signers: { email: string }[]; prefill_tags: Tag[] };

const tag = (id: string, value: { text?: string; date?: string; checkbox?: boolean }): Tag => ({
  document_tag_id: id, text_value: value.text ?? null, checkbox_value: value.checkbox ?? null, date_value: value.date ?? null,
});

describe('Bulk send from a template with placeholders', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
    h.emulator.addSignTemplate(FIELDS_TEMPLATE);
    await connectWithDeveloperToken(h);
  });
  afterAll(async () => h?.close());

  it('sends each row\'s own prefill values; a row with a wrong date is shown with its problem and not sent', async () => {
    const page = await h.context.newPage();
    await page.goto(h.url(`src/bulk/index.html?template=${FIELDS_TEMPLATE.id}`));
    await page.getByRole('heading', { name: 'Bulk send' }).waitFor();
    await page.getByText(FIELDS_TEMPLATE.name).waitFor();
    // Header names as people write them: the fields' labels, in another order than the template's.
    await page.getByLabel('Recipients').fill([
      'Email\tPassword\tRemote\tStart date\tEmployee name',
      'ada@example.org\tAda-pass-7Xq2\tyes\t2027-01-04\tAda Lovelace',
      'alan@example.org\tAlan-pass-9Kw4\tno\t2027-02-01\tAlan Turing',
      'grace@example.org\tGrace-pass-3Vb8\tyes\t04/01/2027\tGrace Hopper',
    ].join('\n'));
    // One column choice per placeholder, each found from the header (a select's name starts with its field).
    const column = (field: string) => page.getByRole('combobox', { name: new RegExp(`^${field}`) });
    expect(await column('Employee name').inputValue()).toBe('4');
    expect(await column('Start date').inputValue()).toBe('3');
    expect(await column('Remote').inputValue()).toBe('2');
    await page.getByRole('button', { name: 'Check recipients' }).click();

    const table = page.getByRole('table', { name: 'Each row checked' });
    await expect.poll(() => table.locator('td.problem').count()).toBe(1);
    const graceRow = table.getByRole('row').filter({ hasText: 'grace@example.org' });
    await graceRow.getByText('Start date: write the date as YYYY-MM-DD, for example 2027-01-04.').waitFor();

    const before = h.emulator.signRequests().length;
    await page.getByRole('button', { name: 'Send 2 requests' }).click();
    await page.getByText('2 done · 0 failed · 0 remaining').waitFor({ timeout: 60_000 });

    const made = h.emulator.signRequests().slice(before) as Made[];
    expect(made).toHaveLength(2);
    const byEmail = new Map(made.map((r) => [r.signers.find((s) => s.email.endsWith('@example.org'))!.email, r]));
    expect([...byEmail.keys()].sort()).toEqual(['ada@example.org', 'alan@example.org']);
    for (const r of made) expect(r.template_id).toBe(FIELDS_TEMPLATE.id);
    expect(byEmail.get('ada@example.org')!.prefill_tags).toEqual([
      tag('employee_name', { text: 'Ada Lovelace' }), tag('start_date', { date: '2027-01-04' }), tag('remote', { checkbox: true }),
    ]);
    expect(byEmail.get('alan@example.org')!.prefill_tags).toEqual([
      tag('employee_name', { text: 'Alan Turing' }), tag('start_date', { date: '2027-02-01' }), tag('remote', { checkbox: false }),
    ]);
    // The row with the wrong date was never posted.
    const posted = signRequestPosts(h.emulator).flatMap((p) => (p['signers'] as { email: string }[]).map((s) => s.email));
    expect(posted).not.toContain('grace@example.org');
    await page.close();
  }, 120_000);
});
