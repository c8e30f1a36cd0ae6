// Off by default. Turning it on asks the browser for the `notifications` permission then and
// only then, straight from the click; turning it off gives the permission back.
import { useState } from 'preact/hooks';
import type { SentList } from '../../shared/messages';
import { errorMessage } from '../../ui/errors';
import type { Background } from '../deps';
import type { NotificationPermission } from './deps';

export type NotificationsToggleProps = {
  background: Background;
  permission: NotificationPermission;
  state: SentList['notifications'];
  onChange: (list: SentList) => void;
};

export function NotificationsToggle({ background, permission, state, onChange }: NotificationsToggleProps) {
  const [error, setError] = useState<string | null>(null);
  const on = state.enabled && state.permitted;

  const toggle = async (enable: boolean) => {
    setError(null);
    try {
      if (enable) {
        const asked = permission.request(); // first, while the click still counts as a user gesture
        // Saved before the answer: the popup may close while the browser asks.
        const saved = background('setNotifications', { enabled: true });
        const granted = await asked.catch(() => false);
        await saved;
        if (granted) onChange(await background('listSent', {}));
        else {
          onChange(await background('setNotifications', { enabled: false }));
          setError('The browser did not allow notifications, so they stay off.');
        }
      } else {
        onChange(await background('setNotifications', { enabled: false }));
        await permission.remove().catch(() => false);
        onChange(await background('listSent', {}));
      }
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <div class="notify-toggle">
      <label class="choice">
        <input type="checkbox" checked={on} onChange={(e) => void toggle(e.currentTarget.checked)} />
        <span>Notify me when a request is signed, declined or fails</span>
      </label>
      {state.enabled && !state.permitted && !error && (
        <p class="hint">Notifications are on here but not allowed by the browser. Tick the box again to allow them.</p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
