import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuthState } from '../shared/messages';
import { MessageError } from '../platform/messaging';
import { DEFAULT_SETTINGS, ROOT_FOLDER_MESSAGE } from '../shared/settings';
import { hmacProver, newProofKey } from '../platform/settings-prover';
import { guardedSettingsArea } from '../ui/settings-guard';
import { memoryArea } from '../shared/storage-area';
import { fakeBackground, type Handlers } from '../popup/popup.test-helpers';
import { OptionsApp } from './App';
import { TokenExpiry } from './ConnectedAccount';

afterEach(cleanup);

const REDIRECT = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';
const ada: AuthState = { connected: true, method: 'oauth', user: { id: '7', name: 'Ada Lovelace', login: 'ada@example.com' }, expiresAt: null };

function open(handlers: Handlers = {}, stored: Record<string, unknown> = {}, managed: unknown = {}) {
  const { background, calls } = fakeBackground({ getAuthState: () => ({ connected: false }), ...handlers });
  const settingsArea = memoryArea(stored);
  render(<OptionsApp background={background} settingsArea={settingsArea} readManaged={async () => managed} redirectUri={REDIRECT} requestNotifications={async () => true} />);
  return { calls, settingsArea };
}

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('options: Box connection', () => {
  it('shows the redirect URI and scopes to register when not connected', async () => {
    open();
    await screen.findByRole('heading', { name: 'Connect with your Box app' });
    expect(screen.getByText(REDIRECT)).toBeTruthy();
    // The store version's ID is not the development one: the page says to register what it shows.
    expect(screen.getByText(/register the one shown here/)).toBeTruthy();
    expect(screen.getByText('root_readwrite')).toBeTruthy();
    expect(screen.getByText('sign_requests.readwrite')).toBeTruthy();
    expect((screen.getByLabelText('Client secret') as HTMLInputElement).type).toBe('password');
  });

  it('connects with a developer token and shows who is connected', async () => {
    const { calls } = open({
      connectDeveloperToken: () => ({ connected: true, method: 'developer_token', user: ada.connected ? ada.user : null, expiresAt: Date.now() + 42 * 60_000 }),
    });
    await screen.findByLabelText('Developer token');
    type('Developer token', '  dev-token-123 ');
    fireEvent.click(screen.getByRole('button', { name: 'Use token' }));
    expect(await screen.findByText('Ada Lovelace')).toBeTruthy();
    expect(calls).toContainEqual({ type: 'connectDeveloperToken', data: { token: 'dev-token-123' } });
    expect(screen.getByText(/Connected with a developer token/)).toBeTruthy();
    expect(screen.getByText(/in 42 minutes/)).toBeTruthy();
  });

  it('connects with OAuth, passing the client ID and secret to the background', async () => {
    const { calls, settingsArea } = open({ connectOAuth: () => ada });
    await screen.findByLabelText('Client ID');
    type('Client ID', 'abc123');
    type('Client secret', 's3cr3t');
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByText('Ada Lovelace')).toBeTruthy();
    expect(screen.getByText(/ada@example.com/)).toBeTruthy();
    expect(calls).toContainEqual({ type: 'connectOAuth', data: { clientId: 'abc123', clientSecret: 's3cr3t' } });
    expect(JSON.stringify(await settingsArea.get(['settings']))).not.toContain('s3cr3t');
  });

  it('asks for missing fields instead of calling the background', async () => {
    const { calls } = open();
    await screen.findByLabelText('Client ID');
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    fireEvent.click(screen.getByRole('button', { name: 'Use token' }));
    expect(await screen.findByText('Enter the client ID from your Box app.')).toBeTruthy();
    expect(screen.getByText('Enter the client secret from your Box app.')).toBeTruthy();
    expect(screen.getByText('Paste the developer token from your Box app.')).toBeTruthy();
    expect(screen.getByLabelText('Client ID').getAttribute('aria-invalid')).toBe('true');
    expect(calls.map((call) => call.type)).toEqual(['getAuthState']);
  });

  it('shows a failed connection in plain words beside the form and keeps the fields', async () => {
    open({
      connectOAuth: () => {
        throw new MessageError({ message: 'Box refused the client ID or secret. Check them in your Box app.' });
      },
    });
    await screen.findByLabelText('Client ID');
    type('Client ID', 'abc123');
    type('Client secret', 'wrong');
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Box refused the client ID or secret. Check them in your Box app.');
    expect((screen.getByLabelText('Client ID') as HTMLInputElement).value).toBe('abc123');
  });

  it('warns a week before the Box connection lapses', async () => {
    open({ getAuthState: () => ({ ...ada, refreshExpiresAt: Date.now() + 3 * 24 * 60 * 60_000 }) });
    expect((await screen.findByText(/Reconnect before/)).getAttribute('role')).toBe('status');
  });

  it('shows the connected user and disconnects', async () => {
    const { calls } = open({ getAuthState: () => ada, disconnect: () => ({ connected: false }) });
    expect(await screen.findByText('Ada Lovelace')).toBeTruthy();
    expect(screen.getByText(/Connected with your Box app/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Disconnect' }));
    expect(await screen.findByLabelText('Developer token')).toBeTruthy();
    expect(calls.map((call) => call.type)).toEqual(['getAuthState', 'disconnect']);
  });
});

describe('options: TokenExpiry', () => {
  it('says when a developer token has expired', () => {
    render(<TokenExpiry expiresAt={1_000} now={2_000} />);
    expect(screen.getByText(/has expired/)).toBeTruthy();
  });
});

describe('options: Box app set by the organisation', () => {
  it('pre-fills and locks a client ID set by policy, and sends it with the secret the user types', async () => {
    const { calls } = open({ connectOAuth: () => ada }, {}, { clientId: 'org-app-id' });
    const id = (await screen.findByLabelText('Client ID')) as HTMLInputElement;
    expect(id.value).toBe('org-app-id');
    expect(id.disabled).toBe(true);
    expect(document.getElementById(id.getAttribute('aria-describedby')!)?.textContent).toBe('Set by your organisation');
    type('Client secret', 's3cr3t');
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByText('Ada Lovelace')).toBeTruthy();
    expect(calls).toContainEqual({ type: 'connectOAuth', data: { clientId: 'org-app-id', clientSecret: 's3cr3t' } });
  });

  it('uses a client secret set by policy without showing it', async () => {
    const { calls } = open({ connectOAuth: () => ada }, {}, { clientId: 'org-app-id', clientSecret: 'org-secret' });
    await screen.findByLabelText('Client ID');
    expect(screen.queryByLabelText('Client secret')).toBeNull();
    expect(screen.getByText('The client secret is provided by your organisation.')).toBeTruthy();
    expect(document.body.innerHTML).not.toContain('org-secret');
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByText('Ada Lovelace')).toBeTruthy();
    expect(calls).toContainEqual({ type: 'connectOAuth', data: { clientId: 'org-app-id', clientSecret: 'org-secret' } });
  });

  it('says the organisation manages the extension, where its Box is, and which policy values it ignored', async () => {
    open({}, {}, { enterpriseSubdomain: 'acme', verifiedEnterprise: true, daysValid: 5000 });
    expect(await screen.findByText(/Managed by your organisation/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'acme.ent.box.com' }).getAttribute('href')).toBe('https://acme.ent.box.com');
    expect(screen.getByText(/values this version cannot use, so they are ignored: daysValid/)).toBeTruthy();
  });

  it('lists the rules the organisation enforces, their ignored values, and a policy that leaves no method', async () => {
    open({}, {}, { allowedMethods: ['fax'], classificationRules: { Confidential: { methods: ['sms'], requirePassword: true } }, internalDomains: ['acme.com', 'not a domain'] });
    expect(await screen.findByText(/Rules your organisation enforces/)).toBeTruthy();
    expect(screen.getByText(/Confidential: SMS code \+ a password/)).toBeTruthy();
    expect(screen.getByText(/ignored: allowedMethods\[0\], internalDomains\[1\]/)).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/allows no verification method, so nothing can be sent/);
  });

  it('reports a policy that leaves external signers no method', async () => {
    open({}, {}, { allowedMethods: ['login'], externalMethods: ['sms'], internalDomains: ['acme.com'] });
    expect((await screen.findByRole('alert')).textContent).toMatch(/no verification method for signers outside its domains/);
  });

  it('shows no organisation notice without a policy, nor when reading it fails', async () => {
    const { background } = fakeBackground({ getAuthState: () => ({ connected: false }) });
    render(
      <OptionsApp background={background} settingsArea={memoryArea()} readManaged={() => Promise.reject(new Error('no policy'))} redirectUri={REDIRECT} requestNotifications={async () => true} />,
    );
    await screen.findByLabelText('Client ID');
    expect(screen.queryByText(/Managed by your organisation/)).toBeNull();
    expect((screen.getByLabelText('Client ID') as HTMLInputElement).disabled).toBe(false);
  });
});

const stored = async (area: { get(key: string): Promise<Record<string, unknown>> }) => (await area.get('settings'))['settings'];
const commit = (label: string, value: string) => {
  const input = screen.getByLabelText(label);
  fireEvent.input(input, { target: { value } });
  fireEvent.change(input, { target: { value } });
};
const errorOf = (label: string) => {
  const ids = screen.getByLabelText(label).getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('error'))?.textContent ?? null;
};

describe('options: defaults for new requests', () => {
  it('uses the safe verification defaults when the stored ones cannot be confirmed here, and says why', async () => {
    // Planted by a content script (Firefox) or chosen on another computer (Chrome Sync): no proof from this profile.
    const key = await newProofKey();
    const sync = memoryArea({ settings: { version: 2, defaultMethod: 'none', requirePhoneToView: false, defaultCountry: 'GB' } });
    const settingsArea = guardedSettingsArea(sync, hmacProver(async () => key));
    render(<OptionsApp background={fakeBackground({ getAuthState: () => ({ connected: false }) }).background} settingsArea={settingsArea} readManaged={async () => ({})} redirectUri={REDIRECT} requestNotifications={async () => true} />);
    expect(await screen.findByText(/this computer cannot confirm them/)).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'SMS code' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Require the SMS code before viewing by default' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Default country for phone numbers') as HTMLSelectElement).value).toBe('GB');
  });

  it('offers only the default methods the organisation allows, and says so when the user’s own default is not one', async () => {
    open({}, { settings: { version: 2, defaultMethod: 'none' } }, { allowedMethods: ['login', 'sms', 'none'], requirePassword: true });
    const group = await screen.findByRole('group', { name: 'Default verification' });
    const methods = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((radio) => radio.value);
    expect(methods).toEqual(['sms', 'login']); // the page's order; none drops out with a password for everyone
    expect((screen.getByRole('radio', { name: 'Box sign-in' }) as HTMLInputElement).checked).toBe(true);
    const note = 'Your default, “None (the emailed link only)”, is not allowed by your organisation: new signers start with “Box sign-in”.';
    expect(screen.getByText(note)).toBeTruthy();
    expect(group.getAttribute('aria-describedby')).toContain('default-method-warning');

    // No note while the user's default is allowed, nor when the organisation sets the default itself.
    cleanup();
    open({}, { settings: { version: 2, defaultMethod: 'sms' } }, { allowedMethods: ['sms', 'login'] });
    await screen.findByRole('group', { name: 'Default verification' });
    expect(screen.queryByText(/is not allowed by your organisation/)).toBeNull();
    cleanup();
    open({}, { settings: { version: 2, defaultMethod: 'none' } }, { allowedMethods: ['sms'], defaultMethod: 'sms' });
    await screen.findByRole('group', { name: 'Default verification' });
    expect(screen.queryByText(/is not allowed by your organisation/)).toBeNull();
  });

  it('shows stored version-1 preferences after migrating them, with the new fields at their defaults', async () => {
    open({}, { settings: { version: 1, defaultCountry: 'GB', defaultMethod: 'password', requirePhoneToView: false } });
    await screen.findByRole('heading', { name: 'Defaults for new requests' });
    const country = screen.getByLabelText('Default country for phone numbers') as HTMLSelectElement;
    expect(country.value).toBe('GB');
    expect(country.selectedOptions[0]?.textContent).toBe('United Kingdom (+44)');
    expect((screen.getByRole('radio', { name: 'Password' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Require the SMS code before viewing by default' }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText('Folder for signed documents') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Days before an unsigned request expires') as HTMLInputElement).value).toBe('');
    expect((screen.getByRole('checkbox', { name: 'Remind signers who have not signed' }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('checkbox', { name: 'Notify me when a request is finished' }) as HTMLInputElement).checked).toBe(false);
  });

  it('saves each change to the sync area, storing only what differs from the defaults, and confirms it', async () => {
    const { settingsArea } = open();
    const country = (await screen.findByLabelText('Default country for phone numbers')) as HTMLSelectElement;
    expect(country.options.length).toBeGreaterThan(200);
    fireEvent.change(country, { target: { value: 'DE' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Box sign-in' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Require the SMS code before viewing by default' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Remind signers who have not signed' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Notify me when a request is finished' }));
    commit('Email subject', '  Please sign  ');
    commit('Email message', 'Hello,\n\nplease sign.');
    commit('Days before an unsigned request expires', '30');
    commit('Folder for signed documents', '123456789');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    await settle();
    expect(await stored(settingsArea)).toEqual({
      version: 2,
      defaultCountry: 'DE',
      defaultMethod: 'login',
      requirePhoneToView: false,
      remindersEnabled: true,
      notifyOnFinish: true,
      emailSubject: 'Please sign',
      emailMessage: 'Hello,\n\nplease sign.',
      daysValid: 30,
      defaultParentFolderId: '123456789',
    });
    expect((screen.getByLabelText('Email subject') as HTMLInputElement).value).toBe('Please sign');
  });

  it('drops a field from storage when it is set back to its default', async () => {
    const { settingsArea } = open({}, { settings: { version: 2, emailSubject: 'Sign me', daysValid: 7 } });
    expect(((await screen.findByLabelText('Email subject')) as HTMLInputElement).value).toBe('Sign me');
    commit('Email subject', '   ');
    commit('Days before an unsigned request expires', '');
    await waitFor(async () => expect(await stored(settingsArea)).toEqual({ version: 2 }));
  });

  it('refuses the root folder beside the field, with the reason, and saves nothing', async () => {
    const { settingsArea } = open();
    await screen.findByLabelText('Folder for signed documents');
    commit('Folder for signed documents', '0');
    await waitFor(() => expect(errorOf('Folder for signed documents')).toBe(ROOT_FOLDER_MESSAGE));
    expect(screen.getByLabelText('Folder for signed documents').getAttribute('aria-invalid')).toBe('true');
    await settle();
    expect(await stored(settingsArea)).toBeUndefined();
    // Typing again clears the error; a folder link is taken for its ID.
    commit('Folder for signed documents', 'https://acme.app.box.com/folder/987654321');
    await waitFor(() => expect(errorOf('Folder for signed documents')).toBeNull());
    await waitFor(async () => expect(await stored(settingsArea)).toEqual({ version: 2, defaultParentFolderId: '987654321' }));
    expect((screen.getByLabelText('Folder for signed documents') as HTMLInputElement).value).toBe('987654321');
  });

  it('explains invalid days and subjects, and keeps what was saved before', async () => {
    const { settingsArea } = open({}, { settings: { version: 2, daysValid: 10 } });
    await screen.findByLabelText('Days before an unsigned request expires');
    commit('Days before an unsigned request expires', '731');
    await waitFor(() => expect(errorOf('Days before an unsigned request expires')).toBe('Box allows at most 730 days.'));
    commit('Days before an unsigned request expires', 'two weeks');
    await waitFor(() => expect(errorOf('Days before an unsigned request expires')).toBe('Enter a whole number of days from 0 to 730.'));
    commit('Email subject', 'x'.repeat(256));
    await waitFor(() => expect(errorOf('Email subject')).toBe('Keep the subject to 255 characters.'));
    await settle();
    expect(await stored(settingsArea)).toEqual({ version: 2, daysValid: 10 });
  });

  it('saves a text field on Enter', async () => {
    const { settingsArea } = open();
    const days = await screen.findByLabelText('Days before an unsigned request expires');
    fireEvent.input(days, { target: { value: '14' } });
    fireEvent.keyDown(days, { key: 'Enter' });
    await waitFor(async () => expect(await stored(settingsArea)).toEqual({ version: 2, daysValid: 14 }));
  });

  it('shows values the organisation sets, locked, and keeps the user’s own underneath', async () => {
    const user = { version: 2, defaultMethod: 'password', daysValid: 10, emailSubject: 'Mine' };
    const policy = { defaultMethod: 'sms', daysValid: 30, remindersEnabled: true, emailSubject: '' };
    const { settingsArea } = open({}, { settings: user }, policy);
    await screen.findByRole('heading', { name: 'Defaults for new requests' });

    const sms = screen.getByRole('radio', { name: 'SMS code' }) as HTMLInputElement;
    expect(sms.checked).toBe(true);
    expect((sms.closest('fieldset') as HTMLFieldSetElement).disabled).toBe(true);
    const days = screen.getByLabelText('Days before an unsigned request expires') as HTMLInputElement;
    expect(days.value).toBe('30');
    expect(days.disabled).toBe(true);
    const subject = screen.getByLabelText('Email subject') as HTMLInputElement;
    expect(subject.value).toBe('');
    expect(subject.disabled).toBe(true);
    const reminders = screen.getByRole('checkbox', { name: 'Remind signers who have not signed' }) as HTMLInputElement;
    expect(reminders.checked).toBe(true);
    expect(reminders.disabled).toBe(true);
    expect(screen.getAllByText('Set by your organisation')).toHaveLength(4);
    // Each lock note describes its control, so screen readers say why it cannot be changed.
    for (const control of [days, subject, reminders]) {
      const notes = control.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent);
      expect(notes).toContain('Set by your organisation');
    }
    // Unlocked fields still work, and saving writes the user's values, not the organisation's.
    expect((screen.getByLabelText('Folder for signed documents') as HTMLInputElement).disabled).toBe(false);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Notify me when a request is finished' }));
    await waitFor(async () => expect(await stored(settingsArea)).toEqual({ ...user, notifyOnFinish: true }));
  });

  it('asks the browser for notifications before turning them on, and keeps them off if refused', async () => {
    const { background } = fakeBackground({ getAuthState: () => ({ connected: false }) });
    const area = memoryArea();
    const asked: boolean[] = [];
    render(<OptionsApp background={background} settingsArea={area} readManaged={async () => ({})} redirectUri={REDIRECT} requestNotifications={async () => (asked.push(true), false)} />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Notify me when a request is finished' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The browser did not allow notifications, so they stay off.');
    expect(asked).toHaveLength(1);
    await settle();
    expect((await stored(area)) ?? {}).not.toHaveProperty('notifyOnFinish');
  });

  it('says so when saving fails', async () => {
    const { background } = fakeBackground({ getAuthState: () => ({ connected: false }) });
    const area = { ...memoryArea(), set: () => Promise.reject(new Error('QUOTA_BYTES_PER_ITEM quota exceeded')) };
    render(<OptionsApp background={background} settingsArea={area} readManaged={async () => ({})} redirectUri={REDIRECT} requestNotifications={async () => true} />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Notify me when a request is finished' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Your defaults could not be saved. Try again.');
  });

  it('starts from the defaults when the sync area cannot be read', async () => {
    const { background } = fakeBackground({ getAuthState: () => ({ connected: false }) });
    const area = { ...memoryArea(), get: () => Promise.reject(new Error('sync unavailable')) };
    render(<OptionsApp background={background} settingsArea={area} readManaged={async () => ({})} redirectUri={REDIRECT} requestNotifications={async () => true} />);
    const country = (await screen.findByLabelText('Default country for phone numbers')) as HTMLSelectElement;
    expect(country.value).toBe(DEFAULT_SETTINGS.defaultCountry);
  });
});
