import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuthState } from '../shared/messages';
import { MessageError } from '../shared/messaging';
import { readSettings } from '../shared/settings';
import { memoryArea } from '../shared/storage-area';
import { fakeBackground, type Handlers } from '../popup/test-helpers';
import { OptionsApp } from './App';
import { TokenExpiry } from './ConnectedAccount';

afterEach(cleanup);

const REDIRECT = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';
const ada: AuthState = { connected: true, method: 'oauth', user: { id: '7', name: 'Ada Lovelace', login: 'ada@example.com' }, expiresAt: null };

function open(handlers: Handlers = {}, stored: Record<string, unknown> = {}) {
  const { background, calls } = fakeBackground({ getAuthState: () => ({ connected: false }), ...handlers });
  const settingsArea = memoryArea(stored);
  render(<OptionsApp background={background} settingsArea={settingsArea} redirectUri={REDIRECT} />);
  return { calls, settingsArea };
}

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('options: Box connection', () => {
  it('shows the redirect URI and scopes to register when not connected', async () => {
    open();
    await screen.findByRole('heading', { name: 'Connect with your Box app' });
    expect(screen.getByText(REDIRECT)).toBeTruthy();
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

describe('options: preferences', () => {
  it('shows the stored preferences', async () => {
    open({}, { settings: { version: 1, defaultCountry: 'GB', defaultMethod: 'password', requirePhoneToView: false } });
    const country = (await screen.findByLabelText('Default country for phone numbers')) as HTMLSelectElement;
    expect(country.value).toBe('GB');
    expect(country.selectedOptions[0]?.textContent).toBe('United Kingdom (+44)');
    expect((screen.getByRole('radio', { name: 'Password' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Require the SMS code before viewing by default' }) as HTMLInputElement).checked).toBe(false);
  });

  it('saves each change to the sync area and confirms it', async () => {
    const { settingsArea } = open();
    const country = (await screen.findByLabelText('Default country for phone numbers')) as HTMLSelectElement;
    expect(country.options.length).toBeGreaterThan(200);
    fireEvent.change(country, { target: { value: 'DE' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Password' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Require the SMS code before viewing by default' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    await settle();
    const stored = (await settingsArea.get('settings'))['settings'];
    expect(stored).toEqual({ version: 2, defaultCountry: 'DE', defaultMethod: 'password', requirePhoneToView: false });
    expect(readSettings(stored)).toMatchObject({ defaultCountry: "DE", defaultMethod: "password", requirePhoneToView: false });
  });
});
