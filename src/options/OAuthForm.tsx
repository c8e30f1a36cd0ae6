// Connect with the user's own Box app (OAuth 2.0). The background opens Box's sign-in window;
// the client secret goes straight to it and is never kept by this page.
import { useState } from 'preact/hooks';
import type { AuthState } from '../shared/messages';
import { MessageError } from '../shared/messaging';
import { TextField } from '../ui/TextField';
import { useAction } from '../ui/useAction';
import type { Background } from './deps';

export type OAuthFormProps = { background: Background; redirectUri: string; onConnected: (auth: AuthState) => void };

export function OAuthForm({ background, redirectUri, onConnected }: OAuthFormProps) {
  const [clientId, setClientId] = useState('');
  const [clientSecret, setClientSecret] = useState('');
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
      <TextField id="client-id" label="Client ID" value={clientId} onInput={setClientId} autoComplete="off" error={missing.id} />
      <TextField
        id="client-secret"
        label="Client secret"
        type="password"
        value={clientSecret}
        onInput={setClientSecret}
        autoComplete="off"
        error={missing.secret}
      />
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
