// An OAuth connection lapses 60 days after Box last issued its refresh token (each renewal issues a
// new one, so only a connection left unused that long lapses). The options page and the popup warn a
// week ahead, and once it has lapsed say why a reconnect is needed.
import { t } from '../shared/i18n';
import type { AuthState } from '../shared/messages';

const WARN_BEFORE_MS = 7 * 24 * 60 * 60_000;

export type Notice = { lapsed: boolean; text: string };

export function reconnectNotice(auth: AuthState | null, now: number): Notice | null {
  if (!auth?.connected || auth.method !== 'oauth' || auth.refreshExpiresAt == null) return null;
  const at = auth.refreshExpiresAt;
  const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(at);
  if (at <= now) return { lapsed: true, text: t('reconnectLapsed', date) };
  if (at - now <= WARN_BEFORE_MS) return { lapsed: false, text: t('reconnectBefore', date) };
  return null;
}

export function ReconnectNotice({ auth, now = Date.now() }: { auth: AuthState | null; now?: number }) {
  const notice = reconnectNotice(auth, now);
  if (!notice) return null;
  return (
    <p class={notice.lapsed ? 'notice danger' : 'notice warn'} role="status">
      {notice.text}
    </p>
  );
}
