import type { Ref } from 'preact';
import { regionName, type SignFormDraft } from '../shared/sign-form';
import { TextField } from '../ui/TextField';

export type PhoneFieldsProps = {
  phone: string;
  requiredToView: boolean;
  defaultCountry: string;
  onChange: (patch: Partial<SignFormDraft>) => void;
  onBlur: () => void;
  error: string | undefined;
  inputRef: Ref<HTMLInputElement>;
};

export function PhoneFields(props: PhoneFieldsProps) {
  return (
    <>
      <TextField
        id="signer-phone"
        label="Phone number"
        type="tel"
        inputMode="tel"
        autoComplete="off"
        value={props.phone}
        onInput={(phone) => props.onChange({ phone })}
        onBlur={props.onBlur}
        hint={`Numbers without +country code are read as ${regionName(props.defaultCountry)}.`}
        error={props.error}
        inputRef={props.inputRef}
      />
      <label class="choice">
        <input
          type="checkbox"
          checked={props.requiredToView}
          onChange={(event) => props.onChange({ requiredToView: event.currentTarget.checked })}
        />
        Require the SMS code before the signer can view the document
      </label>
    </>
  );
}
