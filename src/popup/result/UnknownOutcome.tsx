import { t } from '../../shared/i18n';
import { tNodes } from '../../ui/rich';

/** The send may or may not have reached Box. Never re-sent automatically: a duplicate would
 *  reach the signer, so the user checks Box first. */
export function UnknownOutcome({ onBack }: { onBack: () => void }) {
  return (
    <section class="notice warn" role="alert" aria-labelledby="unknown-title">
      <h2 id="unknown-title">{t('unknownTitle')}</h2>
      <p>{tNodes('unknownBody', <strong>{t('boxSignMenu')}</strong>)}</p>
      <button type="button" onClick={onBack}>
        {t('backToForm')}
      </button>
    </section>
  );
}
