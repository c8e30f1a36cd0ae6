import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from './App';
import { popupDeps, sent } from './popup.test-helpers';

afterEach(cleanup);

async function openForm(options: Parameters<typeof popupDeps>[0]) {
  const fake = popupDeps(options);
  render(<App {...fake.deps} pollIntervalMs={5} />);
  await screen.findByText('NDA - Acme.pdf');
  return fake;
}

const radios = () => (screen.getAllByRole('radio') as HTMLInputElement[]).map((radio) => radio.value);
const checked = () => (screen.getAllByRole('radio') as HTMLInputElement[]).find((radio) => radio.checked)?.value;
const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const confidential = { getFile: ({ fileId }: { fileId: string }) => ({ id: fileId, name: 'NDA - Acme.pdf', extension: 'pdf', size: 1, canDownload: true, classification: 'Confidential' }) };

describe('popup: the organisation’s policy', () => {
  it('starts from the policy’s method and offers only the allowed ones', async () => {
    await openForm({ policy: { defaultMethod: 'password', allowedMethods: ['password', 'login'] }, settings: { version: 2, defaultMethod: 'sms' } });
    expect(checked()).toBe('password');
    expect(radios()).toEqual(['password', 'login']);
  });

  it('starts from the first allowed method when the default is not allowed', async () => {
    await openForm({ policy: { allowedMethods: ['login', 'password'] } });
    expect(checked()).toBe('login');
  });

  it('holds an external signer to externalMethods, and says why', async () => {
    await openForm({ policy: { allowedMethods: ['login', 'sms'], internalDomains: ['acme.com'], externalMethods: ['sms'] }, settings: { version: 2, defaultMethod: 'login' } });
    type('Signer email', 'bob@acme.com');
    expect(radios()).toEqual(['sms', 'login']);
    expect(checked()).toBe('login');
    type('Signer email', 'bob@partner.io');
    await waitFor(() => expect(radios()).toEqual(['sms']));
    expect(checked()).toBe('sms');
    expect(screen.getByText('Outside your organisation: your organisation requires SMS code.')).toBeTruthy();
  });

  it('shows a file’s label, and a Confidential file demands SMS and a password', async () => {
    const { calls } = await openForm({ handlers: confidential, policy: { classificationRules: { Confidential: { methods: ['sms'], requirePassword: true } } }, settings: { version: 2, defaultMethod: 'login' } });
    expect(await screen.findByText('Classification: Confidential')).toBeTruthy();
    await waitFor(() => expect(checked()).toBe('sms'));
    expect(radios()).toEqual(['sms']);
    expect(screen.getByText('“NDA - Acme.pdf” classified “Confidential”: your organisation requires SMS code + a password.')).toBeTruthy();
    const alsoPassword = screen.getByRole('checkbox', { name: /password/i }) as HTMLInputElement;
    expect(alsoPassword.checked).toBe(true);
    expect(alsoPassword.disabled).toBe(true);
    type('Signer email', 'bob@partner.io');
    type('Phone number', '(415) 555-2671');
    fireEvent.click(screen.getByRole('button', { name: 'Send for signature' }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent(calls)).toEqual([]); // no password typed yet
    fireEvent.input(screen.getByLabelText('Password', { selector: 'input[type="password"]' }), { target: { value: 'Tulip-42-secret' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send for signature' }));
    await waitFor(() => expect(sent(calls)).toHaveLength(1));
    expect(sent(calls)[0]).toMatchObject({ signers: [{ email: 'bob@partner.io', verification: { kind: 'sms' }, password: 'Tulip-42-secret' }] });
  });

  it('blocks sending with a clear message when the policy leaves no method', async () => {
    const { calls } = await openForm({ policy: { allowedMethods: [] } });
    expect(screen.getByText(/allows no verification method, so nothing can be sent/)).toBeTruthy();
    const send = screen.getByRole('button', { name: 'Send for signature' }) as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    type('Signer email', 'bob@partner.io');
    type('Phone number', '(415) 555-2671');
    fireEvent.click(send);
    expect(sent(calls)).toEqual([]);
  });
});
