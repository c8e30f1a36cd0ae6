// Defaults for new sign requests, saved to storage.sync as soon as each one changes. Values the
// organisation sets by policy are shown, disabled, with "Set by your organisation"; the user's own
// value stays stored underneath and returns if the policy goes.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { parseBoxUrl } from '../shared/box-urls';
import {
  DAYS_VALID_MAX,
  effectiveSettings,
  encodeSettings,
  readSettings,
  SettingsFields,
  type DefaultMethod,
  type ManagedPolicy,
  type Settings,
} from '../shared/settings';
import type { StorageArea } from '../shared/storage-area';
import { countryOptions } from './countries';
import { CheckboxSetting, describedBy, FieldNotes, TextSetting } from './fields';

const METHODS: { value: DefaultMethod; label: string }[] = [
  { value: 'sms', label: 'SMS code' },
  { value: 'password', label: 'Password' },
  { value: 'login', label: 'Box sign-in' },
  { value: 'none', label: 'None (the emailed link only)' },
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
    settingsArea.get('settings').then(
      (stored) => show(readSettings(stored['settings'])),
      () => show(readSettings(undefined)),
    );
  }, [settingsArea, policy]);

  if (user === null || text === null) return null;
  const { settings, locked } = effectiveSettings(user, policy);

  const save = (patch: Partial<Settings>) => {
    const next = { ...(current.current ?? user), ...patch };
    current.current = next;
    setUser(next);
    setSaveState('idle'); // so a second "Saved" is announced again
    // Every change is written, in order; only non-default values are stored (encodeSettings).
    settingsArea.set({ settings: encodeSettings(next) }).then(
      () => setSaveState('saved'),
      () => setSaveState('failed'),
    );
  };

  const commitText = (key: TextKey) => {
    if (locked[key]) return;
    const parsed = SettingsFields[key].safeParse(fromText(key, text[key]));
    if (!parsed.success) {
      setErrors((old) => ({ ...old, [key]: parsed.error.issues[0]?.message ?? 'Check this value.' }));
      return;
    }
    setErrors((old) => ({ ...old, [key]: undefined }));
    setText((old) => old && { ...old, [key]: toText({ ...settings, [key]: parsed.data } as Settings)[key] });
    if (parsed.data !== (current.current ?? user)[key]) save({ [key]: parsed.data } as Partial<Settings>);
  };

  /** Turning notifications on asks for the browser permission first, straight from the click. */
  async function notifyOnFinish(checked: boolean): Promise<void> {
    if (checked && !(await requestNotifications().catch(() => false))) {
      setNotifyError('The browser did not allow notifications, so they stay off.');
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
      <h2 id="defaults-title">Defaults for new requests</h2>
      <p class="hint">What a new request starts with. You can still change each one before you send.</p>

      <div class="field">
        <label for="default-country">Default country for phone numbers</label>
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
        <FieldNotes id="default-country" hint="Used for numbers typed without a +country code." locked={locked.defaultCountry} />
      </div>

      <fieldset disabled={locked.defaultMethod} aria-describedby={describedBy('default-method', { hint: true, locked: locked.defaultMethod })}>
        <legend>Default verification</legend>
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
          hint="Box sign-in asks the signer to log in to Box before signing."
          locked={locked.defaultMethod}
        />
      </fieldset>

      <CheckboxSetting
        id="require-phone-to-view"
        label="Require the SMS code before viewing by default"
        checked={settings.requirePhoneToView}
        onChange={(checked) => save({ requirePhoneToView: checked })}
        hint="Applies when the SMS code is used. Otherwise the signer can read the document before entering the code."
        locked={locked.requirePhoneToView}
      />

      <TextSetting
        id="parent-folder"
        label="Folder for signed documents"
        hint="The folder's ID (the number after /folder/ in its Box address) or a link to it. Leave empty to let Box choose: the first file's folder, or “My Sign Requests”."
        {...textProps('defaultParentFolderId')}
      />

      <TextSetting id="email-subject" label="Email subject" hint="Leave empty for Box’s default subject." {...textProps('emailSubject')} />

      <TextSetting
        id="email-message"
        label="Email message"
        multiline
        hint="Leave empty for Box’s default message. Box keeps simple formatting only (bold, italics, lists, links)."
        {...textProps('emailMessage')}
      />

      <TextSetting
        id="days-valid"
        label="Days before an unsigned request expires"
        inputMode="numeric"
        hint={`0 to ${DAYS_VALID_MAX}. Leave empty for requests that never expire.`}
        {...textProps('daysValid')}
      />

      <CheckboxSetting
        id="reminders-enabled"
        label="Remind signers who have not signed"
        checked={settings.remindersEnabled}
        onChange={(checked) => save({ remindersEnabled: checked })}
        hint="Box emails them on days 3, 8, 13 and 18."
        locked={locked.remindersEnabled}
      />

      <CheckboxSetting
        id="notify-on-finish"
        label="Notify me when a request is finished"
        checked={settings.notifyOnFinish}
        onChange={(checked) => void notifyOnFinish(checked)}
        hint="A notification from the browser when a request you sent is signed, declined or expires."
        locked={locked.notifyOnFinish}
      />
      {notifyError && (
        <p class="error" role="alert">
          {notifyError}
        </p>
      )}

      <p role="status" class="ok">
        {saveState === 'saved' ? 'Saved' : ''}
      </p>
      {saveState === 'failed' && (
        <p class="error" role="alert">
          Your defaults could not be saved. Try again.
        </p>
      )}
    </section>
  );
}
