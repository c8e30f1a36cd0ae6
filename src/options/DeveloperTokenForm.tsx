// A developer token from the Box Developer Console: quick to try, but it stops after 60 minutes
// and cannot be refreshed, so it is offered second.
import { t } from '../shared/i18n';
import { useState } from 'preact/hooks';
import type { AuthState } from '../shared/messages';
import { MessageError } from '../platform/messaging';
import { ActionButton } from '../ui/ActionButton';
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
    if (!token.trim()) return setMissing(t('devTokenMissing'));
    setMissing(undefined);
    void run(async () => {
      const auth = await background('connectDeveloperToken', { token: token.trim() });
      if (!auth.connected) throw new MessageError({ message: t('notConfirmed') });
      setToken('');
      onConnected(auth);
    });
  };

  return (
    <form class="card" onSubmit={submit} noValidate aria-busy={busy}>
      <h3>{t('devTokenTitle')}</h3>
      <p class="hint">{t('devTokenHelp')}</p>
      <TextField id="developer-token" label={t('devTokenLabel')} type="password" value={token} onInput={setToken} error={missing} />
      <ActionButton busy={busy} error={error} label={t('useToken')} busyLabel={t('checking')} />
    </form>
  );
}
