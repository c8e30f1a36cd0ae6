// Defaults for new sign requests, saved to storage.sync as soon as each one changes. Values the
// organisation sets by policy are shown, disabled, with "Set by your organisation"; the user's own
// value stays stored underneath and returns if the policy goes.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { parseBoxUrl } from '../shared/box-urls';
import { t } from '../shared/i18n';
import {
  effectiveSettings,
  loadSettings,
  readSettings,
  saveSettings,
  SettingsFields,
  type ManagedPolicy,
  type Settings,
} from '../shared/settings';
import { MAX_DAYS_VALID, type SignMethod } from '../shared/sign-request/limits';
import type { StorageArea } from '../shared/storage-area';
import { countryOptions } from './countries';
import { CheckboxSetting, describedBy, FieldNotes, TextSetting } from './fields';
import { ErrorAlert } from '../ui/ErrorAlert';

const METHODS: { value: SignMethod; label: string }[] = [
  { value: 'sms', label: t('methodSms') },
  { value: 'password', label: t('methodPassword') },
  { value: 'login', label: t('defMethodLogin') },
  { value: 'none', label: t('defMethodNone') },
];

/** The settings typed as text; each is checked with its field schema when the user leaves it. */
type TextKey = 'defaultParentFolderId' | 'emailSubject' | 'emailMessage' | 'daysValid';

function toText(settings: Settings): Record<TextKey, string> {
  return {
    defaultParentFolderId: settings.defaultParentFolderId ?? '',
    emailSubject: settings.emailSubject ?? '',
    emailMessage: settings.emailMessage ?? '',
    daysValid: settings.daysValid === null ? '' : String(settings.daysValid),
  };
}

/** What the user typed, as the field's value: empty is null (Box's default); a folder link gives its ID. */
function fromText(key: TextKey, text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (key === 'daysValid') return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
  if (key === 'defaultParentFolderId' && /^https?:/i.test(trimmed)) {
    const place = parseBoxUrl(trimmed);
    return place.kind === 'folder' ? place.folderId : trimmed;
  }
  return trimmed;
}

export type DefaultsSectionProps = { settingsArea: StorageArea; policy: ManagedPolicy; requestNotifications: () => Promise<boolean> };

export function DefaultsSection({ settingsArea, policy, requestNotifications }: DefaultsSectionProps) {
  const [user, setUser] = useState<Settings | null>(null);
  const [text, setText] = useState<Record<TextKey, string> | null>(null);
  const [errors, setErrors] = useState<Partial<Record<TextKey, string>>>({});
  const [saveState, setSaveState] = useState<'idle' | 'saved' | 'failed'>('idle');
  const [notifyError, setNotifyError] = useState<string | null>(null);
  const countries = useMemo(countryOptions, []);
  // The latest user settings, so two quick changes never save from a stale copy.
  const current = useRef<Settings | null>(null);

  useEffect(() => {
    const show = (settings: Settings) => {
      current.current = settings;
      setUser(settings);
      setText(toText(effectiveSettings(settings, policy).settings));
    };
    loadSettings(settingsArea).then(show, () => show(readSettings(undefined)));
  }, [settingsArea, policy]);

  if (user === null || text === null) return null;
  const { settings, locked } = effectiveSettings(user, policy);

  const save = (patch: Partial<Settings>) => {
    const next = { ...(current.current ?? user), ...patch };
    current.current = next;
    setUser(next);
    setSaveState('idle'); // so a second "Saved" is announced again
    // Every change is written, in order; only non-default values are stored (saveSettings).
    saveSettings(settingsArea, next).then(
      () => setSaveState('saved'),
      () => setSaveState('failed'),
    );
  };

  const commitText = (key: TextKey) => {
    if (locked[key]) return;
    const parsed = SettingsFields[key].safeParse(fromText(key, text[key]));
    if (!parsed.success) {
      setErrors((old) => ({ ...old, [key]: parsed.error.issues[0]?.message ?? t('checkValue') }));
      return;
    }
    setErrors((old) => ({ ...old, [key]: undefined }));
    setText((old) => old && { ...old, [key]: toText({ ...settings, [key]: parsed.data } as Settings)[key] });
    if (parsed.data !== (current.current ?? user)[key]) save({ [key]: parsed.data } as Partial<Settings>);
  };

  /** Turning notifications on asks for the browser permission first, straight from the click. */
  async function notifyOnFinish(checked: boolean): Promise<void> {
    if (checked && !(await requestNotifications().catch(() => false))) {
      setNotifyError(t('notificationsRefused'));
      return;
    }
    setNotifyError(null);
    save({ notifyOnFinish: checked });
  }

  const textProps = (key: TextKey) => ({
    value: text[key],
    onInput: (value: string) => {
      setText((old) => old && { ...old, [key]: value });
      if (errors[key]) setErrors((old) => ({ ...old, [key]: undefined }));
    },
    onCommit: () => commitText(key),
    error: errors[key],
    locked: locked[key],
  });

  return (
    <section aria-labelledby="defaults-title">
      <h2 id="defaults-title">{t('defaultsTitle')}</h2>
      <p class="hint">{t('defaultsIntro')}</p>

      <div class="field">
        <label for="default-country">{t('defCountry')}</label>
        <select
          id="default-country"
          value={settings.defaultCountry}
          disabled={locked.defaultCountry}
          aria-describedby={describedBy('default-country', { hint: true, locked: locked.defaultCountry })}
          onChange={(e) => save({ defaultCountry: e.currentTarget.value })}
        >
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.label}
            </option>
          ))}
        </select>
        <FieldNotes id="default-country" hint={t('defCountryHint')} locked={locked.defaultCountry} />
      </div>

      <fieldset disabled={locked.defaultMethod} aria-describedby={describedBy('default-method', { hint: true, locked: locked.defaultMethod })}>
        <legend>{t('defMethod')}</legend>
        {METHODS.map((method) => (
          <label class="choice" key={method.value}>
            <input
              type="radio"
              name="default-method"
              value={method.value}
              checked={settings.defaultMethod === method.value}
              onChange={() => save({ defaultMethod: method.value })}
            />
            {method.label}
          </label>
        ))}
        <FieldNotes
          id="default-method"
          hint={t('defMethodHint')}
          locked={locked.defaultMethod}
        />
      </fieldset>

      <CheckboxSetting
        id="require-phone-to-view"
        label={t('defPhoneToView')}
        checked={settings.requirePhoneToView}
        onChange={(checked) => save({ requirePhoneToView: checked })}
        hint={t('defPhoneToViewHint')}
        locked={locked.requirePhoneToView}
      />

      <TextSetting
        id="parent-folder"
        label={t('defFolder')}
        hint={t('defFolderHint')}
        {...textProps('defaultParentFolderId')}
      />

      <TextSetting id="email-subject" label={t('emailSubjectLabel')} hint={t('defSubjectHint')} {...textProps('emailSubject')} />

      <TextSetting
        id="email-message"
        label={t('emailMessageLabel')}
        multiline
        hint={t('defMessageHint')}
        {...textProps('emailMessage')}
      />

      <TextSetting
        id="days-valid"
        label={t('defDays')}
        inputMode="numeric"
        hint={t('defDaysHint', MAX_DAYS_VALID)}
        {...textProps('daysValid')}
      />

      <CheckboxSetting
        id="reminders-enabled"
        label={t('defReminders')}
        checked={settings.remindersEnabled}
        onChange={(checked) => save({ remindersEnabled: checked })}
        hint={t('defRemindersHint')}
        locked={locked.remindersEnabled}
      />

      <CheckboxSetting
        id="notify-on-finish"
        label={t('defNotify')}
        checked={settings.notifyOnFinish}
        onChange={(checked) => void notifyOnFinish(checked)}
        hint={t('defNotifyHint')}
        locked={locked.notifyOnFinish}
      />
      <ErrorAlert message={notifyError} />

      <p role="status" class="ok">
        {saveState === 'saved' ? t('saved') : ''}
      </p>
      <ErrorAlert message={saveState === 'failed' ? t('saveFailed') : null} />
    </section>
  );
}
