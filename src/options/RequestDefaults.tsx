// What goes with each request by default: where the signed documents go, the email, the expiry,
// reminders, and whether the user is told when it is finished.
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { EffectiveSettings, Settings } from '../shared/settings';
import { MAX_DAYS_VALID } from '../shared/sign-request/limits';
import { ErrorAlert } from '../ui/ErrorAlert';
import { TextField, type TextFieldProps } from '../ui/TextField';
import { CheckboxSetting } from './CheckboxSetting';
import type { TextKey } from './useTextSettings';

export type RequestDefaultsProps = EffectiveSettings & {
  save: (patch: Partial<Settings>) => void;
  /** The value, error, lock and saving of one text setting (useTextSettings). */
  textField: (key: TextKey) => Pick<TextFieldProps, 'value' | 'onInput' | 'onCommit' | 'error' | 'locked'>;
  requestNotifications: () => Promise<boolean>;
};

export function RequestDefaults({ settings, locked, save, textField, requestNotifications }: RequestDefaultsProps) {
  return (
    <>
      <TextField id="parent-folder" label={t('defFolder')} hint={t('defFolderHint')} {...textField('defaultParentFolderId')} />
      <TextField id="email-subject" label={t('emailSubjectLabel')} hint={t('defSubjectHint')} {...textField('emailSubject')} />
      <TextField id="email-message" label={t('emailMessageLabel')} rows={4} hint={t('defMessageHint')} {...textField('emailMessage')} />
      <TextField id="days-valid" label={t('defDays')} inputMode="numeric" hint={t('defDaysHint', MAX_DAYS_VALID)} {...textField('daysValid')} />
      <CheckboxSetting
        id="reminders-enabled"
        label={t('defReminders')}
        checked={settings.remindersEnabled}
        onChange={(checked) => save({ remindersEnabled: checked })}
        hint={t('defRemindersHint')}
        locked={locked.remindersEnabled}
      />
      <NotifySetting checked={settings.notifyOnFinish} locked={locked.notifyOnFinish} save={save} requestNotifications={requestNotifications} />
    </>
  );
}

type NotifySettingProps = { checked: boolean; locked: boolean; save: (patch: Partial<Settings>) => void; requestNotifications: () => Promise<boolean> };

function NotifySetting({ checked, locked, save, requestNotifications }: NotifySettingProps) {
  const [error, setError] = useState<string | null>(null);

  /** Turning notifications on asks for the browser permission first, straight from the click. */
  async function notifyOnFinish(on: boolean): Promise<void> {
    if (on && !(await requestNotifications().catch(() => false))) {
      setError(t('notificationsRefused'));
      return;
    }
    setError(null);
    save({ notifyOnFinish: on });
  }

  return (
    <>
      <CheckboxSetting
        id="notify-on-finish"
        label={t('defNotify')}
        checked={checked}
        onChange={(on) => void notifyOnFinish(on)}
        hint={t('defNotifyHint')}
        locked={locked}
      />
      <ErrorAlert message={error} />
    </>
  );
}
