// How signers prove who they are by default: the country their numbers are read in, the method, and
// whether the SMS code is asked before viewing.
import { useMemo } from 'preact/hooks';
import { t } from '../shared/i18n';
import { offeredMethods, type EffectiveSettings, type Settings } from '../shared/settings';
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

/** `userMethod`: the user's own saved default, which the organisation's rules may not allow. */
export type SignerDefaultsProps = EffectiveSettings & { userMethod: SignMethod; save: (patch: Partial<Settings>) => void };

export function SignerDefaults({ settings, locked, rules, userMethod, save }: SignerDefaultsProps) {
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
      <MethodSetting
        method={settings.defaultMethod}
        offered={offeredMethods(rules)}
        userMethod={locked.defaultMethod ? null : userMethod}
        locked={locked.defaultMethod}
        onChange={(defaultMethod) => save({ defaultMethod })}
      />
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

type MethodSettingProps = {
  method: SignMethod;
  /** What the organisation allows; a policy allowing none is reported by PolicyRules, so all stay shown then. */
  offered: readonly SignMethod[];
  /** The user's saved default, null when the organisation sets the default itself. */
  userMethod: SignMethod | null;
  locked: boolean;
  onChange: (method: SignMethod) => void;
};

function MethodSetting({ method, offered, userMethod, locked, onChange }: MethodSettingProps) {
  const options = offered.length === 0 ? METHODS : METHODS.filter((option) => offered.includes(option.value));
  const label = (value: SignMethod) => METHODS.find((option) => option.value === value)!.label;
  // The user's own choice is kept underneath (it returns if the policy goes), but it is not what new signers get.
  const notAllowed = userMethod !== null && offered.length > 0 && !offered.includes(userMethod) ? t('defMethodNotAllowed', label(userMethod), label(method)) : null;
  return (
    <fieldset disabled={locked} aria-describedby={describedBy('default-method', { hint: true, locked, warning: notAllowed })}>
      <legend>{t('defMethod')}</legend>
      {options.map((option) => (
        <label class="choice" key={option.value}>
          <input type="radio" name="default-method" value={option.value} checked={method === option.value} onChange={() => onChange(option.value)} />
          {option.label}
        </label>
      ))}
      <FieldNotes id="default-method" hint={t('defMethodHint')} locked={locked} warning={notAllowed} />
    </fieldset>
  );
}
