import type { AuthState } from '../shared/messages';
import { useAction } from '../ui/useAction';
import type { Background } from './deps';

type Connected = Extract<AuthState, { connected: true }>;

export type ConnectedAccountProps = {
  auth: Connected;
  background: Background;
  onChange: (auth: AuthState) => void;
};

export function ConnectedAccount({ auth, background, onChange }: ConnectedAccountProps) {
  const { busy, error, run } = useAction();
  const disconnect = () => run(async () => onChange(await background('disconnect', {})));

  return (
    <div class="notice">
      <p>
        {auth.user ? (
          <>
            Connected as <strong>{auth.user.name}</strong> ({auth.user.login})
          </>
        ) : (
          'Connected to Box.'
        )}
      </p>
      <p>{auth.method === 'oauth' ? 'Connected with your Box app.' : 'Connected with a developer token.'}</p>
      {auth.method === 'developer_token' && auth.expiresAt !== null && <TokenExpiry expiresAt={auth.expiresAt} />}
      <div class="actions">
        <button type="button" onClick={() => void disconnect()} disabled={busy}>
          {busy ? 'Disconnecting…' : 'Disconnect'}
        </button>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** Developer tokens cannot be refreshed: say plainly when this one stops working. */
export function TokenExpiry({ expiresAt, now = Date.now() }: { expiresAt: number; now?: number }) {
  const minutes = Math.round((expiresAt - now) / 60_000);
  if (minutes <= 0) return <p class="error">This developer token has expired. Disconnect, then connect again.</p>;
  const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(expiresAt);
  return (
    <p>
      The token expires at {time} (in {minutes === 1 ? '1 minute' : `${minutes} minutes`}). For a lasting connection, connect
      with your Box app instead.
    </p>
  );
}
