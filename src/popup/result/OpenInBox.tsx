import { t } from '../../shared/i18n';

/** Box URLs only: a link from storage or the background should never become a javascript: URL. */
export function safeHref(url: string | null): string | null {
  return url !== null && url.startsWith('https://') ? url : null;
}

/** "Open in Box" in a new tab, for a request Box gave an https address; nothing otherwise. */
export function OpenInBox({ url }: { url: string | null }) {
  const href = safeHref(url);
  if (!href) return null;
  return (
    <a class="button" href={href} target="_blank" rel="noopener noreferrer">
      {t('openInBox')}
    </a>
  );
}
