// What the popup shows when it cannot offer the form yet, each with the one step that fixes it.
import { t } from '../shared/i18n';
/** `reasons`: why what the page points at cannot be sent (a Box Note, a folder link…), when known. */
export function NoFile({ reasons = [] }: { reasons?: string[] }) {
  return (
    <section class="notice" aria-labelledby="no-file-title">
      <h2 id="no-file-title">{t('noFileTitle')}</h2>
      {reasons.length > 0 && (
        <ul class="reasons">
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      <p>{t('noFileHelp')}</p>
    </section>
  );
}

export function ConnectAccount({ openOptionsPage }: { openOptionsPage: () => Promise<void> }) {
  return (
    <section class="notice" aria-labelledby="connect-title">
      <h2 id="connect-title">{t('connectTitle')}</h2>
      <p>{t('connectHelp')}</p>
      <button type="button" class="primary" onClick={() => void openOptionsPage()}>
        {t('connectTitle')}
      </button>
    </section>
  );
}

export function LoadFailed({ message, retry }: { message: string; retry: () => void }) {
  return (
    <section class="notice danger" role="alert">
      <p>{message}</p>
      <button type="button" onClick={retry}>
        {t('tryAgain')}
      </button>
    </section>
  );
}
