import { t } from '../shared/i18n';
import { tNodes } from '../ui/rich';
import type { AuthState } from '../shared/messages';
import { ActionButton } from '../ui/ActionButton';
import { ReconnectNotice } from '../ui/ReconnectNotice';
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
          tNodes('connectedAs', <strong>{auth.user.name}</strong>, auth.user.login)
        ) : (
          t('connectedToBox')
        )}
      </p>
      <p>{auth.method === 'oauth' ? t('connectedOAuth') : t('connectedDevToken')}</p>
      {auth.method === 'developer_token' && auth.expiresAt !== null && <TokenExpiry expiresAt={auth.expiresAt} />}
      <ReconnectNotice auth={auth} />
      <ActionButton busy={busy} error={error} label={t('disconnect')} busyLabel={t('disconnecting')} onClick={() => void disconnect()} />
    </div>
  );
}

/** Developer tokens cannot be refreshed: say plainly when this one stops working. */
export function TokenExpiry({ expiresAt, now = Date.now() }: { expiresAt: number; now?: number }) {
  const minutes = Math.round((expiresAt - now) / 60_000);
  if (minutes <= 0) return <p class="error">{t('tokenExpired')}</p>;
  const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(expiresAt);
  return <p>{minutes === 1 ? t('tokenExpiresOne', time) : t('tokenExpiresMany', time, minutes)}</p>;
}
