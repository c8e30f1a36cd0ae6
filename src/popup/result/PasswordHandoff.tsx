// After a send with passwords: which signers need their password from the sender, with Copy for
// each. The passwords are the request's, in this popup's memory only: gone once it closes.
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { SendSignRequest } from '../../shared/messages';
import { copyForAMinute, writeOnlyClipboard } from '../../ui/password/clipboard';
import type { Background } from '../deps';

/** `background` clears the clipboard a minute after a Copy, even once this popup has closed. */
export function PasswordHandoff({ sent, background }: { sent: SendSignRequest; background: Background }) {
  const copy = (password: string) => copyForAMinute(password, writeOnlyClipboard(), () => background('clearClipboardLater', {}));
  const [copied, setCopied] = useState<string | null>(null);
  const withPassword = sent.signers.filter((signer) => signer.password !== null);
  if (withPassword.length === 0) return null;
  return (
    <section class="notice warn handoff" aria-labelledby="handoff-title">
      <h2 id="handoff-title">{t('handoffTitle')}</h2>
      <p class="hint">{t('handoffHint')}</p>
      <ul>
        {withPassword.map((signer, index) => (
          <li key={index}>
            <span>{signer.email}</span>{' '}
            <button
              type="button"
              aria-label={t('copyPasswordFor', signer.email)}
              onClick={() => void copy(signer.password!).then(() => setCopied(signer.email), () => setCopied(null))}
            >
              {t('copyPassword')}
            </button>
          </li>
        ))}
      </ul>
      <p class="hint" role="status">
        {copied ? t('passwordCopied') : ''}
      </p>
    </section>
  );
}
