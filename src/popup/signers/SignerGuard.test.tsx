// The signer guard in the popup, with a fake background: warnings beside the fields, the
// confirmations Send waits for, Generate, and the hand-off after a send with passwords.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { popupDeps, sent, type Handlers } from '../popup.test-helpers';
import { memoryArea } from '../../shared/storage-area';

afterEach(cleanup);

const NOV_3 = Date.UTC(2026, 10, 3, 12);

async function openForm(handlers: Handlers = {}) {
  const fake = popupDeps({ handlers: { getGuardContext: () => ({ sentDomains: ['example.com'], internalDomains: ['acme.co.uk'], minPasswordLength: null }), ...handlers } });
  render(<App {...fake.deps} pollIntervalMs={5} />);
  await screen.findByText('NDA - Acme.pdf');
  return fake;
}

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const passwordInput = () => screen.getByLabelText('Password', { selector: 'input[name="signer-password"]' }) as HTMLInputElement;
const sendButton = () => screen.getByRole('button', { name: 'Send for signature' }) as HTMLButtonElement;

describe('signer guard in the popup', () => {
  it("flags look-alikes of the organisation's and the sent-to domains beside the email", async () => {
    await openForm();
    type('Signer email', 'ann@acme-co.uk');
    await screen.findByText('acme-co.uk looks like acme.co.uk');
    type('Signer email', 'ann@examp1e.com');
    await screen.findByText('examp1e.com looks like example.com');
    expect(screen.getByLabelText('Signer email').getAttribute('aria-describedby')).toContain('signer-email-warning');
  });

  it('asks the background about the phone last used and waits for a confirmation of a changed one', async () => {
    const fake = await openForm({ checkSignerPhones: ({ signers }) => ({ phones: signers.map(() => ({ status: 'changed' as const, last2: '71', at: NOV_3 })) }) });
    type('Signer email', 'ann@example.com');
    type('Phone number', '(415) 555-2671');
    await screen.findByText('Last time ann@example.com used a different number (ending in 71, on 3 Nov)');
    expect(fake.calls.find((c) => c.type === 'checkSignerPhones')?.data).toEqual({ signers: [{ email: 'ann@example.com', phone: '+14155552671' }] });
    expect(sendButton().disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'This is the right number' }));
    await waitFor(() => expect(sendButton().disabled).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: "Forget this signer's number" }));
    await waitFor(() => expect(fake.calls.some((c) => c.type === 'forgetSigner')).toBe(true));
    expect(fake.calls.find((c) => c.type === 'forgetSigner')?.data).toEqual({ email: 'ann@example.com' });
  });

  it('generates a strong password, warns about a short one, and lists who needs theirs after the send', async () => {
    const fake = await openForm();
    type('Signer email', 'hr@example.com');
    fireEvent.click(screen.getByRole('radio', { name: 'Password' }));
    fireEvent.input(passwordInput(), { target: { value: 'hr' } });
    await screen.findByText('Use at least 8 characters');
    fireEvent.click(screen.getByRole('button', { name: 'Generate' }));
    await screen.findByText('Strength: strong');
    const generated = passwordInput().value;
    expect(generated).toMatch(/^(?:[A-Za-z]{6}-){4}[2-9]{2}$/);
    expect(screen.queryByText('Use at least 8 characters')).toBeNull();

    fireEvent.click(sendButton());
    await screen.findByText('These signers need their password from you');
    expect(screen.getByRole('button', { name: 'Copy the password for hr@example.com' })).toBeTruthy();
    expect(sent(fake.calls)).toMatchObject([{ signers: [{ email: 'hr@example.com', password: generated }] }]);
  });

  it('Copy, in the form and in the hand-off, writes the clipboard, then asks the background to clear it (without the password)', async () => {
    const write = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    try {
      const fake = await openForm({ clearClipboardLater: () => ({}) });
      type('Signer email', 'hr@example.com');
      fireEvent.click(screen.getByRole('radio', { name: 'Password' }));
      fireEvent.click(screen.getByRole('button', { name: 'Generate' }));
      const generated = passwordInput().value;
      fireEvent.click(screen.getByRole('button', { name: 'Copy', exact: true }));
      await screen.findByText('Copied. The clipboard is cleared in a minute.');
      expect(write).toHaveBeenCalledWith(generated);
      const asked = () => fake.calls.filter((c) => c.type === 'clearClipboardLater');
      expect(asked().map((c) => c.data)).toEqual([{}]);

      fireEvent.click(sendButton());
      fireEvent.click(await screen.findByRole('button', { name: 'Copy the password for hr@example.com' }));
      await waitFor(() => expect(asked()).toHaveLength(2));
      expect(write).toHaveBeenLastCalledWith(generated);
      expect(JSON.stringify(asked())).not.toContain(generated);
    } finally {
      write.mockRestore();
    }
  });

  it("forgets the background's memory with the recent signers", async () => {
    const fake = popupDeps({ handlers: { getGuardContext: () => ({ sentDomains: [], internalDomains: [], minPasswordLength: null }), forgetSigner: () => ({}) } });
    const recentArea = memoryArea({ recentSigners: [{ email: 'ann@example.com', phone: null }] });
    render(<App {...fake.deps} recentArea={recentArea} pollIntervalMs={5} />);
    await screen.findByText('NDA - Acme.pdf');
    // The button is inside the Options section, closed at first.
    document.querySelector('details.options')!.setAttribute('open', '');
    fireEvent.click(await screen.findByRole('button', { name: 'Forget recent signers' }));
    await waitFor(() => expect(fake.calls.find((c) => c.type === 'forgetSigner')?.data).toEqual({}));
  });
});
