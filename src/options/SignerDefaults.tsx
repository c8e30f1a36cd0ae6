// How signers prove who they are by default: the country their numbers are read in, the method, and
// whether the SMS code is asked before viewing.
import { useMemo } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { EffectiveSettings, Settings } from '../shared/settings';
import type { SignMethod } from '../shared/sign-request/limits';
import { describedBy, FieldNotes } from '../ui/FieldNotes';
import { SelectField } from '../ui/SelectField';
import { CheckboxSetting } from './CheckboxSetting';
import { countryOptions } from './countries';

const METHODS: { value: SignMethod; label: string }[] = [
  { value: 'sms', label: t('methodSms') },
  { value: 'password', label: t('methodPassword') },
  { value: 'login', label: t('defMethodLogin') },
  { value: 'none', label: t('defMethodNone') },
];

export type SignerDefaultsProps = EffectiveSettings & { save: (patch: Partial<Settings>) => void };

export function SignerDefaults({ settings, locked, save }: SignerDefaultsProps) {
  const countries = useMemo(countryOptions, []);
  return (
    <>
      <SelectField
        id="default-country"
        label={t('defCountry')}
        value={settings.defaultCountry}
        options={countries}
        onChange={(defaultCountry) => save({ defaultCountry })}
        hint={t('defCountryHint')}
        locked={locked.defaultCountry}
      />
      <MethodSetting method={settings.defaultMethod} locked={locked.defaultMethod} onChange={(defaultMethod) => save({ defaultMethod })} />
      <CheckboxSetting
        id="require-phone-to-view"
        label={t('defPhoneToView')}
        checked={settings.requirePhoneToView}
        onChange={(checked) => save({ requirePhoneToView: checked })}
        hint={t('defPhoneToViewHint')}
        locked={locked.requirePhoneToView}
      />
    </>
  );
}

function MethodSetting({ method, locked, onChange }: { method: SignMethod; locked: boolean; onChange: (method: SignMethod) => void }) {
  return (
    <fieldset disabled={locked} aria-describedby={describedBy('default-method', { hint: true, locked })}>
      <legend>{t('defMethod')}</legend>
      {METHODS.map((option) => (
        <label class="choice" key={option.value}>
          <input type="radio" name="default-method" value={option.value} checked={method === option.value} onChange={() => onChange(option.value)} />
          {option.label}
        </label>
      ))}
      <FieldNotes id="default-method" hint={t('defMethodHint')} locked={locked} />
    </fieldset>
  );
}
