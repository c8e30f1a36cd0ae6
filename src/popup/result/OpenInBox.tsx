import { t } from '../../shared/i18n';
import { useOpenable } from '../../ui/openable';

/** An address the extension will not open or link, shown as text so the user can judge it. */
export function NotOpened({ url }: { url: string | null }) {
  const openable = useOpenable();
  if (url === null || openable(url)) return null;
  return <p class="hint">{t('linkNotOpened', url)}</p>;
}

/** "Open in Box" in a new tab, for a request at a Box address (ui/box-hosts.tsx); that address as text otherwise. */
export function OpenInBox({ url }: { url: string | null }) {
  const href = useOpenable()(url);
  if (!href) return <NotOpened url={url} />;
  return (
    <a class="button" href={href} target="_blank" rel="noopener noreferrer">
      {t('openInBox')}
    </a>
  );
}
