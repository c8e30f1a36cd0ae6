import type { SignMethod } from '../shared/sign-form';

const OPTIONS: { value: SignMethod; label: string }[] = [
  { value: 'sms', label: 'SMS code' },
  { value: 'password', label: 'Password' },
];

/** Box allows one verification per signer; a native radio group keeps arrow-key behaviour. */
export function MethodChoice({ method, onChange }: { method: SignMethod; onChange: (method: SignMethod) => void }) {
  return (
    <fieldset>
      <legend>How the signer proves who they are</legend>
      {OPTIONS.map((option) => (
        <label class="choice" key={option.value}>
          <input
            type="radio"
            name="method"
            value={option.value}
            checked={method === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
