import { t } from '../../shared/i18n';
import type { SignMethod } from '../../ui/sign-form';

const OPTIONS: { value: SignMethod; label: string }[] = [
  { value: 'sms', label: t('methodSms') },
  { value: 'password', label: t('methodPassword') },
  { value: 'login', label: t('methodLogin') },
  { value: 'none', label: t('methodNone') },
];

export type MethodChoiceProps = {
  /** Unique per signer: it groups the radios. */
  name: string;
  legend: string;
  method: SignMethod;
  onChange: (method: SignMethod) => void;
};

/** One method per signer (Box forbids SMS with Box login); a native radio group keeps arrow-key behaviour. */
export function MethodChoice({ name, legend, method, onChange }: MethodChoiceProps) {
  return (
    <fieldset class="methods">
      <legend>{legend}</legend>
      {OPTIONS.map((option) => (
        <label class="choice" key={option.value}>
          <input type="radio" name={name} value={option.value} checked={method === option.value} onChange={() => onChange(option.value)} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
