import { isOpenableBoxUrl } from '../../shared/box-urls';
import { t } from '../../shared/i18n';

/** Box's own addresses only (shared/box-urls.ts): a link from storage or an answer never opens anything else. */
export function safeHref(url: string | null): string | null {
  return isOpenableBoxUrl(url) ? url : null;
}

/** An address the extension will not open or link, shown as text so the user can judge it. */
export function NotOpened({ url }: { url: string | null }) {
  if (url === null || isOpenableBoxUrl(url)) return null;
  return <p class="hint">{t('linkNotOpened', url)}</p>;
}

/** "Open in Box" in a new tab, for a request at a Box address; that address as text otherwise. */
export function OpenInBox({ url }: { url: string | null }) {
  const href = safeHref(url);
  if (!href) return <NotOpened url={url} />;
  return (
    <a class="button" href={href} target="_blank" rel="noopener noreferrer">
      {t('openInBox')}
    </a>
  );
}
