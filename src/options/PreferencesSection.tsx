// The popup's defaults, saved to storage.sync as soon as they change.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { encodeSettings, readSettings, type Settings } from '../shared/settings';
import type { StorageArea } from '../shared/storage-area';
import { countryOptions } from './countries';

const METHODS = [
  { value: 'sms', label: 'SMS code' },
  { value: 'password', label: 'Password' },
] as const;

export function PreferencesSection({ settingsArea }: { settingsArea: StorageArea }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saveState, setSaveState] = useState<'idle' | 'saved' | 'failed'>('idle');
  const countries = useMemo(countryOptions, []);

  useEffect(() => {
    settingsArea.get('settings').then(
      (stored) => setSettings(readSettings(stored['settings'])),
      () => setSettings(readSettings(undefined)),
    );
  }, [settingsArea]);

  if (settings === null) return null;

  const save = (patch: Partial<Settings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    setSaveState('idle'); // so a second "Saved" is announced again
    // Every change is written, in order; only non-default values are stored (encodeSettings).
    settingsArea.set({ settings: encodeSettings(next) }).then(
      () => setSaveState('saved'),
      () => setSaveState('failed'),
    );
  };

  return (
    <section aria-labelledby="preferences-title">
      <h2 id="preferences-title">Preferences</h2>
      <div class="field">
        <label for="default-country">Default country for phone numbers</label>
        <select id="default-country" value={settings.defaultCountry} onChange={(e) => save({ defaultCountry: e.currentTarget.value })}>
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.label}
            </option>
          ))}
        </select>
        <span class="hint">Used for numbers typed without a +country code.</span>
      </div>
      <fieldset>
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
      </fieldset>
      <label class="choice">
        <input type="checkbox" checked={settings.requirePhoneToView} onChange={(e) => save({ requirePhoneToView: e.currentTarget.checked })} />
        Require the SMS code before viewing by default
      </label>
      <p role="status" class="ok">
        {saveState === 'saved' ? 'Saved' : ''}
      </p>
      {saveState === 'failed' && (
        <p class="error" role="alert">
          Your preferences could not be saved. Try again.
        </p>
      )}
    </section>
  );
}
