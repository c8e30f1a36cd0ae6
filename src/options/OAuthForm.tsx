// Connect with the user's own Box app (OAuth 2.0). The background opens Box's sign-in window;
// the client secret goes straight to it and is never kept by this page.
import { t } from '../shared/i18n';
import { tNodes } from '../ui/rich';
import { useState } from 'preact/hooks';
import type { AuthState } from '../shared/messages';
import { MessageError } from '../platform/messaging';
import { ActionButton } from '../ui/ActionButton';
import { TextField } from '../ui/TextField';
import { useAction } from '../ui/useAction';
import type { Background } from './deps';

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
      ...(clientId.trim() ? {} : { id: t('clientIdMissing') }),
      ...(clientSecret.trim() ? {} : { secret: t('clientSecretMissing') }),
    };
    setMissing(check);
    if (check.id || check.secret) return;
    void run(async () => {
      const auth = await background('connectOAuth', { clientId: clientId.trim(), clientSecret: clientSecret.trim() });
      if (!auth.connected) throw new MessageError({ message: t('notConfirmed') });
      setClientSecret('');
      onConnected(auth);
    });
  };

  return (
    <form class="card" onSubmit={submit} noValidate aria-busy={busy}>
      <h3>{t('oauthTitle')}</h3>
      <p class="hint">
        {tNodes('oauthHelp', <code class="copyable">{redirectUri}</code>, <code>root_readwrite</code>, <code>sign_requests.readwrite</code>)}
      </p>
      <p class="hint">{t('redirectUriOwn')}</p>
      <TextField id="client-id" label={t('clientIdLabel')} value={clientId} onInput={setClientId} locked={managedId !== null} error={missing.id} />
      {managedSecret === null ? (
        <TextField id="client-secret" label={t('clientSecretLabel')} type="password" value={typedSecret} onInput={setClientSecret} error={missing.secret} />
      ) : (
        // Never put the organisation's secret into the page: it is sent to the background as is.
        <p class="hint">{t('secretByOrg')}</p>
      )}
      <ActionButton busy={busy} error={error} label={t('connect')} busyLabel={t('connecting')} primary />
    </form>
  );
}
