// The "Last sent" notice for one request (LastSent.tsx decides whether there is one, and loads this then).
import { t } from '../../shared/i18n';
import { tNodes } from '../../ui/rich';
import type { TrackedRequest } from '../../shared/messages';
import { OpenInBox } from '../result/OpenInBox';
import { StatusLine } from '../result/StatusLine';
import { fileNames, signers } from './words';

export function LastSentNotice({ shown, onShowAll }: { shown: TrackedRequest; onShowAll: () => void }) {
  return (
    <section class="notice last-sent" aria-labelledby="last-sent-title">
      <h2 id="last-sent-title">{t('lastSent')}</h2>
      <p>{tNodes('lastSentTo', <strong>{fileNames(shown)}</strong>, signers(shown))}</p>
      <p role="status">
        <StatusLine status={shown.status} />
      </p>
      <div class="actions">
        <OpenInBox url={shown.openUrl} />
        <button type="button" class="link" onClick={onShowAll}>
          {t('seeAllSent')}
        </button>
      </div>
    </section>
  );
}
