// The complete sending form: several signers, options, templates, recent signers, preparation.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { SignTemplate } from '../../shared/messages';
import { memoryArea } from '../../shared/storage-area';
import { App } from '../App';
import { RECENT_KEY } from '../signers/recent';
import { FILE_ID, NO_OPTIONS, popupDeps, sent, summary, type PopupOptions } from '../popup.test-helpers';

afterEach(cleanup);

async function open(options: PopupOptions & { recent?: unknown } = {}) {
  const fake = popupDeps(options);
  const recentArea = memoryArea(options.recent === undefined ? {} : { [RECENT_KEY]: options.recent });
  const opened: string[] = [];
  const view = render(<App {...fake.deps} recentArea={recentArea} openTab={(url) => void opened.push(url)} pollIntervalMs={5} />);
  await screen.findByText('NDA - Acme.pdf');
  return { ...fake, recentArea, opened, view };
}
const type = (label: string | RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const click = (role: 'button' | 'radio' | 'checkbox', name: string | RegExp, within_: HTMLElement = document.body) =>
  fireEvent.click(within(within_).getByRole(role, { name }));
const send = () => fireEvent.click(screen.getByRole('button', { name: 'Send for signature' }));
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const group = (name: string) => screen.getByRole('group', { name });

async function twoSigners() {
  type('Signer email', 'ann@example.com');
  type('Phone number', '(415) 555-2671');
  click('button', 'Add signer');
  await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Signer 2 email')));
  type('Signer 2 email', 'bob@example.com');
  click('radio', 'Password', group('Signer 2'));
  type('Signer 2 password', 'Bob-secret-1');
}

describe('several signers', () => {
  it('numbers the labels, focuses the new row, and sends both in order with SMS and password', async () => {
    const { calls } = await open();
    await twoSigners();
    expect(screen.getByLabelText('Signer 1 email')).toBeTruthy();
    click('checkbox', 'Sign in order');
    expect((screen.getByLabelText('Signer 2 signing order') as HTMLInputElement).value).toBe('2');
    send();
    await screen.findByText('Request created');
    expect(sent(calls)).toEqual([
      {
        fileIds: [FILE_ID],
        templateId: null,
        signers: [
          { email: 'ann@example.com', role: 'signer', order: 1, verification: { kind: 'sms', phone: '+14155552671' }, password: null },
          { email: 'bob@example.com', role: 'signer', order: 2, verification: { kind: 'none' }, password: 'Bob-secret-1' },
        ],
        options: { ...NO_OPTIONS, requirePhoneToView: true },
      },
    ]);
  });

  it('roles, Box login with a password on top, and removing a row', async () => {
    const { calls } = await open();
    await twoSigners();
    click('button', 'Add signer');
    type('Signer 3 email', 'legal@example.com');
    fireEvent.change(screen.getByLabelText('Signer 3 role'), { target: { value: 'final_copy_reader' } });
    click('radio', 'Box login', group('Signer 1'));
    click('checkbox', 'Also ask signer 1 for a password');
    type('Signer 1 password', 'Ann-pw');
    click('button', 'Remove signer 2');
    send();
    await screen.findByText('Request created');
    expect((sent(calls)[0] as { signers: unknown }).signers).toEqual([
      { email: 'ann@example.com', role: 'signer', order: null, verification: { kind: 'login' }, password: 'Ann-pw' },
      { email: 'legal@example.com', role: 'final_copy_reader', order: null, verification: { kind: 'none' }, password: null },
    ]);
  });

  it('puts each error beside its row and sends nothing', async () => {
    const { calls } = await open();
    await twoSigners();
    type('Signer 2 email', 'ANN@example.com');
    type('Signer 2 password', '');
    send();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Signer 2 password')));
    expect(screen.getByLabelText('Signer 2 password').getAttribute('aria-invalid')).toBe('true');
    type('Signer 2 password', 'x');
    send();
    await waitFor(() => expect(screen.getByLabelText('Signer 2 email').getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('signer-2-email-error')?.textContent).toMatch(/already in the list/);
    await settle();
    expect(sent(calls)).toEqual([]);
  });

  it('keeps every signer but no password in the draft, and restores them on reopening', async () => {
    const { draftArea, view } = await open();
    await twoSigners();
    click('checkbox', 'Sign in order');
    await settle();
    expect(JSON.stringify(draftArea.dump())).not.toContain('Bob-secret-1');
    view.unmount();
    render(<App {...popupDeps().deps} draftArea={draftArea} />);
    await screen.findByText('NDA - Acme.pdf');
    expect((screen.getByLabelText('Signer 2 email') as HTMLInputElement).value).toBe('bob@example.com');
    expect((screen.getByLabelText('Signer 1 phone number') as HTMLInputElement).value).toBe('(415) 555-2671');
    expect((within(group('Signer 2')).getByRole('radio', { name: 'Password' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Signer 2 password') as HTMLInputElement).value).toBe('');
    expect((screen.getByRole('checkbox', { name: 'Sign in order' }) as HTMLInputElement).checked).toBe(true);
  });
});

describe('options', () => {
  it('starts closed with the defaults from the settings, and sends every option', async () => {
    const settings = { version: 2, defaultParentFolderId: '111111111', emailSubject: 'Please sign', daysValid: 30, remindersEnabled: true, defaultMethod: 'none' };
    const { calls } = await open({ settings });
    const details = screen.getByText(/^Options/).closest('details')!;
    expect(details.open).toBe(false);
    expect(screen.getByText('Options (4 set)')).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'None' }) as HTMLInputElement).checked).toBe(true);
    type('Signer email', 'ann@example.com');
    type('Request name', 'NDA - Acme');
    type('Email message', 'Thanks!');
    fireEvent.change(screen.getByLabelText('Signature colour'), { target: { value: 'black' } });
    click('checkbox', /Place the signature fields myself/);
    send();
    await screen.findByText('Request created');
    expect((sent(calls)[0] as { options: unknown }).options).toEqual({
      prepare: true,
      parentFolderId: '111111111',
      emailSubject: 'Please sign',
      emailMessage: 'Thanks!',
      daysValid: 30,
      remindersEnabled: true,
      signatureColor: 'black',
      name: 'NDA - Acme',
      requirePhoneToView: false,
    });
  });

  it('refuses the root folder beside the field, opening the section', async () => {
    const { calls } = await open({ settings: { version: 2, defaultParentFolderId: '111' } });
    type('Signer email', 'ann@example.com');
    type('Phone number', '(415) 555-2671');
    type('Folder for the signed copy', 'https://app.box.com/folder/0');
    fireEvent.click(screen.getByText(/^Options/)); // close it again
    send();
    const folder = screen.getByLabelText('Folder for the signed copy');
    await waitFor(() => expect(document.activeElement).toBe(folder));
    expect(folder.closest('details')!.open).toBe(true);
    expect(document.getElementById('option-folder-error')?.textContent).toMatch(/root folder/);
    await settle();
    expect(sent(calls)).toEqual([]);
  });

  it('opens the preparation page in a new tab after sending, and links it', async () => {
    const prepareUrl = 'https://app.box.com/sign/document/sr-1/abc/prepare_doc/';
    const { opened } = await open({ handlers: { sendSignRequest: () => ({ outcome: 'sent', request: summary({ status: 'created', prepareUrl }) }) } });
    type('Signer email', 'ann@example.com');
    type('Phone number', '(415) 555-2671');
    click('checkbox', /Place the signature fields myself/);
    send();
    await screen.findByText(/Box opened the document in a new tab/);
    expect(opened).toEqual([prepareUrl]);
    expect(screen.getByRole('link', { name: 'Prepare the document' }).getAttribute('href')).toBe(prepareUrl);
  });
});

describe('the result', () => {
  it('lists the recipients with roles, the sender as "You"', async () => {
    await open();
    type('Signer email', 'signer@example.com');
    type('Phone number', '(415) 555-2671');
    send();
    await screen.findByText('Request created');
    const list = document.querySelector('ul.recipients')!;
    expect(list.textContent).toContain('You (copy of the signed document)');
    expect(list.textContent).toContain('signer@example.com Signer, SMS code');
  });
});

describe('recent signers', () => {
  it('suggests recent emails and phones, fills the phone of a picked email, remembers after sending, and forgets', async () => {
    const recent = [{ email: 'kim@example.com', phone: '+14155552671' }];
    const { recentArea } = await open({ recent });
    // The suggestions come with their store, a moment after the form.
    await waitFor(() => expect(document.querySelector('#recent-emails option')?.getAttribute('value')).toBe('kim@example.com'));
    type('Signer email', 'kim@example.com');
    expect((screen.getByLabelText('Phone number') as HTMLInputElement).value).toBe('+14155552671');
    click('checkbox', 'Also ask for a password');
    fireEvent.input(screen.getByLabelText('Password', { selector: 'input[name="signer-password"]' }), { target: { value: 'never-in-recent' } });
    send();
    await screen.findByText('Request created');
    await settle();
    expect(recentArea.dump()).toEqual({ [RECENT_KEY]: [{ email: 'kim@example.com', phone: '+14155552671' }] });
    fireEvent.click(screen.getByRole('button', { name: 'Send another' }));
    click('button', 'Forget recent signers');
    await settle();
    expect(recentArea.dump()).toEqual({});
    expect(document.querySelector('#recent-emails option')).toBeNull();
  });
});

describe('templates', () => {
  const template: SignTemplate = {
    id: 'f2ec720d-47a6-4052-8210-9bfa8d6c349c',
    name: 'Mutual NDA',
    signers: [
      { email: null, label: 'Client', role: 'signer', order: 1, phoneRequired: true, passwordRequired: false, loginRequired: false },
      { email: 'legal@acme.example', label: 'Legal', role: 'approver', order: 2, phoneRequired: false, passwordRequired: true, loginRequired: false },
    ],
    fileNames: ['Mutual NDA.pdf'],
    locks: { recipients: true, options: false, emailSettings: true, files: true },
    nonEditable: ['signers', 'email_subject', 'email_message', 'source_files'],
    emailSubject: 'NDA from Acme',
    emailMessage: null,
    daysValid: 14,
  };

  it('loads templates when Options opens, fills the form from the chosen one, and sends template_id without files', async () => {
    const { calls } = await open({ handlers: { listTemplates: () => ({ templates: [template], more: false }) } });
    expect(calls.some((c) => c.type === 'listTemplates')).toBe(false);
    fireEvent.click(screen.getByText(/^Options/));
    const choice = await screen.findByRole('option', { name: 'Mutual NDA' });
    fireEvent.change(choice.closest('select')!, { target: { value: template.id } });
    await screen.findByText('Documents of the template "Mutual NDA"');
    expect((screen.getByLabelText('Signer 2 email') as HTMLInputElement).readOnly).toBe(true);
    expect(screen.queryByRole('button', { name: 'Add signer' })).toBeNull();
    expect((screen.getByLabelText('Email subject') as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByLabelText('Email subject') as HTMLInputElement).value).toBe('NDA from Acme');
    expect(screen.getByText(/template's own password is used for legal@acme.example/)).toBeTruthy();

    send(); // the placeholder is empty
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Signer 1 email')));
    type('Signer 1 email', 'client@example.com');
    type('Signer 1 phone number', '+1 415 555 2671');
    send();
    await screen.findByText('Request created');
    expect(sent(calls)).toEqual([
      {
        fileIds: [],
        templateId: template.id,
        signers: [
          { email: 'client@example.com', role: 'signer', order: null, verification: { kind: 'sms', phone: '+14155552671' }, password: null },
          { email: 'legal@acme.example', role: 'approver', order: null, verification: { kind: 'none' }, password: null },
        ],
        options: { ...NO_OPTIONS, requirePhoneToView: true },
      },
    ]);
  });

  it('says so when the templates cannot be loaded, and tries again', async () => {
    let fail = true;
    await open({
      handlers: {
        listTemplates: () => {
          if (fail) throw new Error('offline');
          return { templates: [template], more: false };
        },
      },
    });
    fireEvent.click(screen.getByText(/^Options/));
    await screen.findByRole('button', { name: 'Try again' });
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('option', { name: 'Mutual NDA' })).toBeTruthy();
  });
});
