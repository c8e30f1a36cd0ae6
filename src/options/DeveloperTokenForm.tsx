// A developer token from the Box Developer Console: quick to try, but it stops after 60 minutes
// and cannot be refreshed, so it is offered second.
import { useState } from 'preact/hooks';
import type { AuthState } from '../shared/messages';
import { MessageError } from '../shared/messaging';
import { TextField } from '../ui/TextField';
import { useAction } from '../ui/useAction';
import type { Background } from './deps';

export type DeveloperTokenFormProps = { background: Background; onConnected: (auth: AuthState) => void };

export function DeveloperTokenForm({ background, onConnected }: DeveloperTokenFormProps) {
  const [token, setToken] = useState('');
  const [missing, setMissing] = useState<string | undefined>(undefined);
  const { busy, error, run } = useAction();

  const submit = (event: Event) => {
    event.preventDefault();
    if (!token.trim()) return setMissing('Paste the developer token from your Box app.');
    setMissing(undefined);
    void run(async () => {
      const auth = await background('connectDeveloperToken', { token: token.trim() });
      if (!auth.connected) throw new MessageError({ message: 'Box did not confirm the connection. Try again.' });
      setToken('');
      onConnected(auth);
    });
  };

  return (
    <form class="card" onSubmit={submit} noValidate aria-busy={busy}>
      <h3>Use a developer token (for trying it out, lasts 60 minutes)</h3>
      <p class="hint">In the Box Developer Console, open your app's Configuration and click "Generate Developer Token".</p>
      <TextField id="developer-token" label="Developer token" type="password" value={token} onInput={setToken} autoComplete="off" error={missing} />
      <div class="actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Checking…' : 'Use token'}
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
