import { t } from '../../shared/i18n';
import type { SignMethod } from '../../ui/sign-form-fields';

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
  /** The methods the organisation allows; the chosen one is shown too, so the choice is never hidden. Absent: all. */
  allowed?: readonly SignMethod[] | undefined;
};

/** One method per signer (Box forbids SMS with Box login); a native radio group keeps arrow-key behaviour. */
export function MethodChoice({ name, legend, method, onChange, allowed }: MethodChoiceProps) {
  return (
    <fieldset class="methods">
      <legend>{legend}</legend>
      {OPTIONS.filter((option) => !allowed || allowed.includes(option.value) || option.value === method).map((option) => (
        <label class="choice" key={option.value}>
          <input type="radio" name={name} value={option.value} checked={method === option.value} onChange={() => onChange(option.value)} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
