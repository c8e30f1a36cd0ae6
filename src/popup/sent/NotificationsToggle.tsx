// "Notify me when a request is finished": the `notifyOnFinish` setting (also on the options page),
// off by default. Turning it on asks the browser for the `notifications` permission then and
// only then, straight from the click; turning it off gives the permission back. When the
// organisation sets it, it cannot be changed here, but the browser permission can still be given.
import { t } from '../../shared/i18n';
import { useState } from 'preact/hooks';
import type { SentList } from '../../shared/messages';
import { errorMessage } from '../../ui/errors';
import type { Background } from '../deps';
import type { NotificationPermission } from './deps';
import { ErrorAlert } from '../../ui/ErrorAlert';

export type NotificationsToggleProps = {
  background: Background;
  permission: NotificationPermission;
  state: SentList['notifications'];
  onChange: (list: SentList) => void;
};

export function NotificationsToggle({ background, permission, state, onChange }: NotificationsToggleProps) {
  const [error, setError] = useState<string | null>(null);
  const on = state.enabled && state.permitted;
  // Locked by the organisation: only the missing browser permission can still be given.
  const disabled = state.locked && !(state.enabled && !state.permitted);

  const turnOn = async () => {
    const asked = permission.request(); // first, while the click still counts as a user gesture
    // Saved before the answer: the popup may close while the browser asks.
    const saved = state.locked ? Promise.resolve(null) : background('setNotifications', { enabled: true });
    const granted = await asked.catch(() => false);
    await saved;
    if (granted) return onChange(await background('listSent', {}));
    if (!state.locked) onChange(await background('setNotifications', { enabled: false }));
    setError(t('notificationsRefused'));
  };
  const turnOff = async () => {
    onChange(await background('setNotifications', { enabled: false }));
    await permission.remove().catch(() => false);
    onChange(await background('listSent', {}));
  };
  const toggle = async (enable: boolean) => {
    setError(null);
    try {
      await (enable ? turnOn() : turnOff());
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <div class="notify-toggle">
      <label class="choice">
        <input type="checkbox" checked={on} disabled={disabled} onChange={(e) => void toggle(e.currentTarget.checked)} />
        <span>{t('notifyToggle')}</span>
      </label>
      {state.locked && <p class="hint">{t('orgSetSentence')}</p>}
      {state.enabled && !state.permitted && !error && (
        <p class="hint">{t('notifyPending')}</p>
      )}
      <ErrorAlert message={error} />
    </div>
  );
}
