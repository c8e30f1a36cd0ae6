import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { MessageError } from '../platform/messaging';
import { App } from './App';
import { MAX_POLLS } from './result/usePolledRequest';
import { FILE_ID, NO_OPTIONS, PAGE_DRAFT_KEY, popupDeps, sent, storedDraft, summary, type Handlers } from './popup.test-helpers';

afterEach(cleanup);

type Setup = Parameters<typeof popupDeps>[0];

async function open(options: Setup = {}) {
  const fake = popupDeps(options);
  const view = render(<App {...fake.deps} pollIntervalMs={5} />);
  return { ...fake, view };
}

async function openForm(options: Setup = {}) {
  const opened = await open(options);
  await screen.findByText('NDA - Acme.pdf');
  return opened;
}

const emailInput = () => screen.getByLabelText('Signer email') as HTMLInputElement;
const phoneInput = () => screen.getByLabelText('Phone number') as HTMLInputElement;
// The method radio is also named "Password", so pick the text field by its name.
const passwordInput = () => screen.getByLabelText('Password', { selector: 'input[name="signer-password"]' }) as HTMLInputElement;
const viewCheckbox = () => screen.getByRole('checkbox', { name: /before the signer can view/ });
const sendButton = () => screen.getByRole('button', { name: 'Send for signature' });
const type = (input: HTMLInputElement, value: string) => fireEvent.input(input, { target: { value } });

function fillSms(email = 'signer@example.com', phone = '(415) 555-2671') {
  type(emailInput(), email);
  type(phoneInput(), phone);
}

function fillPassword(password = 'Tulip-42-secret') {
  type(emailInput(), 'hr@example.com');
  fireEvent.click(screen.getByRole('radio', { name: 'Password' }));
  type(passwordInput(), password);
}

/** Resolves after the draft store's queued writes (they run on microtasks). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the Box connection lapsing', () => {
  it('is announced in the popup a week ahead, and the form still opens', async () => {
    const getAuthState = () => ({ connected: true as const, method: 'oauth' as const, user: null, expiresAt: null, refreshExpiresAt: Date.now() + 2 * 24 * 60 * 60_000 });
    await openForm({ handlers: { getAuthState } });
    expect((await screen.findByText(/Reconnect before/)).className).toBe('notice warn');
  });
});

describe('popup: opening', () => {
  it('shows the name of the Box file', async () => {
    const { calls } = await openForm();
    expect(calls).toContainEqual({ type: 'getFile', data: { fileId: FILE_ID } });
    expect(sendButton()).toBeTruthy();
  });

  it.each([null, []])('shows how to start when the tab has no Box file (%j)', async (files) => {
    await open({ files });
    expect(await screen.findByRole('heading', { name: 'Open a Box file first' })).toBeTruthy();
    expect(screen.getByText(/open the file in Box/i)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send for signature' })).toBeNull();
  });

  it('asks to connect Box when not connected, and offers no way to send', async () => {
    const { optionsOpened, calls } = await open({ handlers: { getAuthState: () => ({ connected: false }) } });
    const button = await screen.findByRole('button', { name: 'Connect your Box account' });
    expect(screen.queryByRole('button', { name: 'Send for signature' })).toBeNull();
    expect(calls.map((call) => call.type)).not.toContain('getFile');
    fireEvent.click(button);
    expect(optionsOpened()).toBe(1);
  });

  it('shows the form before the background has checked the connection, when it last found the user connected', async () => {
    const { calls } = await open({ knownConnected: true, handlers: { getAuthState: () => new Promise(() => undefined) } });
    expect(await screen.findByText('NDA - Acme.pdf')).toBeTruthy();
    expect(emailInput().disabled).toBe(false);
    await waitFor(() => expect(calls.map((call) => call.type)).toContain('getAuthState')); // asked all the same
  });

  it('asks the background for the connection once the form is shown, when it last found the user connected', async () => {
    // Asked at once, the worker's start and the background's protocol competed with the form for its time.
    let formShown: boolean | undefined;
    const getAuthState = () => {
      formShown = document.querySelector('input[type="email"]') !== null;
      return new Promise<never>(() => undefined);
    };
    await open({ knownConnected: true, handlers: { getAuthState } });
    await waitFor(() => expect(formShown).toBe(true));
  });

  it('asks the background for the connection at once when nothing is known', async () => {
    let formShown: boolean | undefined;
    const getAuthState = () => {
      formShown = document.querySelector('input[type="email"]') !== null;
      return { connected: true as const, method: 'oauth' as const, user: null, expiresAt: null };
    };
    await open({ handlers: { getAuthState } });
    await screen.findByText('NDA - Acme.pdf');
    expect(formShown).toBe(false);
  });

  it('switches to "connect" when the background then finds the user not connected', async () => {
    let answer: (state: { connected: false }) => void = () => undefined;
    await open({ knownConnected: true, handlers: { getAuthState: () => new Promise((resolve) => (answer = resolve)) } });
    await screen.findByText('NDA - Acme.pdf');
    answer({ connected: false });
    // A lazy screen, imported (and, in a test, transformed) while the form's idle loads run: give it time on a busy machine.
    expect(await screen.findByRole('button', { name: 'Connect your Box account' }, { timeout: 3000 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send for signature' })).toBeNull();
  });

  it('asks to connect without showing the form when the background already answered "not connected"', async () => {
    await open({ knownConnected: true, handlers: { getAuthState: () => ({ connected: false }) } });
    expect(await screen.findByRole('button', { name: 'Connect your Box account' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send for signature' })).toBeNull();
  });

  it('keeps the form when the background cannot be asked, the connection being known', async () => {
    await open({
      knownConnected: true,
      handlers: {
        getAuthState: () => {
          throw new MessageError({ message: 'The extension did not answer.', code: 'unreachable' });
        },
      },
    });
    await screen.findByText('NDA - Acme.pdf');
    await settle();
    expect(sendButton()).toBeTruthy();
  });

  it('shows the error when the background cannot be asked and nothing is known', async () => {
    await open({
      handlers: {
        getAuthState: () => {
          throw new MessageError({ message: 'The extension did not answer.', code: 'unreachable' });
        },
      },
    });
    expect((await screen.findByRole('alert')).textContent).toContain('The extension did not answer.');
  });

  it('warns and disables Send when the user may not download the file', async () => {
    await open({ handlers: { getFile: ({ fileId }) => ({ id: fileId, name: 'Locked.pdf', extension: 'pdf', size: 1, canDownload: false }) } });
    await screen.findByText('Locked.pdf');
    expect(screen.getByText(/You need download permission on this file to send it for signature/)).toBeTruthy();
    expect((sendButton() as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows a load error with a way to try again', async () => {
    let fail = true;
    await open({
      handlers: {
        getFile: ({ fileId }) => {
          if (fail) throw new MessageError({ message: 'Box could not find this file.' });
          return { id: fileId, name: 'Found.pdf', extension: 'pdf', size: 1, canDownload: true };
        },
      },
    });
    expect((await screen.findByRole('alert')).textContent).toContain('Box could not find this file.');
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Found.pdf')).toBeTruthy();
  });

  it('uses the default country and verification from the settings', async () => {
    await openForm({ settings: { version: 1, defaultCountry: 'GB', requirePhoneToView: false } });
    expect(screen.getByText('Numbers without +country code are read as United Kingdom.')).toBeTruthy();
    expect((viewCheckbox() as HTMLInputElement).checked).toBe(false);
  });
});

describe('popup: validation', () => {
  it('shows errors beside the fields, focuses the first, and sends nothing', async () => {
    const { calls } = await openForm();
    fillSms('not-an-email', '+1 555 123 2190');
    fireEvent.click(sendButton());

    const email = emailInput();
    await waitFor(() => expect(document.activeElement).toBe(email));
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const emailError = document.getElementById(email.getAttribute('aria-describedby')!.split(' ').pop()!);
    expect(emailError?.textContent).toMatch(/name@company.com/);
    const phone = phoneInput();
    expect(phone.getAttribute('aria-invalid')).toBe('true');
    expect(phone.getAttribute('aria-describedby')).toContain('signer-phone-error');
    expect(document.getElementById('signer-phone-error')?.textContent).toMatch(/isn't valid/);

    await settle();
    expect(sent(calls)).toEqual([]);
  });

  it('clears an error on blur once it is fixed, after the first attempt', async () => {
    await openForm();
    fillSms('', '(415) 555-2671');
    fireEvent.click(sendButton());
    await waitFor(() => expect(emailInput().getAttribute('aria-invalid')).toBe('true'));
    type(emailInput(), 'ok@example.com');
    fireEvent.blur(emailInput());
    await waitFor(() => expect(emailInput().getAttribute('aria-invalid')).toBeNull());
  });

  it('does not nag on blur before the first attempt', async () => {
    await openForm();
    type(emailInput(), 'nope');
    fireEvent.blur(emailInput());
    await settle();
    expect(emailInput().getAttribute('aria-invalid')).toBeNull();
  });

  it('refuses an empty password', async () => {
    const { calls } = await openForm();
    fillPassword('');
    fireEvent.submit(sendButton().closest('form')!);
    await waitFor(() => expect(passwordInput().getAttribute('aria-invalid')).toBe('true'));
    expect(document.activeElement).toBe(passwordInput());
    expect(sent(calls)).toEqual([]);
  });
});

describe('popup: sending', () => {
  it('sends an SMS request with exactly the expected payload', async () => {
    const { calls } = await openForm();
    fillSms('  signer@example.com ', '(415) 555-2671');
    fireEvent.submit(sendButton().closest('form')!); // what Enter in a field does
    await screen.findByText('Request created');
    expect(sent(calls)).toEqual([
      {
        fileIds: [FILE_ID],
        templateId: null,
        signers: [{ email: 'signer@example.com', role: 'signer', order: null, verification: { kind: 'sms', phone: '+14155552671' }, password: null }],
        options: { ...NO_OPTIONS, requirePhoneToView: true },
      },
    ]);
  });

  it('sends requiredToView as ticked and reads national numbers with the default country', async () => {
    const { calls } = await openForm({ settings: { version: 1, defaultCountry: 'GB' } });
    fillSms('signer@example.com', '020 7946 0958');
    fireEvent.click(screen.getByRole('checkbox', { name: /before the signer can view/ }));
    // A London landline: the guard warns beside the number and Send waits for a confirmation.
    await screen.findByText('This looks like a landline or service number; Box sends the code by text message');
    expect((sendButton() as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Send the code to this number anyway' }));
    fireEvent.click(sendButton());
    await screen.findByText('Request created');
    expect(sent(calls)).toEqual([
      {
        fileIds: [FILE_ID],
        templateId: null,
        signers: [{ email: 'signer@example.com', role: 'signer', order: null, verification: { kind: 'sms', phone: '+442079460958' }, password: null }],
        options: NO_OPTIONS,
      },
    ]);
  });

  it('sends a password request with exactly the expected payload', async () => {
    const { calls } = await openForm();
    fillPassword(' Tulip 42 ');
    fireEvent.click(sendButton());
    await screen.findByText('Request created');
    expect(sent(calls)).toEqual([
      {
        fileIds: [FILE_ID],
        templateId: null,
        signers: [{ email: 'hr@example.com', role: 'signer', order: null, verification: { kind: 'none' }, password: ' Tulip 42 ' }],
        options: NO_OPTIONS,
      },
    ]);
    expect(screen.getByText(/Give it to the signer another way/)).toBeTruthy();
  });

  it('shows "Sending…" and blocks a second click while the request is on its way', async () => {
    let release: () => void = () => undefined;
    const handlers: Handlers = {
      sendSignRequest: () => new Promise((resolve) => (release = () => resolve({ outcome: 'sent', request: summary() }))),
    };
    const { calls } = await openForm({ handlers });
    fillSms();
    fireEvent.click(sendButton());
    const busy = await screen.findByRole('button', { name: 'Sending…' });
    expect((busy as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('status').textContent).toMatch(/Sending/);
    fireEvent.submit(busy.closest('form')!);
    release();
    await screen.findByText('Request created');
    expect(sent(calls)).toHaveLength(1);
  });

  it('shows an error near the button and keeps everything typed, password included', async () => {
    let attempts = 0;
    const { calls } = await openForm({
      handlers: {
        sendSignRequest: () => {
          attempts += 1;
          if (attempts === 1) throw new MessageError({ message: 'Box is not answering right now. Try again in a minute.' });
          return { outcome: 'sent', request: summary() };
        },
      },
    });
    fillPassword('Kept-in-memory');
    fireEvent.click(sendButton());
    expect((await screen.findByRole('alert')).textContent).toBe('Box is not answering right now. Try again in a minute.');
    expect(emailInput().value).toBe('hr@example.com');
    expect(passwordInput().value).toBe('Kept-in-memory');

    fireEvent.click(sendButton());
    await screen.findByText('Request created');
    expect(sent(calls)).toHaveLength(2);
    expect(sent(calls)[1]).toEqual(sent(calls)[0]);
  });

  it('shows Box\'s refusal of a signer\'s phone number beside that field, and clears it once the number changes', async () => {
    const country = "Box cannot send text messages to phone numbers in the signer's country, so nothing was sent.";
    await openForm({ handlers: { sendSignRequest: () => { throw new MessageError({ message: country, code: 'bad_request', field: 'signers.0.verification' }); } } });
    fillSms('signer@example.com', '+98 912 123 4567');
    fireEvent.click(sendButton());
    await waitFor(() => expect(phoneInput().getAttribute('aria-invalid')).toBe('true'));
    const describedBy = (phoneInput().getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
    expect(describedBy.join(' ')).toContain(country);
    await waitFor(() => expect(document.activeElement).toBe(phoneInput()));
    // Beside the field, not repeated in the alert under the button.
    expect(screen.queryAllByRole('alert').map((a) => a.textContent)).not.toContain(country);
    expect(phoneInput().value).toContain('912');
    type(phoneInput(), '+1 415 555 2671');
    await waitFor(() => expect(phoneInput().getAttribute('aria-invalid')).toBeNull());
  });

  it('opens Box\'s preparation page on the company Box domain the user granted, and links it in the result', async () => {
    const opened: string[] = [];
    const prepareUrl = 'https://acme.box.com/sign/prepare/sr-1';
    const { deps } = popupDeps({ handlers: { sendSignRequest: () => ({ outcome: 'sent', request: summary({ status: 'created', prepareUrl, openUrl: 'https://acme.box.com/folder/555' }) }) } });
    render(<App {...deps} companyHosts={async () => ['acme.box.com']} openTab={(url) => void opened.push(url)} pollIntervalMs={5} />);
    await screen.findByText('NDA - Acme.pdf');
    fillSms();
    fireEvent.click(screen.getByRole('checkbox', { name: /Place the signature fields myself/ }));
    fireEvent.click(sendButton());
    // The result and the address rule are lazy modules (transformed on first import in a test): time on a busy machine.
    await screen.findByText(/Box opened the document in a new tab/, {}, { timeout: 3000 });
    expect(opened).toEqual([prepareUrl]);
    expect(screen.getByRole('link', { name: 'Prepare the document' }).getAttribute('href')).toBe(prepareUrl);
    expect(screen.getByRole('link', { name: 'Open in Box' }).getAttribute('href')).toBe('https://acme.box.com/folder/555');
  });

  it('reads the company Box hosts only once the form is shown (they matter to links only)', async () => {
    let formShown: boolean | undefined;
    const { deps } = popupDeps();
    const companyHosts = async () => {
      formShown = document.querySelector('input[type="email"]') !== null;
      return ['acme.box.com'];
    };
    render(<App {...deps} companyHosts={companyHosts} pollIntervalMs={5} />);
    await screen.findByText('NDA - Acme.pdf');
    await waitFor(() => expect(formShown).toBe(true));
  });

  it('says plainly when Box may or may not have created the request', async () => {
    const { calls } = await openForm({ handlers: { sendSignRequest: () => ({ outcome: 'unknown', externalId: 'secure-sign-x' }) } });
    fillSms();
    fireEvent.click(sendButton());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/may or may not have created it/);
    expect(alert.textContent).toMatch(/Nothing will be sent again automatically/);
    expect(alert.textContent).toMatch(/Sign/);
    await settle();
    expect(sent(calls)).toHaveLength(1);
  });

  it('treats losing the background mid-send (worker stopped) as an unknown outcome, not a "try again", and keeps the form', async () => {
    const { calls } = await openForm({
      handlers: {
        sendSignRequest: () => {
          throw new MessageError({ message: 'The extension could not be reached. Try again.', code: 'unreachable' });
        },
      },
    });
    fillPassword('Kept-after-stop');
    fireEvent.click(sendButton());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/may or may not have created it/);
    expect(alert.textContent).not.toMatch(/Try again/);
    fireEvent.click(screen.getByRole('button', { name: 'Back to the form' }));
    expect(emailInput().value).toBe('hr@example.com');
    expect(passwordInput().value).toBe('Kept-after-stop');
    expect(sent(calls)).toHaveLength(1);
  });
});

describe('popup: result', () => {
  it('shows the status in words, the signer and a safe "Open in Box" link', async () => {
    await openForm({ handlers: { sendSignRequest: () => ({ outcome: 'sent', request: summary({ status: 'sent' }) }) } });
    fillSms();
    fireEvent.click(sendButton());
    expect(await screen.findByText('Sent to the signer')).toBeTruthy();
    expect(screen.getByText('signer@example.com')).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Open in Box' });
    expect(link.getAttribute('href')).toBe('https://app.box.com/sign/sr-1');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(screen.queryByRole('link', { name: 'Prepare the document' })).toBeNull();
  });

  it('offers "Prepare the document" when Box gives a prepare URL', async () => {
    const request = summary({ status: 'created', prepareUrl: 'https://app.box.com/sign/prepare/sr-1' });
    await openForm({ handlers: { sendSignRequest: () => ({ outcome: 'sent', request }) } });
    fillSms();
    fireEvent.click(sendButton());
    const link = await screen.findByRole('link', { name: 'Prepare the document' });
    expect(link.getAttribute('href')).toBe('https://app.box.com/sign/prepare/sr-1');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(screen.getByText('Waiting for you to prepare the document')).toBeTruthy();
  });

  it('follows "converting" until Box has sent it, then stops asking', async () => {
    const statuses = ['converting', 'converting', 'sent'];
    const { calls } = await openForm({ handlers: { getSignRequest: ({ id }) => summary({ id, status: statuses.shift() ?? 'viewed' }) } });
    fillSms();
    fireEvent.click(sendButton());
    expect(await screen.findByText('Preparing the document')).toBeTruthy();
    expect(await screen.findByText('Sent to the signer')).toBeTruthy();
    await settle();
    expect(calls.filter((call) => call.type === 'getSignRequest')).toEqual([
      { type: 'getSignRequest', data: { id: 'sr-1' } },
      { type: 'getSignRequest', data: { id: 'sr-1' } },
      { type: 'getSignRequest', data: { id: 'sr-1' } },
    ]);
  });

  it('says, when Box cannot convert the file after creating the request, what happened and what to do', async () => {
    const statuses = ['converting', 'error_converting'];
    await openForm({ handlers: { getSignRequest: ({ id }) => summary({ id, status: statuses.shift() ?? 'error_converting' }) } });
    fillSms();
    fireEvent.click(sendButton());
    expect(await screen.findByText('Box could not convert the document')).toBeTruthy();
    expect(screen.getByText(/could not turn the file into a document to sign.*Change the file and send again/)).toBeTruthy();
  });

  it('goes back from error_converting to the form as it was sent, passwords included, and saves it as the draft again', async () => {
    const statuses = ['converting', 'error_converting'];
    const { calls, draftArea } = await openForm({ handlers: { getSignRequest: ({ id }) => summary({ id, status: statuses.shift() ?? 'error_converting' }) } });
    fillPassword('Kept-for-resend');
    fireEvent.click(sendButton());
    await screen.findByText('Box could not convert the document');
    fireEvent.click(screen.getByRole('button', { name: 'Edit and send again' }));
    expect(emailInput().value).toBe('hr@example.com');
    expect(passwordInput().value).toBe('Kept-for-resend');
    // The send cleared the stored draft; it is back, so closing the popup now loses nothing (but the password).
    await waitFor(() => expect(JSON.stringify(draftArea.dump())).toContain('hr@example.com'));
    expect(JSON.stringify(draftArea.dump())).not.toContain('Kept-for-resend');
    fireEvent.click(sendButton());
    await waitFor(() => expect(sent(calls)).toHaveLength(2));
    expect(sent(calls)[1]).toEqual(sent(calls)[0]);
  });

  it('stops polling when the popup closes', async () => {
    const { calls, view } = await openForm({ handlers: { getSignRequest: ({ id }) => summary({ id, status: 'converting' }) } });
    fillSms();
    fireEvent.click(sendButton());
    await screen.findByText('Preparing the document');
    const polls = () => calls.filter((call) => call.type === 'getSignRequest').length;
    await waitFor(() => expect(polls()).toBeGreaterThan(0)); // polling has started
    view.unmount();
    await settle(); // Preact runs effect cleanups after unmount returns
    const before = polls();
    await settle();
    expect(polls()).toBe(before);
  });

  it('gives up after about a minute of "converting"', async () => {
    const { calls } = await openForm({ handlers: { getSignRequest: ({ id }) => summary({ id, status: 'converting' }) } });
    fillSms();
    fireEvent.click(sendButton());
    const polls = () => calls.filter((call) => call.type === 'getSignRequest').length;
    await waitFor(() => expect(polls()).toBe(MAX_POLLS), { timeout: 2000 });
    await settle();
    expect(polls()).toBe(MAX_POLLS);
    expect(screen.getByText('Preparing the document')).toBeTruthy();
  });

  it('shows a status it does not know as Box wrote it', async () => {
    await openForm({ handlers: { sendSignRequest: () => ({ outcome: 'sent', request: summary({ status: 'awaiting_notary' }) }) } });
    fillSms();
    fireEvent.click(sendButton());
    expect(await screen.findByText('awaiting_notary')).toBeTruthy();
  });

  it('"Send another" starts a fresh form', async () => {
    await openForm();
    fillSms();
    fireEvent.click(sendButton());
    fireEvent.click(await screen.findByRole('button', { name: 'Send another' }));
    expect(emailInput().value).toBe('');
    expect(phoneInput().value).toBe('');
  });
});

describe('popup: drafts', () => {
  it('restores the draft for this page (drafts saved before files could be ticked too)', async () => {
    const draft = { [PAGE_DRAFT_KEY]: { email: 'back@example.com', method: 'sms', phone: '415 555 2671', requiredToView: false } };
    await openForm({ draft });
    expect(emailInput().value).toBe('back@example.com');
    expect(phoneInput().value).toBe('415 555 2671');
    expect((viewCheckbox() as HTMLInputElement).checked).toBe(false);
  });

  it('saves every change, keyed by page, and the restored draft survives a reopen', async () => {
    const { draftArea, view } = await openForm();
    fillSms('later@example.com', '020');
    fireEvent.click(screen.getByRole('radio', { name: 'Password' }));
    await settle();
    expect(draftArea.dump()).toEqual({
      draft: {
        [PAGE_DRAFT_KEY]: {
          ...storedDraft([{ email: 'later@example.com', method: 'password', phone: '020' }]),
          fileIds: [FILE_ID],
          pageFileIds: [FILE_ID],
        },
      },
    });

    view.unmount();
    render(<App {...popupDeps().deps} draftArea={draftArea} />);
    await screen.findByText('NDA - Acme.pdf');
    expect(emailInput().value).toBe('later@example.com');
    expect((screen.getByRole('radio', { name: 'Password' }) as HTMLInputElement).checked).toBe(true);
  });

  it('clears the draft once Box has the request', async () => {
    const { draftArea } = await openForm();
    fillSms();
    await settle();
    expect(draftArea.dump()).toHaveProperty(['draft', PAGE_DRAFT_KEY]);
    fireEvent.click(sendButton());
    await screen.findByText('Request created');
    // The page's draft is gone; it waits under the request only, for "Edit and send again" (Sent view).
    await waitFor(() => expect(Object.keys((draftArea.dump() as { draft: Record<string, unknown> }).draft)).toEqual(['sent:sr-1']));
  });

  it('never writes the password to any storage area, whether sent, failed or abandoned', async () => {
    const secret = 'Pa55-never-stored';
    let fail = true;
    const handlers: Handlers = {
      sendSignRequest: () => {
        if (fail) throw new MessageError({ message: 'Try again.' });
        return { outcome: 'sent', request: summary() };
      },
    };
    const { draftArea, settingsArea, view } = await openForm({ handlers });
    fillPassword(secret);
    fireEvent.blur(passwordInput());
    fireEvent.click(sendButton()); // fails: password stays in memory only
    await screen.findByRole('alert');
    type(emailInput(), 'other@example.com'); // a later draft save must not pick it up
    await settle();
    const stored = () => JSON.stringify([draftArea.dump(), settingsArea.dump()]);
    expect(stored()).toContain('other@example.com'); // the check can see what is stored…
    expect(stored()).not.toContain(secret); // …and the password is not there

    fail = false;
    fireEvent.click(sendButton());
    await screen.findByText('Request created');
    view.unmount();
    await settle();
    expect(stored()).not.toContain(secret);
  });
});
