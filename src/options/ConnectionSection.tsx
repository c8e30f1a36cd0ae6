// Who is connected, or the two ways to connect. The background stores secrets and tokens;
// this page only passes them through once and keeps nothing.
import { t } from '../shared/i18n';
import { useEffect, useState } from 'preact/hooks';
import type { AuthState } from '../shared/messages';
import { errorMessage } from '../ui/errors';
import { ConnectedAccount } from './ConnectedAccount';
import type { Background } from './deps';
import { DeveloperTokenForm } from './DeveloperTokenForm';
import { OAuthForm, type ManagedApp } from './OAuthForm';

export type ConnectionSectionProps = { background: Background; redirectUri: string; managed?: ManagedApp };

export function ConnectionSection({ background, redirectUri, managed }: ConnectionSectionProps) {
  const [auth, setAuth] = useState<AuthState | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    background('getAuthState', {}).then(setAuth, (error: unknown) => setLoadError(errorMessage(error)));
  }, [background]);

  return (
    <section aria-labelledby="connection-title">
      <h2 id="connection-title">{t('connectionTitle')}</h2>
      {loadError && (
        <p class="notice danger" role="alert">
          {loadError}
        </p>
      )}
      {auth === null && !loadError && <p role="status">{t('checkingConnection')}</p>}
      {auth?.connected === true && <ConnectedAccount auth={auth} background={background} onChange={setAuth} />}
      {auth?.connected === false && (
        <>
          <p>{t('connectIntro')}</p>
          <OAuthForm background={background} redirectUri={redirectUri} onConnected={setAuth} managed={managed} />
          <DeveloperTokenForm background={background} onConnected={setAuth} />
        </>
      )}
    </section>
  );
}
