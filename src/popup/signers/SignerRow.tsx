// One signer: email, role, place in the signing order, and how they prove who they are.
import { t } from '../../shared/i18n';
import { FIELD } from '../../ui/sign-form-fields';
import type { SignerRole } from '../../shared/sign-request/limits';
import { TextField } from '../../ui/TextField';
import { SelectField } from '../../ui/SelectField';
import { rowNames, type RowNames } from './row-names';
import { Proof } from './Verification';
import type { SignerRowProps } from './row-props';
import { warningOf } from './warning';

export const ROLE_LABELS: Record<SignerRole, string> = {
  signer: t('roleSigner'),
  approver: t('roleApprover'),
  final_copy_reader: t('roleFinalCopyReader'),
};
const ROLE_OPTIONS = Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }));

export function SignerRow(props: SignerRowProps) {
  const { index, count, signer, errors, templateRow } = props;
  const names = rowNames(index, count);
  const { n, id, name } = names;
  const several = count > 1;
  const presetEmail = templateRow?.email ?? null;
  const legend = templateRow?.label ? t('signerNLabel', n, templateRow.label) : t('signerN', n);

  return (
    <fieldset class={several ? 'signer several' : 'signer'} aria-label={several ? undefined : t('signerGroup')}>
      {several && <legend>{legend}</legend>}
      <TextField
        id={id('email')}
        label={name(t('signerEmail'), t('signerNEmail', n))}
        type="email"
        inputMode="email"
        list={props.emailList}
        value={signer.email}
        readOnly={props.locked && presetEmail !== null}
        onInput={(email) => props.onChange({ email })}
        onBlur={props.onBlur}
        hint={templateRow && presetEmail === null ? t('placeholderHint') : undefined}
        warning={warningOf(props.guard.notes.email)}
        error={errors[FIELD.email(index)]}
        inputRef={props.emailRef}
      />
      <RoleAndOrder {...props} names={names} />
      <Proof {...props} names={names} />
      {props.onRemove && (
        <button type="button" class="link remove" aria-label={t('removeSignerN', n)} onClick={props.onRemove}>
          {t('remove')}
        </button>
      )}
    </fieldset>
  );
}

/** The role, and the place in the signing order when the signers sign in order, side by side. */
function RoleAndOrder({ signer, index, errors, ordered, locked, onChange, onBlur, names: { n, id, name } }: SignerRowProps & { names: RowNames }) {
  return (
    <div class="signer-line">
      <SelectField
        id={id('role')}
        label={name(t('roleLabel'), t('signerNRole', n))}
        value={signer.role}
        options={ROLE_OPTIONS}
        disabled={locked}
        onChange={(role) => onChange({ role: role as SignerRole })}
        error={errors[FIELD.role(index)]}
      />
      {ordered && (
        <TextField
          id={id('order')}
          label={name(t('orderLabel'), t('signerNOrder', n))}
          inputMode="numeric"
          value={signer.order}
          disabled={locked}
          onInput={(order) => onChange({ order })}
          onBlur={onBlur}
          error={errors[FIELD.order(index)]}
        />
      )}
    </div>
  );
}
