import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type BulkStart, type BulkView } from '../shared/messages';
import { BulkStartSchema } from '../shared/schemas/bulk';
import { memoryArea } from '../shared/storage-area';
import { fakeBackground, type Handlers } from '../popup/popup.test-helpers';
import { template } from '../ui/sign-form.test-helpers';
import { BulkApp } from './App';

afterEach(cleanup);

function viewOf(start: BulkStart): BulkView {
  return {
    id: 'b1', name: null, createdAt: 0, state: 'running', pausedReason: null,
    counts: { done: 0, failed: 0, remaining: start.rows.length }, etaMs: 1000,
    rows: start.rows.map((row) => ({ id: row.id, email: row.signer.email, name: row.name, status: 'pending', requestId: null, link: null, error: null })),
  };
}

function open(handlers: Handlers = {}, managed: unknown = {}) {
  const { background, calls } = fakeBackground({ bulkStatus: () => null, bulkStart: (data) => viewOf(data as BulkStart), ...handlers });
  render(<BulkApp background={background} settingsArea={memoryArea()} readManaged={async () => managed} launch={{ fileIds: ['123456'], templateId: null }} />);
  return { calls };
}

const ready = () => waitFor(() => expect((screen.getByRole('button', { name: 'Check recipients' }) as HTMLButtonElement).disabled).toBe(false));
const paste = (text: string) => fireEvent.input(screen.getByLabelText('Recipients'), { target: { value: text } });

describe('Bulk send page', () => {
  it('checks every row, shows the problems beside them, and sends only the good rows', async () => {
    const { calls } = open();
    await ready();
    paste('email,phone,password\na@example.com,(415) 555-2671,\nb@example.com,,pw-b\nbad,,pw\na@example.com,,pw');
    fireEvent.click(screen.getByRole('button', { name: 'Check recipients' }));
    const table = await screen.findByRole('table', { name: 'Each row checked' });
    expect(within(table).getAllByText('Ready')).toHaveLength(2);
    expect(within(table).getByText('This email is already on row 1.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Send 2 requests' }));
    await screen.findByRole('progressbar', { name: 'Progress' });
    const start = calls.find((c) => c.type === 'bulkStart')!.data as BulkStart;
    expect(BulkStartSchema.safeParse(start).success).toBe(true);
    expect(start.rows.map((r) => [r.signer.email, r.signer.verification, r.signer.password])).toEqual([
      ['a@example.com', { kind: 'sms', phone: '+14155552671' }, null],
      ['b@example.com', { kind: 'none' }, 'pw-b'],
    ]);
    expect(start.base.fileIds).toEqual(['123456']);
  });

  it('fixes a row in place and sends it', async () => {
    open();
    await ready();
    paste('email,phone\na@example.com,12');
    fireEvent.click(screen.getByRole('button', { name: 'Check recipients' }));
    const fix = await screen.findByLabelText('Fix phone, row 1');
    fireEvent.change(fix, { target: { value: '+1 415 555 2671' } });
    await screen.findByRole('button', { name: 'Send 1 request' });
    expect((screen.getByLabelText('Recipients') as HTMLTextAreaElement).value).toContain('+1 415 555 2671');
  });

  it('generates a password for rows without one, shows it once, and leaves it out of the results unless asked', async () => {
    const { calls } = open();
    await ready();
    const shown = await generatedPasswordForOneRow();
    expect(shown).toMatch(/^\w{4}-\w{4}-\w{4}-\w{4}$/);
    fireEvent.click(screen.getByRole('button', { name: 'Send 1 request' }));
    await screen.findByRole('progressbar');
    const start = calls.find((c) => c.type === 'bulkStart')!.data as BulkStart;
    expect(start.rows[0]!.signer).toMatchObject({ verification: { kind: 'none' }, password: shown });
    expect((screen.getByLabelText('Recipients') as HTMLTextAreaElement).value).not.toContain(shown);
  });

  it('Copy passwords writes them to the clipboard and asks the background to clear it a minute later', async () => {
    const write = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    try {
      const { calls } = open({ clearClipboardLater: () => ({}) });
      await ready();
      const shown = await generatedPasswordForOneRow();
      fireEvent.click(screen.getByRole('button', { name: 'Copy passwords' }));
      await waitFor(() => expect(calls.filter((c) => c.type === 'clearClipboardLater').map((c) => c.data)).toEqual([{}]));
      expect(write.mock.calls[0]![0]).toContain(shown);
    } finally {
      write.mockRestore();
    }
  });

  it('uses the method the organisation sets, locked', async () => {
    open({}, { defaultMethod: 'password' });
    const select = (await screen.findByLabelText('Rows without phone or password are verified by')) as HTMLSelectElement;
    await waitFor(() => expect(select.value).toBe('password'));
    expect(select.disabled).toBe(true);
  });

  it('offers only the methods the organisation allows', async () => {
    open({}, { allowedMethods: ['password', 'login'] });
    await ready();
    const select = screen.getByLabelText('Rows without phone or password are verified by') as HTMLSelectElement;
    await waitFor(() => expect([...select.options].map((o) => o.value)).toEqual(['password', 'login']));
  });

  it('shows a batch still running from an earlier visit, with its controls', async () => {
    const running = viewOf({ name: null, base: { fileIds: [], templateId: null, options: {} as never }, rows: [{ id: 'r1', name: null, signer: { email: 'a@example.com', role: 'signer', order: null, verification: { kind: 'none' }, password: null } }] });
    const { calls } = open({ bulkStatus: () => running, bulkControl: () => ({ ...running, state: 'paused' }) });
    fireEvent.click(await screen.findByRole('button', { name: 'Pause' }));
    await screen.findByRole('button', { name: 'Resume' });
    expect(calls).toContainEqual({ type: 'bulkControl', data: { id: 'b1', action: 'pause' } });
    expect(screen.getByRole('progressbar').getAttribute('aria-valuetext')).toContain('0 done · 0 failed · 1 remaining');
  });

  it('shows the signer guard beside each row: a landline and a changed number need a tick, a look-alike is named', async () => {
    const { calls } = open({
      getGuardContext: () => ({ sentDomains: ['example.com'], internalDomains: [], minPasswordLength: null }),
      checkSignerPhones: ({ signers }) => ({ phones: signers.map((s) => (s.email === 'mob@example.com' ? { status: 'changed' as const, last2: '71', at: Date.UTC(2026, 10, 3, 12) } : { status: 'new' as const, last2: null, at: null })) }),
    });
    await ready();
    paste('email,phone,password\nland@example.com,+44 20 7946 0958,\nmob@example.com,+44 7400 123456,\nbob@examp1e.com,,long enough pass');
    fireEvent.click(screen.getByRole('button', { name: 'Check recipients' }));
    const table = await screen.findByRole('table', { name: 'Each row checked' });
    expect(within(table).getByText('This looks like a landline or service number; Box sends the code by text message')).toBeTruthy();
    expect(within(table).getByText('examp1e.com looks like example.com')).toBeTruthy();
    await within(table).findByText('Last time mob@example.com used a different number (ending in 71, on 3 Nov)');
    expect(screen.getByRole('button', { name: 'Send 1 request' })).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Send the code to this number anyway, row 1' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'This is the right number, row 2' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Send 3 requests' }));
    await screen.findByRole('progressbar');
    expect((calls.find((c) => c.type === 'bulkStart')!.data as BulkStart).rows).toHaveLength(3);
  });

  it("does not send rows the organisation's guard policy refuses, and says why beside them", async () => {
    const { calls } = open({ getGuardContext: () => ({ sentDomains: [], internalDomains: [], minPasswordLength: 12 }) }, { blockLandlineSms: true, minPasswordLength: 12 });
    await ready();
    paste('email,phone,password\nland@example.com,+44 20 7946 0958,\nc@example.com,,short\nd@example.com,+44 7400 123456,');
    fireEvent.click(screen.getByRole('button', { name: 'Check recipients' }));
    const table = await screen.findByRole('table', { name: 'Each row checked' });
    expect(within(table).getByText(/^\+442079460958 looks like a landline/)).toBeTruthy();
    expect(within(table).getByText(/at least 12 characters; the one for c@example\.com/)).toBeTruthy();
    expect(within(table).queryByRole('checkbox')).toBeNull(); // a refusal is not ticked away
    fireEvent.click(screen.getByRole('button', { name: 'Send 1 request' }));
    await screen.findByRole('progressbar');
    expect((calls.find((c) => c.type === 'bulkStart')!.data as BulkStart).rows.map((r) => r.signer.email)).toEqual(['d@example.com']);
  });

  it("sends each row's values for the template's placeholders, one column each, found by the header", async () => {
    const tpl = template({
      signers: [{ email: null, label: 'Employee', role: 'signer', order: 1, phoneRequired: false, passwordRequired: false, loginRequired: false }],
      placeholders: [{ tagId: 'start', label: 'Start date', kind: 'date' }, { tagId: 'salary', label: 'Salary', kind: 'text' }],
    });
    const { background, calls } = fakeBackground({ bulkStatus: () => null, bulkStart: (data) => viewOf(data as BulkStart), listTemplates: () => ({ templates: [tpl], more: false }) });
    render(<BulkApp background={background} settingsArea={memoryArea()} readManaged={async () => ({})} launch={{ fileIds: [], templateId: tpl.id }} />);
    await ready();
    await screen.findByText(/Mutual NDA/);
    paste('email,password,Start date,Salary\na@example.com,long enough pass,2027-01-04,"52,000"\nb@example.com,long enough pass,4 Jan 2027,');
    expect(screen.getByLabelText('Start date').tagName).toBe('SELECT'); // a column choice per placeholder
    fireEvent.click(screen.getByRole('button', { name: 'Check recipients' }));
    const table = await screen.findByRole('table', { name: 'Each row checked' });
    expect(within(table).getByText('Start date: write the date as YYYY-MM-DD, for example 2027-01-04.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Send 1 request' }));
    await screen.findByRole('progressbar');
    const start = calls.find((c) => c.type === 'bulkStart')!.data as BulkStart;
    expect(BulkStartSchema.safeParse(start).success).toBe(true);
    expect(start.rows.map((r) => [r.signer.email, r.prefill])).toEqual([
      ['a@example.com', [{ tagId: 'start', kind: 'date', value: '2027-01-04' }, { tagId: 'salary', kind: 'text', value: '52,000' }]],
    ]);
  });
});

/** One recipient without phone or password, a password generated for it on Check recipients: the password shown. */
async function generatedPasswordForOneRow(): Promise<string> {
  paste('email\na@example.com');
  fireEvent.change(screen.getByLabelText('Rows without phone or password are verified by'), { target: { value: 'password' } });
  fireEvent.click(screen.getByRole('checkbox', { name: 'Generate passwords' }));
  fireEvent.click(screen.getByRole('button', { name: 'Check recipients' }));
  await screen.findByText(/shown only here and now/);
  return document.querySelector('.password')!.textContent!;
}
