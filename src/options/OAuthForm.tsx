// Connect with the user's own Box app (OAuth 2.0). The background opens Box's sign-in window;
// the client secret goes straight to it and is never kept by this page.
import { useState } from 'preact/hooks';
import type { AuthState } from '../shared/messages';
import { MessageError } from '../shared/messaging';
import { TextField } from '../ui/TextField';
import { useAction } from '../ui/useAction';
import type { Background } from './deps';
import { describedBy, FieldNotes } from './fields';

/** The Box app an organisation sets by policy: each value given is used as is and cannot be edited. */
export type ManagedApp = { clientId: string | null; clientSecret: string | null };

export type OAuthFormProps = {
  background: Background;
  redirectUri: string;
  onConnected: (auth: AuthState) => void;
  managed?: ManagedApp;
};

export function OAuthForm({ background, redirectUri, onConnected, managed }: OAuthFormProps) {
  const managedId = managed?.clientId ?? null;
  const managedSecret = managed?.clientSecret ?? null;
  const [typedId, setClientId] = useState('');
  const [typedSecret, setClientSecret] = useState('');
  const clientId = managedId ?? typedId;
  const clientSecret = managedSecret ?? typedSecret;
  const [missing, setMissing] = useState<{ id?: string; secret?: string }>({});
  const { busy, error, run } = useAction();

  const submit = (event: Event) => {
    event.preventDefault();
    const check = {
      ...(clientId.trim() ? {} : { id: 'Enter the client ID from your Box app.' }),
      ...(clientSecret.trim() ? {} : { secret: 'Enter the client secret from your Box app.' }),
    };
    setMissing(check);
    if (check.id || check.secret) return;
    void run(async () => {
      const auth = await background('connectOAuth', { clientId: clientId.trim(), clientSecret: clientSecret.trim() });
      if (!auth.connected) throw new MessageError({ message: 'Box did not confirm the connection. Try again.' });
      setClientSecret('');
      onConnected(auth);
    });
  };

  return (
    <form class="card" onSubmit={submit} noValidate aria-busy={busy}>
      <h3>Connect with your Box app</h3>
      <p class="hint">
        In the Box Developer Console, open your app's Configuration. Add this redirect URI:{' '}
        <code class="copyable">{redirectUri}</code> and tick the scopes <code>root_readwrite</code> (read and write all files
        and folders) and <code>sign_requests.readwrite</code> (manage signature requests).
      </p>
      {managedId === null ? (
        <TextField id="client-id" label="Client ID" value={typedId} onInput={setClientId} autoComplete="off" error={missing.id} />
      ) : (
        <div class="field">
          <label for="client-id">Client ID</label>
          <input id="client-id" type="text" value={managedId} disabled aria-describedby={describedBy('client-id', { locked: true })} />
          <FieldNotes id="client-id" locked />
        </div>
      )}
      {managedSecret === null ? (
        <TextField
          id="client-secret"
          label="Client secret"
          type="password"
          value={typedSecret}
          onInput={setClientSecret}
          autoComplete="off"
          error={missing.secret}
        />
      ) : (
        // Never put the organisation's secret into the page: it is sent to the background as is.
        <p class="hint">The client secret is provided by your organisation.</p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Connecting…' : 'Connect'}
        </button>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
